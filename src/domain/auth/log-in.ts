/** Log in with email and password; the same answer and the same time whether the email exists or not. */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { firms, members } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import { dummyPasswordHash, verifyPassword } from '../support/secrets.ts';
import { startSession } from './start-session.ts';

export async function logIn(db: Db, input: { email: string; password: string }) {
  const email = input.email.trim().toLowerCase();
  const [row] = await db
    .select({ member: members, firm: firms })
    .from(members)
    .innerJoin(firms, eq(firms.id, members.firmId))
    .where(eq(sql`lower(${members.email})`, email))
    .limit(1);
  const ok = await verifyPassword(row?.member.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!row || !ok) {
    throw new AppError('invalid_credentials', 'That email and password do not match an account. Check both and try again.');
  }
  const session = await startSession(db, row.member);
  return { firm: row.firm, member: row.member, session };
}
