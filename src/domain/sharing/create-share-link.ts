/**
 * Shares a subject with one client person (decision 024): a need's plan with one of the need's people, or
 * a conversation's "what I heard" recap with one of its people. One live link per person and subject, so
 * every act on the page is that person's. The token is returned once; only its hash is stored.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { conversationPeople, conversations, needPeople, people, shareLinks } from '../../db/schema.ts';
import type { Notes } from '../../common/limits.ts';
import { defaultRecapParts, draftRecap } from '../../common/recap-draft.ts';
import type { Actor } from '../actor.ts';
import { AppError, notFound } from '../errors.ts';
import { lockOpenNeed } from '../needs/lock-need.ts';
import { loadShareLink, type ShareLinkView } from './share-link-view.ts';
import { shareExpiryOf } from './share-expiry.ts';
import { newShareToken, shareTokenHash } from './share-token.ts';

export interface CreateShareLinkInput {
  personId: string;
  needId?: string | null;
  conversationId?: string | null;
  expiresAt?: Date | string | null;
  /** The recap as the professional edited it; drafted from the notes (nothing confidential) when absent. */
  recapText?: string | null;
}

async function lockPerson(tx: Db, actor: Actor, personId: string) {
  const [person] = await tx
    .select({ id: people.id, fullName: people.fullName })
    .from(people)
    .where(and(eq(people.firmId, actor.firmId), eq(people.id, personId)))
    .for('update')
    .limit(1);
  if (!person) throw notFound('person');
  return person;
}

const notInvolved = (fullName: string, what: string) =>
  new AppError('share_person_not_involved', `${fullName} is not one of the ${what}. Share it with one of them, or add ${fullName} first.`, {
    fields: { personId: `not one of the ${what}` },
  });

async function checkNeed(tx: Db, actor: Actor, needId: string, person: { id: string; fullName: string }) {
  await lockOpenNeed(tx, actor, needId);
  const [link] = await tx
    .select({ personId: needPeople.personId })
    .from(needPeople)
    .where(and(eq(needPeople.firmId, actor.firmId), eq(needPeople.needId, needId), eq(needPeople.personId, person.id)))
    .limit(1);
  if (!link) throw notInvolved(person.fullName, 'need’s people');
}

/** The recap to share: the professional's text, or the notes' draft without confidential parts. */
async function recapOf(tx: Db, actor: Actor, conversationId: string, person: { id: string; fullName: string }, text: string | null | undefined) {
  const [conversation] = await tx
    .select({ notes: conversations.notes, summary: conversations.summary, personId: conversationPeople.personId })
    .from(conversations)
    .leftJoin(
      conversationPeople,
      and(eq(conversationPeople.firmId, conversations.firmId), eq(conversationPeople.conversationId, conversations.id), eq(conversationPeople.personId, person.id)),
    )
    .where(and(eq(conversations.firmId, actor.firmId), eq(conversations.id, conversationId)))
    .limit(1);
  if (!conversation) throw notFound('conversation');
  if (!conversation.personId) throw notInvolved(person.fullName, 'people in this conversation');
  const notes = conversation.notes as Notes;
  const recap = text?.trim() || draftRecap({ notes, summary: conversation.summary, include: defaultRecapParts(notes, conversation.summary), clientName: person.fullName });
  if (!recap) {
    throw new AppError('recap_empty', 'There is nothing to play back yet: write the recap, or add what they told you to the conversation’s notes first.', {
      fields: { recapText: 'write what you heard' },
    });
  }
  return recap;
}

/** A link of this person to this subject that still opens. */
async function liveLinkOf(tx: Db, actor: Actor, personId: string, subject: { needId: string | null; conversationId: string | null }, now: Date) {
  const [row] = await tx
    .select({ id: shareLinks.id })
    .from(shareLinks)
    .where(
      and(
        eq(shareLinks.firmId, actor.firmId),
        eq(shareLinks.personId, personId),
        subject.needId ? eq(shareLinks.needId, subject.needId) : eq(shareLinks.conversationId, subject.conversationId!),
        isNull(shareLinks.revokedAt),
        gt(shareLinks.expiresAt, now),
      ),
    )
    .limit(1);
  return row;
}

export async function createShareLink(db: Db, actor: Actor, input: CreateShareLinkInput, now: Date): Promise<{ view: ShareLinkView; token: string }> {
  const needId = input.needId ?? null;
  const conversationId = input.conversationId ?? null;
  if ((needId === null) === (conversationId === null)) {
    throw new AppError('validation_failed', 'Share exactly one thing: a need’s plan (needId) or a conversation’s recap (conversationId).', {
      fields: { needId: 'give needId or conversationId, not both' },
    });
  }
  const expiresAt = shareExpiryOf(input.expiresAt, now);
  const token = newShareToken();
  const id = await db.transaction(async (tx) => {
    // Two shares of the same person at once queue here, so they cannot both find "no live link".
    const person = await lockPerson(tx, actor, input.personId);
    if (needId) await checkNeed(tx, actor, needId, person);
    const recapText = conversationId ? await recapOf(tx, actor, conversationId, person, input.recapText) : null;
    const existing = await liveLinkOf(tx, actor, person.id, { needId, conversationId }, now);
    if (existing) {
      throw new AppError(
        'share_link_exists',
        `${person.fullName} already has a link to this ${needId ? 'plan' : 'recap'}. Use that one (give it a new address if the old one is lost), or revoke it first.`,
        { id: existing.id },
      );
    }
    const [row] = await tx
      .insert(shareLinks)
      .values({ firmId: actor.firmId, personId: person.id, needId, conversationId, recapText, tokenHash: shareTokenHash(token), expiresAt, createdBy: actor.memberId })
      .returning({ id: shareLinks.id });
    return row!.id;
  });
  return { view: (await loadShareLink(db, actor.firmId, id, now))!, token };
}
