/** Cancels an open follow-up, with the reason (it no longer makes sense, the client asked us not to…). */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { followUps } from '../../db/schema.ts';
import type { Clock } from '../clock.ts';
import type { Actor } from '../actor.ts';
import { getFollowUp } from './get-follow-up.ts';
import { lockOpenFollowUp, type FollowUpRecord } from './follow-up-fields.ts';

export interface CancelFollowUpInput {
  reason: string;
  version?: number;
}

export async function cancelFollowUp(db: Db, actor: Actor, id: string, input: CancelFollowUpInput, clock: Clock): Promise<FollowUpRecord> {
  return db.transaction(async (tx) => {
    const { where } = await lockOpenFollowUp(tx, actor, id, input.version);
    const now = clock();
    await tx
      .update(followUps)
      .set({ status: 'cancelled', cancelledAt: now, cancelReason: input.reason.trim(), updatedAt: now, version: sql`${followUps.version} + 1` })
      .where(where);
    return getFollowUp(tx, actor, id);
  });
}
