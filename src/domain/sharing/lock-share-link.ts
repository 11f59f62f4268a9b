/** Changes to a share link start here: the row locked until commit, another firm's reading as not found. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { shareLinks } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError, notFound } from '../errors.ts';
import type { ShareLinkRow } from './share-link-view.ts';

export async function lockShareLink(tx: Db, actor: Actor, id: string): Promise<ShareLinkRow> {
  const [row] = await tx
    .select()
    .from(shareLinks)
    .where(and(eq(shareLinks.firmId, actor.firmId), eq(shareLinks.id, id)))
    .for('update')
    .limit(1);
  if (!row) throw notFound('share link');
  return row;
}

/** As lockShareLink, and refuses a revoked link (409 share_link_revoked): a revoked link stays dead. */
export async function lockUnrevokedShareLink(tx: Db, actor: Actor, id: string): Promise<ShareLinkRow> {
  const row = await lockShareLink(tx, actor, id);
  if (row.revokedAt) {
    throw new AppError('share_link_revoked', 'This link was revoked and stays that way. Share the plan again to give them a new link.');
  }
  return row;
}
