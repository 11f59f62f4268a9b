/**
 * Pages of conversations newest first, keyset-paginated on (occurred_at desc, id desc): the whole firm's,
 * one person's (one range scan of conversation_people_timeline_idx) or an organisation's people's.
 * Lists and timelines share these queries so their order and cursors agree.
 */
import { and, eq, exists, getTableColumns, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open-db.ts';
import { affiliations, conversationPeople, conversations } from '../../db/schema.ts';
import { encodeCursor } from '../support/cursor.ts';
import { afterTimeCursor, newestFirst, sortKey } from '../support/time-cursor.ts';
import type { Conversation } from './conversation-participants.ts';

export interface FeedPageInput {
  limit: number;
  cursor?: string;
}
export interface FeedPage {
  rows: Conversation[];
  /** Each row's sort key, in order: where a timeline that merges other events into the page cuts it. */
  sortKeys: string[];
  nextCursor: string | null;
}

function toPage(rows: (Conversation & { sortKey: string })[], limit: number): FeedPage {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: page.map(({ sortKey: _, ...row }) => row),
    sortKeys: page.map((row) => row.sortKey),
    nextCursor: rows.length > limit && last ? encodeCursor([last.sortKey, last.id]) : null,
  };
}

const joinConversation = (firmId: SQL | AnyColumn, conversationId: AnyColumn) =>
  and(eq(conversations.firmId, firmId), eq(conversations.id, conversationId));

/** Every conversation of the firm, newest first (conversations_occurred_idx). */
export async function firmFeed(db: Db, firmId: string, input: FeedPageInput): Promise<FeedPage> {
  const rows = await db
    .select({ ...getTableColumns(conversations), sortKey: sortKey(conversations.occurredAt) })
    .from(conversations)
    .where(and(eq(conversations.firmId, firmId), afterTimeCursor(input.cursor, conversations.occurredAt, conversations.id)))
    .orderBy(newestFirst(conversations.occurredAt), newestFirst(conversations.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit);
}

/** One person's conversations: a single range scan of conversation_people_timeline_idx, joined to conversations. */
export async function personFeed(db: Db, firmId: string, personId: string, input: FeedPageInput, organizationId?: string): Promise<FeedPage> {
  const cp = conversationPeople;
  const rows = await db
    .select({ ...getTableColumns(conversations), sortKey: sortKey(cp.occurredAt) })
    .from(cp)
    .innerJoin(conversations, joinConversation(cp.firmId, cp.conversationId))
    .where(
      and(
        eq(cp.firmId, firmId),
        eq(cp.personId, personId),
        afterTimeCursor(input.cursor, cp.occurredAt, cp.conversationId),
        organizationId ? withOrganization(db, organizationId) : undefined,
      ),
    )
    .orderBy(newestFirst(cp.occurredAt), newestFirst(cp.conversationId))
    .limit(input.limit + 1);
  return toPage(rows, input.limit);
}

/** The conversation has someone currently affiliated with the organisation among its people. */
function withOrganization(db: Db, organizationId: string): SQL {
  const other = alias(conversationPeople, 'org_cp');
  return exists(
    db
      .select({ one: sql`1` })
      .from(other)
      .innerJoin(affiliations, and(eq(affiliations.firmId, other.firmId), eq(affiliations.personId, other.personId)))
      .where(
        and(
          eq(other.firmId, conversations.firmId),
          eq(other.conversationId, conversations.id),
          eq(affiliations.organizationId, organizationId),
        ),
      ),
  );
}

/**
 * Conversations of the people currently affiliated with an organisation, each once. The affiliations
 * index finds the people; for each, at most one page is read from their timeline index (a lateral
 * range scan), so the work is bounded by people × page size however long their histories are. DISTINCT
 * on the copied (occurred_at, conversation_id) folds a conversation with several of them into one row.
 */
export async function organizationFeed(db: Db, firmId: string, organizationId: string, input: FeedPageInput): Promise<FeedPage> {
  const cp = conversationPeople;
  const recent = db
    .select({ occurredAt: cp.occurredAt, conversationId: cp.conversationId })
    .from(cp)
    .where(and(eq(cp.firmId, affiliations.firmId), eq(cp.personId, affiliations.personId), afterTimeCursor(input.cursor, cp.occurredAt, cp.conversationId)))
    .orderBy(newestFirst(cp.occurredAt), newestFirst(cp.conversationId))
    .limit(input.limit + 1)
    .as('recent');
  const touched = db
    .selectDistinct({ occurredAt: recent.occurredAt, conversationId: recent.conversationId })
    .from(affiliations)
    .crossJoinLateral(recent)
    .where(and(eq(affiliations.firmId, firmId), eq(affiliations.organizationId, organizationId)))
    .orderBy(newestFirst(recent.occurredAt), newestFirst(recent.conversationId))
    .limit(input.limit + 1)
    .as('touched');
  const rows = await db
    .select({ ...getTableColumns(conversations), sortKey: sortKey(touched.occurredAt) })
    .from(touched)
    .innerJoin(conversations, joinConversation(sql`${firmId}::uuid`, touched.conversationId))
    .orderBy(newestFirst(touched.occurredAt), newestFirst(touched.conversationId));
  return toPage(rows, input.limit);
}
