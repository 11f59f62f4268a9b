/** Finds who a session cookie or API token belongs to; undefined when it is unknown, expired or revoked. */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { apiTokens, firms, members, sessions } from '../../db/schema.ts';
import { hashSecret } from '../support/secrets.ts';

export async function resolveSession(db: Db, token: string, now = new Date()) {
  const [row] = await db
    .select({ member: members, firm: firms, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(members, and(eq(members.firmId, sessions.firmId), eq(members.id, sessions.memberId)))
    .innerJoin(firms, eq(firms.id, sessions.firmId))
    .where(and(eq(sessions.tokenHash, hashSecret(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  return row;
}

/** How stale `last_used_at` may get: recording every request would turn each read into a write. */
const LAST_USED_PRECISION_MS = 60_000;

export async function resolveApiToken(db: Db, token: string, now = new Date()) {
  const [row] = await db
    .select({ member: members, firm: firms, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(members, and(eq(members.firmId, apiTokens.firmId), eq(members.id, apiTokens.memberId)))
    .innerJoin(firms, eq(firms.id, apiTokens.firmId))
    .where(and(eq(apiTokens.tokenHash, hashSecret(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (row && (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS)) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.firmId, row.firm.id), eq(apiTokens.id, row.tokenId)));
  }
  return row;
}
