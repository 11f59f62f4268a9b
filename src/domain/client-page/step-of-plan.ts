/** A step of the link's own plan, or 404: ids of other needs' steps never resolve through a token. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { journeySteps } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import type { PlanLink } from './client-act-transaction.ts';

export async function stepOfPlan(tx: Db, link: PlanLink, stepId: string, lock = false) {
  const query = tx
    .select()
    .from(journeySteps)
    .where(and(eq(journeySteps.firmId, link.firmId), eq(journeySteps.needId, link.needId), eq(journeySteps.id, stepId)))
    .limit(1);
  const [step] = lock ? await query.for('update') : await query;
  if (!step) throw new AppError('not_found', 'That step is not on this plan.');
  return step;
}
