/**
 * Gives a share link a new secret address, for a link that was lost (Yellowpad keeps no copy of addresses):
 * the old address stops working in the same transaction; the link keeps its history, opens and acts.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { shareLinks } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { lockUnrevokedShareLink } from './lock-share-link.ts';
import { loadShareLink, type ShareLinkView } from './share-link-view.ts';
import { newShareToken, shareTokenHash } from './share-token.ts';

/** Locks the link, refuses a revoked one, and stores `token`'s hash in place of the old one. */
export async function storeShareToken(tx: Db, actor: Actor, id: string, token: string, now: Date, emailed = false): Promise<void> {
  await lockUnrevokedShareLink(tx, actor, id);
  await tx
    .update(shareLinks)
    .set({ tokenHash: shareTokenHash(token), updatedAt: now, version: sql`${shareLinks.version} + 1`, ...(emailed ? { lastEmailedAt: now } : {}) })
    .where(and(eq(shareLinks.firmId, actor.firmId), eq(shareLinks.id, id)));
}

export async function renewShareAddress(db: Db, actor: Actor, id: string, now: Date): Promise<{ view: ShareLinkView; token: string }> {
  const token = newShareToken();
  await db.transaction((tx) => storeShareToken(tx, actor, id, token, now));
  return { view: (await loadShareLink(db, actor.firmId, id, now))!, token };
}
