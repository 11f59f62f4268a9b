/** Changes when a share link stops working (a year ahead at most), refused on a stale version (decision 008). */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { shareLinks } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { versionConflict } from '../errors.ts';
import { lockUnrevokedShareLink } from './lock-share-link.ts';
import { shareExpiryOf } from './share-expiry.ts';
import { loadShareLink, type ShareLinkView } from './share-link-view.ts';

export interface UpdateShareLinkInput {
  version: number;
  expiresAt: Date | string;
}

export async function updateShareLink(db: Db, actor: Actor, id: string, input: UpdateShareLinkInput, now: Date): Promise<ShareLinkView> {
  const expiresAt = shareExpiryOf(input.expiresAt, now);
  await db.transaction(async (tx) => {
    const row = await lockUnrevokedShareLink(tx, actor, id);
    if (row.version !== input.version) throw versionConflict('share link', row.version);
    await tx
      .update(shareLinks)
      .set({ expiresAt, updatedAt: now, version: sql`${shareLinks.version} + 1` })
      .where(and(eq(shareLinks.firmId, actor.firmId), eq(shareLinks.id, id)));
  });
  return (await loadShareLink(db, actor.firmId, id, now))!;
}
