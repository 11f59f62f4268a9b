/**
 * Lists and searches the firm's organisations by name, page by page. Keyset pagination on (lower(name), id)
 * keeps the hundredth page as fast as the first; search uses the trigram index on search_text.
 */
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { organizations } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { decodeKeyAndId, encodeCursor, likePattern } from '../support/cursor.ts';
import { loadPeopleCounts } from './organization-people-counts.ts';


export interface ListOrganizationsInput {
  q?: string;
  limit: number;
  cursor?: string;
}

/** One page of organisations in name order, each with its people count (one grouped query per page). */
export async function listOrganizations(db: Db, actor: Actor, input: ListOrganizationsInput) {
  const conditions = [eq(organizations.firmId, actor.firmId)];
  if (input.q?.trim()) conditions.push(sql`${organizations.searchText} like ${likePattern(input.q)}`);
  if (input.cursor) {
    const [name, id] = decodeKeyAndId(input.cursor);
    conditions.push(sql`(lower(${organizations.name}), ${organizations.id}) > (${name}, ${id}::uuid)`);
  }
  const { searchText: _search, ...columns } = getTableColumns(organizations);
  const rows = await db
    .select({ ...columns, sortKey: sql<string>`lower(${organizations.name})` })
    .from(organizations)
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${organizations.name})`), asc(organizations.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const counts = await loadPeopleCounts(db, actor.firmId, page.map((o) => o.id));
  const last = page[page.length - 1];
  return {
    items: page.map(({ sortKey: _, ...o }) => ({ ...o, peopleCount: counts.get(o.id) ?? 0 })),
    // The sort key comes from PostgreSQL's lower(), so the next page starts exactly where this one ended.
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.sortKey, last.id]) : null,
  };
}
