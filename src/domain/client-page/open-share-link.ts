/**
 * Resolves the token of a client's page to its live link (decision 024). An unknown token is 404, an expired
 * or revoked one 410 share_link_gone; neither message repeats the token. Acts lock the link for share inside
 * their transaction, so a revocation either happens before the act (which is refused) or after it.
 */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { firms, needs, people, shareLinks } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import { shareTokenHash } from '../sharing/share-token.ts';

export interface OpenLink {
  firmId: string;
  firmName: string;
  id: string;
  personId: string;
  personName: string;
  needId: string | null;
  conversationId: string | null;
  recapText: string | null;
  createdBy: string | null;
  expiresAt: Date;
  /** The need's lead (need links only). */
  needLeadId: string | null;
}

const columns = {
  firmId: shareLinks.firmId,
  firmName: firms.name,
  id: shareLinks.id,
  personId: shareLinks.personId,
  personName: people.fullName,
  needId: shareLinks.needId,
  conversationId: shareLinks.conversationId,
  recapText: shareLinks.recapText,
  createdBy: shareLinks.createdBy,
  expiresAt: shareLinks.expiresAt,
  revokedAt: shareLinks.revokedAt,
  needLeadId: needs.leadMemberId,
};

function select(db: Db, token: string) {
  return db
    .select(columns)
    .from(shareLinks)
    .innerJoin(firms, eq(firms.id, shareLinks.firmId))
    .innerJoin(people, and(eq(people.firmId, shareLinks.firmId), eq(people.id, shareLinks.personId)))
    .leftJoin(needs, and(eq(needs.firmId, shareLinks.firmId), eq(needs.id, shareLinks.needId)))
    .where(eq(shareLinks.tokenHash, shareTokenHash(token)))
    .limit(1);
}

type Found = Awaited<ReturnType<typeof select>>[number];

/** The link if it still opens; otherwise the refusal its state calls for. */
function liveOrThrow(row: Found | undefined, now: Date): OpenLink {
  if (!row) throw new AppError('not_found', 'This link does not work. Check that you copied the whole address.');
  if (row.revokedAt || row.expiresAt.getTime() <= now.getTime()) {
    throw new AppError('share_link_gone', `This link has expired or was switched off. Ask ${row.firmName} for a new one.`, { firm: row.firmName });
  }
  const { revokedAt: _, ...link } = row;
  return link;
}

/** Looks the token up without changing anything (the page's HTML; every act, inside its transaction, locks). */
export async function findLiveLink(db: Db, token: string, now: Date, lock = false): Promise<OpenLink> {
  const query = select(db, token);
  const [row] = lock ? await query.for('share', { of: shareLinks }) : await query;
  return liveOrThrow(row, now);
}

/** Opening the page: counts the open and stamps it, in the one statement that also checks the link is live. */
export async function openShareLink(db: Db, token: string, now: Date): Promise<OpenLink> {
  await db
    .update(shareLinks)
    .set({ opens: sql`${shareLinks.opens} + 1`, lastOpenedAt: now })
    .where(and(eq(shareLinks.tokenHash, shareTokenHash(token)), isNull(shareLinks.revokedAt), gt(shareLinks.expiresAt, now)));
  // Nothing was counted for an unknown or dead token: the look-up then throws the refusal.
  return findLiveLink(db, token, now);
}
