/**
 * The client ticks off one of their own steps (owner: the client) — never ours or a shared one (403
 * not_your_step). Ticking a done step again changes nothing. The step's version moves on, so a
 * professional editing it at the same time is told it changed (decision 008).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { journeySteps } from '../../db/schema.ts';
import { utcDay } from '../../common/days.ts';
import { AppError } from '../errors.ts';
import { lockOpenPlan, requirePlan, withLiveLink } from './client-act-transaction.ts';
import { recordClientAct, type ActContext } from './record-client-act.ts';
import { stepOfPlan } from './step-of-plan.ts';

export async function completeStepOnPage(db: Db, token: string, stepId: string, context: ActContext) {
  return withLiveLink(db, token, context.now, async (tx, open) => {
    const link = requirePlan(open);
    await lockOpenPlan(tx, link);
    const step = await stepOfPlan(tx, link, stepId, true);
    if (step.ownerSide !== 'client') {
      throw new AppError('not_your_step', step.ownerSide === 'us' ? 'This step is ours to do, so only we can tick it off.' : 'This step is one we do together, so we tick it off together.');
    }
    if (step.status === 'done') return step;
    const [done] = await tx
      .update(journeySteps)
      .set({ status: 'done', completedOn: utcDay(context.now), updatedAt: context.now, version: sql`${journeySteps.version} + 1` })
      .where(and(eq(journeySteps.firmId, link.firmId), eq(journeySteps.id, step.id)))
      .returning();
    await recordClientAct(tx, link, { kind: 'step_completed', step: { id: step.id, title: step.title } }, context);
    return done!;
  });
}
