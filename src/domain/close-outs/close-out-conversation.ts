/**
 * The 10% rule after a conversation: up to three trust-creating acts, each optional, recorded together —
 * suggest an alternative (a referral out), add one piece of value, schedule a follow-up that says what
 * exactly we will bring. A conversation is closed out once; until then it is an open loop.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { closeOuts, conversationPeople, conversations } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError, notFound } from '../errors.ts';
import { insertFollowUp } from '../follow-ups/create-follow-up.ts';
import { checkLinks } from '../support/linked-records.ts';
import { insertReferral } from '../referrals/create-referral.ts';
import { optionalText } from '../support/text.ts';
import { getCloseOut, type CloseOutRecord } from './get-close-out.ts';

export interface CloseOutInput {
  /** "If we can't help, suggest an alternative": recorded as a referral out. */
  alternative?: { providerId: string; reason: string; personId?: string | null; needId?: string | null };
  /** "Add one piece of value": what, optionally the gift it was. */
  valueAdd?: { description: string; giftId?: string | null };
  /** "Schedule a follow-up": what exactly we will bring; due today + 14 days unless said. */
  followUp?: { content: string; dueOn?: string; personId?: string | null };
}

function nothingChosen(): AppError {
  const problem = 'choose at least one';
  return new AppError(
    'validation_failed',
    'Choose at least one thing to close the loop: suggest an alternative, add a piece of value, or schedule a follow-up.',
    { fields: { alternative: problem, valueAdd: problem, followUp: problem } },
  );
}

/** With several people (or none left: they may have been deleted since), the referral must say whom. */
function whichPerson(peopleCount: number): AppError {
  const message =
    peopleCount === 0
      ? 'No one is linked to this conversation any more: say which person you referred.'
      : 'The conversation was with several people: say which of them you referred.';
  return new AppError('validation_failed', message, { fields: { 'alternative.personId': 'choose the person you referred' } });
}

/** Locks the conversation (two close-outs at once cannot both pass the check) and returns its people's ids. */
async function lockOpenConversation(tx: Db, actor: Actor, conversationId: string): Promise<string[]> {
  const [conversation] = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.firmId, actor.firmId), eq(conversations.id, conversationId)))
    .for('update')
    .limit(1);
  if (!conversation) throw notFound('conversation');
  const [existing] = await tx
    .select({ createdAt: closeOuts.createdAt })
    .from(closeOuts)
    .where(and(eq(closeOuts.firmId, actor.firmId), eq(closeOuts.conversationId, conversationId)))
    .limit(1);
  if (existing) {
    throw new AppError('already_closed_out', 'This conversation was already closed out. Add a follow-up, gift or referral on its own instead.');
  }
  const participants = await tx
    .select({ personId: conversationPeople.personId })
    .from(conversationPeople)
    .where(and(eq(conversationPeople.firmId, actor.firmId), eq(conversationPeople.conversationId, conversationId)));
  return participants.map((p) => p.personId);
}

/**
 * One transaction. The follow-up is checked (and refused with 422 when generic) before anything else is
 * written; `today` is the day by the server's clock (the referral's day, and the follow-up's default due day).
 */
export async function closeOutConversation(db: Db, actor: Actor, conversationId: string, input: CloseOutInput, today: string): Promise<CloseOutRecord> {
  const { alternative, valueAdd, followUp } = input;
  if (!alternative && !valueAdd && !followUp) throw nothingChosen();
  return db.transaction(async (tx) => {
    const peopleIds = await lockOpenConversation(tx, actor, conversationId);
    const onlyPerson = peopleIds.length === 1 ? peopleIds[0]! : null;
    const referredPerson = alternative ? (alternative.personId ?? onlyPerson) : null;
    if (alternative && !referredPerson) throw whichPerson(peopleIds.length);
    if (valueAdd?.giftId) await checkLinks(tx, actor.firmId, { giftId: valueAdd.giftId }, 'valueAdd');

    const followUpId = followUp
      ? await insertFollowUp(
          tx,
          actor,
          { content: followUp.content, dueOn: followUp.dueOn, personId: followUp.personId ?? onlyPerson, conversationId },
          today,
          'followUp',
        )
      : null;
    const referralId = alternative
      ? await insertReferral(
          tx,
          actor,
          { direction: 'out', providerId: alternative.providerId, reason: alternative.reason, personId: referredPerson, needId: alternative.needId, conversationId },
          today,
          'alternative',
        )
      : null;
    await tx.insert(closeOuts).values({
      firmId: actor.firmId,
      conversationId,
      referralId,
      valueAdd: valueAdd ? optionalText(valueAdd.description) : null,
      valueGiftId: valueAdd?.giftId ?? null,
      followUpId,
      createdBy: actor.memberId,
    });
    return (await getCloseOut(tx, actor, conversationId))!;
  });
}
