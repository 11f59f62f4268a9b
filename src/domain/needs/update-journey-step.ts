/**
 * Edits one step of the client's journey: its words, owner, date, status or notes. Done sets the day it
 * was done (today unless given); back to planned or in progress clears it.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { journeySteps } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { lockForEdit } from '../support/lock-for-edit.ts';
import { checkStep, requireOwners, type JourneyStepInput } from './journey-step-fields.ts';
import { loadJourney, type StepView } from './load-journey.ts';
import { lockOpenNeed } from './lock-need.ts';
import { requireStepOfNeed } from './require-step-of-need.ts';

export type UpdateJourneyStepInput = Partial<JourneyStepInput> & { version: number };

export async function updateJourneyStep(
  db: Db,
  actor: Actor,
  needId: string,
  stepId: string,
  input: UpdateJourneyStepInput,
  today: string,
): Promise<StepView> {
  return db.transaction(async (tx) => {
    await lockOpenNeed(tx, actor, needId);
    await requireStepOfNeed(tx, actor.firmId, needId, stepId);
    const { current, where } = await lockForEdit(tx, journeySteps, actor, stepId, input.version, 'journey step');
    const pick = <K extends keyof JourneyStepInput>(key: K) => (input[key] === undefined ? current[key] : input[key]);
    const fields = checkStep(
      {
        title: pick('title') as string,
        ownerSide: pick('ownerSide')!,
        ownerPersonId: pick('ownerPersonId'),
        ownerMemberId: pick('ownerMemberId'),
        targetOn: pick('targetOn'),
        status: pick('status'),
        notes: pick('notes'),
        completedOn: input.completedOn,
      },
      today,
      current,
    );
    await requireOwners(tx, actor.firmId, [fields]);
    await tx
      .update(journeySteps)
      .set({ ...fields, updatedAt: new Date(), version: sql`${journeySteps.version} + 1` })
      .where(and(where, eq(journeySteps.needId, needId)));
    const step = (await loadJourney(tx, actor.firmId, needId, today)).find((s) => s.id === stepId);
    return step!;
  });
}
