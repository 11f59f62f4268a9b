/**
 * Closes a need with its honest outcome, a reason and, if there is one, the lesson. There is no "lost":
 * referring out and advising not to buy are help given.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { needs } from '../../db/schema.ts';
import { utcDay } from '../../common/days.ts';
import type { NeedOutcome } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { optionalText } from '../support/text.ts';
import { getNeed } from './get-need.ts';
import type { NeedView } from './load-needs.ts';
import { lockOpenNeed } from './lock-need.ts';

export interface RecordOutcomeInput {
  outcome: NeedOutcome;
  reason: string;
  lesson?: string | null;
}

/** Records the outcome at `now` (409 need_closed if one is already recorded). */
export async function recordOutcome(db: Db, actor: Actor, needId: string, input: RecordOutcomeInput, now: Date): Promise<NeedView> {
  return db.transaction(async (tx) => {
    await lockOpenNeed(tx, actor, needId);
    await tx
      .update(needs)
      .set({
        outcome: input.outcome,
        outcomeReason: input.reason.trim(),
        outcomeLesson: optionalText(input.lesson),
        outcomeAt: now,
        outcomeBy: actor.memberId,
        updatedAt: now,
        version: sql`${needs.version} + 1`,
      })
      .where(and(eq(needs.firmId, actor.firmId), eq(needs.id, needId)));
    return getNeed(tx, actor, needId, utcDay(now));
  });
}
