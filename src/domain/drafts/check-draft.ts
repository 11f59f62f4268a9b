/**
 * "Is this email about them, or about us?": checks a draft with the listening library before it is sent,
 * against what the client told us (their latest conversations' yellow-pad notes) when the draft is to a person.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { conversationPeople, conversations, people } from '../../db/schema.ts';
import { checkDraft as checkDraftText, type DraftCheck } from '../../listening/index.ts';
import type { Actor } from '../actor.ts';
import { unknownLink } from '../support/linked-records.ts';
import { selfNamesOf } from '../transcripts/self-names.ts';

/** The longest draft checked: a long email, not a document. */
export const draftMaxChars = 50_000;
/** How many of the person's latest conversations the draft is compared with. */
export const draftNotesConversations = 20;

export interface CheckDraftInput {
  text: string;
  /** The person the draft is to, when known: their notes tell what is specific to them. */
  personId?: string | null;
}

export interface DraftCheckResult {
  check: DraftCheck;
  person: { id: string; fullName: string } | null;
  /** How many of the person's conversations' notes the draft was compared with. */
  conversationsCompared: number;
}

/** The summary and note texts of the person's latest conversations, newest first (one index range scan). */
async function notesAbout(db: Db, firmId: string, personId: string): Promise<{ texts: string[]; conversations: number }> {
  const rows = await db
    .select({ summary: conversations.summary, notes: conversations.notes })
    .from(conversationPeople)
    .innerJoin(conversations, and(eq(conversations.firmId, conversationPeople.firmId), eq(conversations.id, conversationPeople.conversationId)))
    .where(and(eq(conversationPeople.firmId, firmId), eq(conversationPeople.personId, personId)))
    .orderBy(desc(conversationPeople.occurredAt), desc(conversationPeople.conversationId))
    .limit(draftNotesConversations);
  const texts = rows.flatMap((r) => [r.summary ?? '', ...Object.values(r.notes)]).filter((t) => t.trim().length > 0);
  return { texts, conversations: rows.length };
}

/** Checks the draft; a person of another firm (or none with that id) is not found. */
export async function checkDraft(db: Db, actor: Actor, input: CheckDraftInput): Promise<DraftCheckResult> {
  const selfNames = await selfNamesOf(db, actor.firmId);
  if (!input.personId) return { check: checkDraftText(input.text, { selfNames }), person: null, conversationsCompared: 0 };
  const [person] = await db
    .select({ id: people.id, fullName: people.fullName })
    .from(people)
    .where(and(eq(people.firmId, actor.firmId), eq(people.id, input.personId)))
    .limit(1);
  if (!person) throw unknownLink('personId');
  const notes = await notesAbout(db, actor.firmId, person.id);
  const check = checkDraftText(input.text, { notes: notes.texts, clientName: person.fullName, selfNames });
  return { check, person, conversationsCompared: notes.conversations };
}
