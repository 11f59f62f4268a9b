/**
 * The firm's needs newest first (needs_created_idx), open, closed or all, optionally one organisation's or
 * one person's, keyset-paginated on (created_at desc, id desc) so page N costs what page 1 costs.
 */
import { and, eq, exists, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { needPeople, needs } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { decodeKeyAndId, encodeCursor } from '../support/cursor.ts';
import { completeNeeds, selectNeeds, type NeedView } from './load-needs.ts';

export type NeedStatusFilter = 'open' | 'closed' | 'all';

export interface ListNeedsInput {
  status?: NeedStatusFilter;
  organizationId?: string;
  personId?: string;
  limit: number;
  cursor?: string;
}

const KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Rows after the cursor; a forged key is refused before it reaches PostgreSQL as a bad timestamp. */
function after(cursor: string | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const [at, id] = decodeKeyAndId(cursor);
  if (!KEY.test(at) || new Date(at).toISOString().slice(0, 19) !== at.slice(0, 19)) {
    throw new AppError('invalid_cursor', 'The cursor is not one this server gave out. Start again from the first page.');
  }
  return sql`(${needs.createdAt}, ${needs.id}) < (${at}::timestamptz, ${id}::uuid)`;
}

const statusCondition: Record<NeedStatusFilter, SQL | undefined> = {
  open: isNull(needs.outcome),
  closed: isNotNull(needs.outcome),
  all: undefined,
};

/** One page of needs with their current statement and health on `today` (lists carry no full journey). */
export async function listNeeds(db: Db, actor: Actor, input: ListNeedsInput, today: string): Promise<{ items: NeedView[]; nextCursor: string | null }> {
  const withPerson = input.personId
    ? exists(
        db
          .select({ one: sql`1` })
          .from(needPeople)
          .where(and(eq(needPeople.firmId, needs.firmId), eq(needPeople.needId, needs.id), eq(needPeople.personId, input.personId))),
      )
    : undefined;
  const rows = await selectNeeds(db)
    .where(
      and(
        eq(needs.firmId, actor.firmId),
        statusCondition[input.status ?? 'open'],
        input.organizationId ? eq(needs.organizationId, input.organizationId) : undefined,
        withPerson,
        after(input.cursor),
      ),
    )
    // DESC NULLS LAST, as drizzle declares the index: a plain DESC would make PostgreSQL sort instead.
    .orderBy(sql`${needs.createdAt} desc nulls last`, sql`${needs.id} desc nulls last`)
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: await completeNeeds(db, actor.firmId, page, today, 'open'),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.sortKey, last.need.id]) : null,
  };
}
