/**
 * The client's answer to "what I heard": yes, or not quite with their correction. The correction is kept
 * beside the conversation's notes as the client's own words; the notes themselves are never changed.
 */
import type { Db } from '../../db/open-db.ts';
import { recapReplies } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import { optionalText } from '../support/text.ts';
import { requireRecap, withLiveLink } from './client-act-transaction.ts';
import { recordClientAct, type ActContext } from './record-client-act.ts';

export async function replyToRecap(db: Db, token: string, input: { agrees: boolean; correction?: string | null }, context: ActContext) {
  const correction = optionalText(input.correction);
  if (!input.agrees && !correction) {
    throw new AppError('validation_failed', 'Tell us what we got wrong, in your own words.', { fields: { correction: 'say what is not quite right' } });
  }
  return withLiveLink(db, token, context.now, async (tx, open) => {
    const link = requireRecap(open);
    const [row] = await tx
      .insert(recapReplies)
      .values({ firmId: link.firmId, shareLinkId: link.id, personId: link.personId, conversationId: link.conversationId, agrees: input.agrees, correction, createdAt: context.now })
      .onConflictDoNothing()
      .returning({ id: recapReplies.id, agrees: recapReplies.agrees, correction: recapReplies.correction, at: recapReplies.createdAt });
    if (!row) throw new AppError('recap_already_answered', 'You have already answered this recap. Thank you — we have your answer.');
    await recordClientAct(tx, link, { kind: 'recap_answered', replyId: row.id }, context);
    const { id: _, ...reply } = row;
    return reply;
  });
}
