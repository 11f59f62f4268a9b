/**
 * Puts the journey's steps in the order the client now expects (the web app's Move up / Move down).
 * The list must name exactly the need's steps, so a reorder based on an outdated journey is refused.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { journeySteps } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { loadJourney, type StepView } from './load-journey.ts';
import { lockOpenNeed } from './lock-need.ts';

/** Positions become 1…n in the order given; 409 journey_order_mismatch unless the ids are exactly the steps. */
export async function reorderJourneySteps(db: Db, actor: Actor, needId: string, stepIds: string[], today: string): Promise<StepView[]> {
  return db.transaction(async (tx) => {
    await lockOpenNeed(tx, actor, needId);
    const ofNeed = and(eq(journeySteps.firmId, actor.firmId), eq(journeySteps.needId, needId));
    const current = await tx.select({ id: journeySteps.id }).from(journeySteps).where(ofNeed);
    const known = new Set(current.map((s) => s.id));
    const exact = stepIds.length === known.size && new Set(stepIds).size === stepIds.length && stepIds.every((id) => known.has(id));
    if (!exact) {
      throw new AppError(
        'journey_order_mismatch',
        'The journey has changed since you loaded it (a step was added or removed). Reload it and put the steps in order again.',
        { stepIds: [...known] },
      );
    }
    if (stepIds.length > 0) {
      const position = sql.join(
        stepIds.map((id, i) => sql`when ${id}::uuid then ${i + 1}::int`),
        sql` `,
      );
      await tx
        .update(journeySteps)
        .set({ position: sql`case ${journeySteps.id} ${position} end` })
        .where(ofNeed);
    }
    return loadJourney(tx, actor.firmId, needId, today);
  });
}
