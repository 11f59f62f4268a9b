/** Removes a step the client no longer takes; the steps after it move up, keeping positions 1, 2, 3… */
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { journeySteps } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { lockOpenNeed } from './lock-need.ts';

export async function deleteJourneyStep(db: Db, actor: Actor, needId: string, stepId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOpenNeed(tx, actor, needId);
    const ofNeed = and(eq(journeySteps.firmId, actor.firmId), eq(journeySteps.needId, needId));
    const [deleted] = await tx
      .delete(journeySteps)
      .where(and(ofNeed, eq(journeySteps.id, stepId)))
      .returning({ position: journeySteps.position });
    if (!deleted) throw notFound('journey step');
    await tx
      .update(journeySteps)
      .set({ position: sql`${journeySteps.position} - 1` })
      .where(and(ofNeed, gt(journeySteps.position, deleted.position)));
  });
}
