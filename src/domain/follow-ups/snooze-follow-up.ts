/** Moves an open follow-up to a later day, counting the snooze (a follow-up snoozed again and again says something). */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { followUps } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { getFollowUp } from './get-follow-up.ts';
import { lockOpenFollowUp, type FollowUpRecord } from './follow-up-fields.ts';

export interface SnoozeFollowUpInput {
  dueOn: string;
  version?: number;
}

/** The new day must be after `today` (400 otherwise): snoozing to today or the past would not move it. */
export async function snoozeFollowUp(db: Db, actor: Actor, id: string, input: SnoozeFollowUpInput, today: string): Promise<FollowUpRecord> {
  return db.transaction(async (tx) => {
    const { where } = await lockOpenFollowUp(tx, actor, id, input.version);
    if (input.dueOn <= today) {
      throw new AppError('validation_failed', `Pick a day after today (${today}) to snooze it to.`, { fields: { dueOn: `must be after ${today}` } });
    }
    await tx
      .update(followUps)
      .set({
        dueOn: input.dueOn,
        snoozeCount: sql`${followUps.snoozeCount} + 1`,
        updatedAt: new Date(),
        version: sql`${followUps.version} + 1`,
      })
      .where(where);
    return getFollowUp(tx, actor, id);
  });
}
