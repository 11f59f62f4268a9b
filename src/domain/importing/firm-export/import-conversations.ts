/**
 * Conversations from an export with their summary, yellow-pad notes and participants: the client's people
 * mapped to the imported people, our members mapped by email to this firm's members (dropped when they are
 * not members here). A conversation already in the firm at the same moment, with the same summary and the
 * same people, is matched rather than created again, so a re-import adds nothing.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { channels, type Channel } from '../../../common/limits.ts';
import { conversationMembers, conversationPeople, conversations } from '../../../db/schema.ts';
import { jsonFile } from '../../../exporting/export-format.ts';
import type { ConversationMemberRow, ConversationPersonRow, ConversationRow } from '../../../importing/yellowpad-export/export-rows.ts';
import { normaliseNotes } from '../../conversations/conversation-fields.ts';
import { AppError } from '../../errors.ts';
import { optionalText } from '../../support/text.ts';
import { createdByIn, inChunks, newId, type ImportContext } from './import-context.ts';

interface Participants {
  people: Set<string>;
  members: Set<string>;
}

const file = jsonFile('conversations');
const sameConversation = (occurredAt: Date, summary: string | null, personIds: Iterable<string>) =>
  JSON.stringify([occurredAt.toISOString(), summary ?? '', [...personIds].sort()]);

export async function importConversations(
  ctx: ImportContext,
  rows: ConversationRow[],
  peopleRows: ConversationPersonRow[],
  memberRows: ConversationMemberRow[],
): Promise<void> {
  const participants = participantsOf(ctx, peopleRows, memberRows);
  await inChunks(rows.map((row, i) => ({ row, item: i + 1 })), async (chunk) => {
    const existing = await existingConversations(ctx, chunk.map((c) => c.row.occurredAt));
    const inserts: (typeof conversations.$inferInsert)[] = [];
    const links: { id: string; occurredAt: Date; who: Participants }[] = [];
    for (const { row, item } of chunk) {
      const who = participants.get(row.id) ?? { people: new Set<string>(), members: new Set<string>() };
      const summary = optionalText(row.summary);
      if (existing.has(sameConversation(row.occurredAt, summary, who.people))) {
        ctx.skipped += 1;
        continue;
      }
      const checked = checkConversation(row, item);
      if ('error' in checked) {
        ctx.errors.push({ file, row: item, message: checked.error });
        continue;
      }
      const id = newId();
      inserts.push({
        id,
        firmId: ctx.actor.firmId,
        occurredAt: row.occurredAt,
        channel: checked.channel,
        summary,
        notes: checked.notes,
        createdBy: createdByIn(ctx, row.createdBy),
        ...(row.createdAt ? { createdAt: row.createdAt } : {}),
        ...(row.updatedAt ? { updatedAt: row.updatedAt } : {}),
      });
      links.push({ id, occurredAt: row.occurredAt, who });
    }
    if (inserts.length === 0) return;
    await ctx.tx.insert(conversations).values(inserts);
    ctx.created.conversations += inserts.length;
    const firmId = ctx.actor.firmId;
    const personLinks = links.flatMap((l) => [...l.who.people].map((personId) => ({ firmId, conversationId: l.id, personId, occurredAt: l.occurredAt })));
    const memberLinks = links.flatMap((l) => [...l.who.members].map((memberId) => ({ firmId, conversationId: l.id, memberId, occurredAt: l.occurredAt })));
    await inChunks(personLinks, (c) => ctx.tx.insert(conversationPeople).values(c));
    await inChunks(memberLinks, (c) => ctx.tx.insert(conversationMembers).values(c));
  });
}

/** Each exported conversation's participants, as ids in this firm (people and members not imported are left out). */
function participantsOf(ctx: ImportContext, peopleRows: ConversationPersonRow[], memberRows: ConversationMemberRow[]) {
  const byConversation = new Map<string, Participants>();
  const of = (id: string) => byConversation.get(id) ?? byConversation.set(id, { people: new Set(), members: new Set() }).get(id)!;
  for (const r of peopleRows) {
    const personId = ctx.people.get(r.personId);
    if (personId) of(r.conversationId).people.add(personId);
  }
  for (const r of memberRows) {
    const memberId = ctx.members.get(r.memberId);
    if (memberId) of(r.conversationId).members.add(memberId);
  }
  return byConversation;
}

/** The firm's conversations at these moments, by (moment, summary, people): what an imported one would duplicate. */
async function existingConversations(ctx: ImportContext, moments: Date[]): Promise<Set<string>> {
  const { tx, actor } = ctx;
  const found = await tx
    .select({ id: conversations.id, occurredAt: conversations.occurredAt, summary: conversations.summary })
    .from(conversations)
    .where(and(eq(conversations.firmId, actor.firmId), inArray(conversations.occurredAt, moments)));
  if (found.length === 0) return new Set();
  const links = await tx
    .select({ conversationId: conversationPeople.conversationId, personId: conversationPeople.personId })
    .from(conversationPeople)
    .where(and(eq(conversationPeople.firmId, actor.firmId), inArray(conversationPeople.conversationId, found.map((c) => c.id))));
  const peopleOf = new Map<string, string[]>();
  for (const l of links) peopleOf.set(l.conversationId, [...(peopleOf.get(l.conversationId) ?? []), l.personId]);
  return new Set(found.map((c) => sameConversation(c.occurredAt, c.summary, peopleOf.get(c.id) ?? [])));
}

function checkConversation(row: ConversationRow, item: number): { channel: Channel; notes: Record<string, string> } | { error: string } {
  if (!(channels as readonly string[]).includes(row.channel)) {
    return { error: `${file}, item ${item}: channel "${row.channel}" is not one of ${channels.join(', ')}.` };
  }
  try {
    return { channel: row.channel as Channel, notes: normaliseNotes(row.notes) };
  } catch (err) {
    if (err instanceof AppError) return { error: `${file}, item ${item}: ${err.message} (${JSON.stringify(err.details)})` };
    throw err;
  }
}
