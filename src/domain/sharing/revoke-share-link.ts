/** Revokes a share link at once: from this moment its page answers 410 and nothing done through it is kept. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { shareLinks } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { lockShareLink } from './lock-share-link.ts';
import { loadShareLink, type ShareLinkView } from './share-link-view.ts';

/** Revoking a revoked link changes nothing (the first revocation's time stays). */
export async function revokeShareLink(db: Db, actor: Actor, id: string, now: Date): Promise<ShareLinkView> {
  await db.transaction(async (tx) => {
    const row = await lockShareLink(tx, actor, id);
    if (row.revokedAt) return;
    await tx
      .update(shareLinks)
      .set({ revokedAt: now, updatedAt: now, version: sql`${shareLinks.version} + 1` })
      .where(and(eq(shareLinks.firmId, actor.firmId), eq(shareLinks.id, id)));
  });
  return (await loadShareLink(db, actor.firmId, id, now))!;
}
