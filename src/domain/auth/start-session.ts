/** Opens a login session for a member: a random cookie token (stored hashed) and its CSRF token. */
import type { Db } from '../../db/open-db.ts';
import { sessions } from '../../db/schema.ts';
import { hashSecret, newSecret } from '../support/secrets.ts';

export const SESSION_DAYS = 30;

export async function startSession(db: Db, member: { firmId: string; id: string }, now = new Date()) {
  const token = newSecret('yps');
  const csrfToken = newSecret('ypc');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
  await db.insert(sessions).values({ tokenHash: hashSecret(token), firmId: member.firmId, memberId: member.id, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}
