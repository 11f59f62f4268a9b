/** The client's comment on their plan, or on one step of it: plain text, shown back to them and to us as text. */
import type { Db } from '../../db/open-db.ts';
import { clientComments } from '../../db/schema.ts';
import { requirePlan, withLiveLink } from './client-act-transaction.ts';
import { recordClientAct, type ActContext } from './record-client-act.ts';
import { stepOfPlan } from './step-of-plan.ts';

export async function commentOnPage(db: Db, token: string, input: { text: string; stepId?: string | null }, context: ActContext) {
  return withLiveLink(db, token, context.now, async (tx, open) => {
    const link = requirePlan(open);
    const step = input.stepId ? await stepOfPlan(tx, link, input.stepId) : null;
    const [row] = await tx
      .insert(clientComments)
      .values({ firmId: link.firmId, shareLinkId: link.id, personId: link.personId, needId: link.needId, stepId: step?.id ?? null, text: input.text.trim(), createdAt: context.now })
      .returning({ id: clientComments.id, stepId: clientComments.stepId, text: clientComments.text, at: clientComments.createdAt });
    await recordClientAct(tx, link, { kind: 'commented', commentId: row!.id, step: step ? { id: step.id, title: step.title } : null }, context);
    return row!;
  });
}
