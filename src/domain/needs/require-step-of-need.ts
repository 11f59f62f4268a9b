/** A step id in a need's URL must be one of that need's steps: another need's or firm's step is "not found". */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { journeySteps } from '../../db/schema.ts';
import { notFound } from '../errors.ts';

export async function requireStepOfNeed(db: Db, firmId: string, needId: string, stepId: string): Promise<void> {
  const [step] = await db
    .select({ id: journeySteps.id })
    .from(journeySteps)
    .where(and(eq(journeySteps.firmId, firmId), eq(journeySteps.needId, needId), eq(journeySteps.id, stepId)))
    .limit(1);
  if (!step) throw notFound('journey step');
}
