/**
 * Appends steps to the client's decision journey, one or several at once (all or nothing: the template
 * is added this way). Positions follow the last step, assigned under the need's lock.
 */
import { and, count, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { journeySteps } from '../../db/schema.ts';
import { practiceLimits } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { checkStep, requireOwners, type JourneyStepInput } from './journey-step-fields.ts';
import { loadJourney, type StepView } from './load-journey.ts';
import { lockOpenNeed } from './lock-need.ts';

/** Adds the steps at the end, in the order given, and returns them as stored. */
export async function addJourneySteps(db: Db, actor: Actor, needId: string, steps: JourneyStepInput[], today: string): Promise<StepView[]> {
  const fields = steps.map((step) => checkStep(step, today));
  return db.transaction(async (tx) => {
    await lockOpenNeed(tx, actor, needId);
    await requireOwners(tx, actor.firmId, fields);
    const [existing] = await tx
      .select({ n: count(), last: max(journeySteps.position) })
      .from(journeySteps)
      .where(and(eq(journeySteps.firmId, actor.firmId), eq(journeySteps.needId, needId)));
    const n = existing?.n ?? 0;
    if (n + fields.length > practiceLimits.journeyStepsMax) {
      throw new AppError('validation_failed', `A journey holds at most ${practiceLimits.journeyStepsMax} steps; this one has ${n}.`, {
        fields: { steps: `at most ${practiceLimits.journeyStepsMax - n} more steps fit` },
      });
    }
    const first = (existing?.last ?? 0) + 1;
    const added = await tx
      .insert(journeySteps)
      .values(fields.map((f, i) => ({ ...f, firmId: actor.firmId, needId, position: first + i, createdBy: actor.memberId })))
      .returning({ id: journeySteps.id });
    const ids = new Set(added.map((a) => a.id));
    return (await loadJourney(tx, actor.firmId, needId, today)).filter((s) => ids.has(s.id));
  });
}
