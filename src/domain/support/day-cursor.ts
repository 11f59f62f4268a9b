/**
 * Keyset pages over a calendar-day column and the id — gifts by the day given, referrals by the day referred,
 * follow-ups by their due day — in either direction, so page N costs what page 1 costs.
 */
import { asc, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { isIsoDay } from '../../common/days.ts';
import { AppError } from '../errors.ts';
import { decodeKeyAndId, encodeCursor } from './cursor.ts';

export type Direction = 'asc' | 'desc';

/** Rows strictly after the cursor in (day, id) order; undefined on the first page. */
export function afterDayCursor(cursor: string | undefined, day: AnyColumn, id: AnyColumn, direction: Direction): SQL | undefined {
  if (!cursor) return undefined;
  const [key, last] = decodeKeyAndId(cursor);
  if (!isIsoDay(key)) throw new AppError('invalid_cursor', 'The cursor is not one this server gave out. Start again from the first page.');
  return direction === 'asc'
    ? sql`(${day}, ${id}) > (${key}::date, ${last}::uuid)`
    : sql`(${day}, ${id}) < (${key}::date, ${last}::uuid)`;
}

/**
 * The ORDER BY for (day, id). Descending matches the indexes, which drizzle declares DESC NULLS LAST (a plain
 * DESC means NULLS FIRST and would make PostgreSQL sort instead of reading the index in order).
 */
export function dayOrder(day: AnyColumn, id: AnyColumn, direction: Direction): SQL[] {
  return direction === 'asc' ? [asc(day), asc(id)] : [sql`${day} desc nulls last`, sql`${id} desc nulls last`];
}

/** Cuts the extra row fetched to learn whether another page follows, and makes its cursor. */
export function toDayPage<T extends { id: string }>(rows: T[], limit: number, dayOf: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([dayOf(last), last.id]) : null };
}
