/** A page of client acts (or of anything carrying the same (time, id) sort key): the items and where the next page starts. */
import { encodeCursor } from '../support/cursor.ts';

export interface KeyedPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** `rows` holds one more than `limit` when a page follows; the cursor is the last item's (sort key, id). */
export function toKeyedPage<T extends { sortKey: string; id: string }>(rows: T[], limit: number): KeyedPage<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.sortKey, last.id]) : null };
}
