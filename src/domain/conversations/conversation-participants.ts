/** Who took part in a conversation: the client's people and the firm's members; reading and replacing both. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { conversationMembers, conversationPeople, conversations, members, people } from '../../db/schema.ts';
import { AppError } from '../errors.ts';

export interface ConversationPerson {
  id: string;
  fullName: string;
}
export interface ConversationMember {
  id: string;
  name: string;
}
export interface Participants {
  people: ConversationPerson[];
  members: ConversationMember[];
}
export type Conversation = typeof conversations.$inferSelect;
export type ConversationWithParticipants = Conversation & Participants;

/** Ids that are not the firm's are refused alike whether they are unknown or another firm's. */
function unknownIds(field: 'personIds' | 'memberIds', missing: string[]): AppError {
  const what = field === 'personIds' ? 'people' : 'team members';
  return new AppError('validation_failed', `Some ${what} are not in your firm. Pick them from your lists.`, {
    fields: { [field]: `unknown ids: ${missing.join(', ')}` },
  });
}

/** Replaces the conversation's people; each row carries occurred_at so person timelines are one index scan. */
export async function replacePeople(db: Db, firmId: string, conversationId: string, personIds: string[], occurredAt: Date): Promise<void> {
  const unique = [...new Set(personIds)];
  if (unique.length === 0) {
    throw new AppError('validation_failed', 'Say who the conversation was with.', { fields: { personIds: 'add at least one person' } });
  }
  const found = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.firmId, firmId), inArray(people.id, unique)));
  const known = new Set(found.map((f) => f.id));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length > 0) throw unknownIds('personIds', missing);
  await db.delete(conversationPeople).where(and(eq(conversationPeople.firmId, firmId), eq(conversationPeople.conversationId, conversationId)));
  await db.insert(conversationPeople).values(unique.map((personId) => ({ firmId, conversationId, personId, occurredAt })));
}

/** Replaces the firm's members who took part; an empty list is allowed (e.g. logged on someone's behalf). */
export async function replaceMembers(db: Db, firmId: string, conversationId: string, memberIds: string[], occurredAt: Date): Promise<void> {
  const unique = [...new Set(memberIds)];
  if (unique.length > 0) {
    const found = await db
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.firmId, firmId), inArray(members.id, unique)));
    const known = new Set(found.map((f) => f.id));
    const missing = unique.filter((id) => !known.has(id));
    if (missing.length > 0) throw unknownIds('memberIds', missing);
  }
  await db.delete(conversationMembers).where(and(eq(conversationMembers.firmId, firmId), eq(conversationMembers.conversationId, conversationId)));
  if (unique.length > 0) await db.insert(conversationMembers).values(unique.map((memberId) => ({ firmId, conversationId, memberId, occurredAt })));
}

/** Loads the participants of a whole page of conversations: one query for people, one for members. */
export async function loadParticipants(db: Db, firmId: string, conversationIds: string[]): Promise<Map<string, Participants>> {
  const byConversation = new Map<string, Participants>(conversationIds.map((id) => [id, { people: [], members: [] }]));
  if (conversationIds.length === 0) return byConversation;
  const personRows = await db
    .select({ conversationId: conversationPeople.conversationId, id: people.id, fullName: people.fullName })
    .from(conversationPeople)
    .innerJoin(people, and(eq(people.firmId, conversationPeople.firmId), eq(people.id, conversationPeople.personId)))
    .where(and(eq(conversationPeople.firmId, firmId), inArray(conversationPeople.conversationId, conversationIds)))
    .orderBy(asc(people.fullName), asc(people.id));
  const memberRows = await db
    .select({ conversationId: conversationMembers.conversationId, id: members.id, name: members.name })
    .from(conversationMembers)
    .innerJoin(members, and(eq(members.firmId, conversationMembers.firmId), eq(members.id, conversationMembers.memberId)))
    .where(and(eq(conversationMembers.firmId, firmId), inArray(conversationMembers.conversationId, conversationIds)))
    .orderBy(asc(members.name), asc(members.id));
  for (const { conversationId, ...person } of personRows) byConversation.get(conversationId)?.people.push(person);
  for (const { conversationId, ...member } of memberRows) byConversation.get(conversationId)?.members.push(member);
  return byConversation;
}

/** Attaches participants to conversation rows, keeping their order. */
export async function withParticipants(db: Db, firmId: string, rows: Conversation[]): Promise<ConversationWithParticipants[]> {
  const byConversation = await loadParticipants(db, firmId, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, ...(byConversation.get(r.id) ?? { people: [], members: [] }) }));
}
