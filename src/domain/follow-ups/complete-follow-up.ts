/** Marks an open follow-up done: we brought what we said we would. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { followUps } from '../../db/schema.ts';
import type { Clock } from '../clock.ts';
import type { Actor } from '../actor.ts';
import { getFollowUp } from './get-follow-up.ts';
import { lockOpenFollowUp, type FollowUpRecord } from './follow-up-fields.ts';

/** `version`, when sent, must be the stored one (409 otherwise), so a stale screen cannot close a changed follow-up. */
export async function completeFollowUp(db: Db, actor: Actor, id: string, clock: Clock, version?: number): Promise<FollowUpRecord> {
  return db.transaction(async (tx) => {
    const { where } = await lockOpenFollowUp(tx, actor, id, version);
    const now = clock();
    await tx
      .update(followUps)
      .set({ status: 'done', doneAt: now, updatedAt: now, version: sql`${followUps.version} + 1` })
      .where(where);
    return getFollowUp(tx, actor, id);
  });
}
