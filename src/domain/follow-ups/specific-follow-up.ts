/**
 * Applies the generic-follow-up rule where follow-ups are written (create, edit, close-out): a generic one
 * is refused with 422 follow_up_not_specific, why, and suggestions from the conversation's notes.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { conversationPeople, conversations, people } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import { genericFollowUpMessage, isGenericFollowUp, suggestFollowUps, type SuggestionSource } from './generic-follow-up.ts';

export interface FollowUpContext {
  conversationId?: string | null;
  personId?: string | null;
}

/** The conversation's notes to suggest from, and the client's names (which say nothing about the content). */
async function contextOf(db: Db, firmId: string, context: FollowUpContext): Promise<SuggestionSource & { names: string[] }> {
  let source: SuggestionSource = {};
  const personIds = context.personId ? [context.personId] : [];
  if (context.conversationId) {
    const [conversation] = await db
      .select({ notes: conversations.notes, summary: conversations.summary })
      .from(conversations)
      .where(and(eq(conversations.firmId, firmId), eq(conversations.id, context.conversationId)))
      .limit(1);
    source = conversation ?? {};
    const participants = await db
      .select({ personId: conversationPeople.personId })
      .from(conversationPeople)
      .where(and(eq(conversationPeople.firmId, firmId), eq(conversationPeople.conversationId, context.conversationId)));
    personIds.push(...participants.map((p) => p.personId));
  }
  const named = personIds.length
    ? await db
        .select({ fullName: people.fullName })
        .from(people)
        .where(and(eq(people.firmId, firmId), inArray(people.id, personIds)))
    : [];
  return { ...source, names: named.map((p) => p.fullName) };
}

/**
 * Refuses a follow-up that does not say what we will bring. Call it after the links were checked (the
 * suggestions quote the conversation's notes) and before anything is written. `field` is the content's path.
 */
export async function requireSpecificFollowUp(db: Db, firmId: string, content: string, context: FollowUpContext, field = 'content'): Promise<void> {
  const { names, ...source } = await contextOf(db, firmId, context);
  if (!isGenericFollowUp(content, names)) return;
  throw new AppError('follow_up_not_specific', genericFollowUpMessage, { field, suggestions: suggestFollowUps(source) });
}
