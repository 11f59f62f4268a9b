/**
 * Lists the firm's commitments page by page. Open ones (status=open or overdue) come by the date in
 * force, soonest first, so the overdue lead; any other list is newest first. Keyset cursors on
 * (due_on, id) or (created_at, id) make page N cost what page 1 costs.
 */
import { and, asc, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { commitments } from '../../db/schema.ts';
import { isIsoDay } from '../../common/days.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { decodeKeyAndId, encodeCursor } from '../support/cursor.ts';
import { scopeConditions, stateConditions, type ScopeFilters, type StateFilters } from './commitment-filters.ts';
import { selectCommitments, toViews, type CommitmentView, type SelectedCommitment } from './commitment-view.ts';

export interface ListCommitmentsInput extends ScopeFilters, StateFilters {
  limit: number;
  cursor?: string;
}

const c = commitments;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

function badCursor(): AppError {
  return new AppError('invalid_cursor', 'The cursor is not one this server gave out. Start again from the first page.');
}

/** Soonest due first: (due_on, id) ascending. */
const byDueDate = {
  order: [asc(c.dueOn), asc(c.id)],
  after(cursor: string): SQL {
    const [day, id] = decodeKeyAndId(cursor);
    if (!isIsoDay(day)) throw badCursor();
    return sql`(${c.dueOn}, ${c.id}) > (${day}::date, ${id}::uuid)`;
  },
  keyOf: (row: SelectedCommitment) => row.dueOn,
};

/** Newest first: (created_at, id) descending, as commitments_created_idx holds them (DESC NULLS LAST). */
const newestFirst = {
  order: [sql`${c.createdAt} desc nulls last`, sql`${c.id} desc nulls last`],
  after(cursor: string): SQL {
    const [at, id] = decodeKeyAndId(cursor);
    if (!INSTANT.test(at) || Number.isNaN(Date.parse(at))) throw badCursor();
    return sql`(${c.createdAt}, ${c.id}) < (${at}::timestamptz, ${id}::uuid)`;
  },
  keyOf: (row: SelectedCommitment) => row.createdKey,
};

/** One page of views as shown on `today` (YYYY-MM-DD), and the cursor of the next page. */
export async function listCommitments(db: Db, actor: Actor, input: ListCommitmentsInput, today: string): Promise<{ items: CommitmentView[]; nextCursor: string | null }> {
  const byDue = input.status === 'open' || input.overdue === true;
  const ordering = byDue ? byDueDate : newestFirst;
  const conditions = [...scopeConditions(db, actor.firmId, input), ...stateConditions(input, today)];
  if (input.cursor) conditions.push(ordering.after(input.cursor));
  const rows = await selectCommitments(db)
    .where(and(...conditions))
    .orderBy(...ordering.order)
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: await toViews(db, actor.firmId, page, today),
    nextCursor: rows.length > input.limit && last ? encodeCursor([ordering.keyOf(last), last.id]) : null,
  };
}
