/**
 * Lists and searches the firm's people by name, page by page. Keyset pagination on (lower(name), id)
 * keeps the hundredth page as fast as the first; search uses the trigram index on name and emails.
 */
import { and, asc, eq, exists, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { affiliations, people } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { decodeKeyAndId, encodeCursor, likePattern } from '../support/cursor.ts';
import { loadAffiliations } from './person-affiliations.ts';

export interface ListPeopleInput {
  q?: string;
  organizationId?: string;
  limit: number;
  cursor?: string;
}

/** Below three characters a trigram index cannot help, and short fragments match many names anyway. */
const TRIGRAM_MIN = 3;

export async function listPeople(db: Db, actor: Actor, input: ListPeopleInput) {
  const q = input.q?.trim() ?? '';
  const inFirm = eq(people.firmId, actor.firmId);
  const matching = q ? sql`${people.searchText} like ${likePattern(q)}` : undefined;
  // For a real search, collect the matches first (trigram index) and sort only them. Left to itself the
  // planner often walks the name index filtering every row, reading most of the firm for a rare name
  // (measured: "yasmi" on 100k people, 77.7 ms → 5.0 ms). A subquery with a LIMIT is planned on its own
  // (drizzle omits OFFSET 0, the usual fence); no firm has that many matches, so it never truncates.
  // Its alias is "people" so the table's columns selected below name the subquery's columns.
  const source =
    q.length >= TRIGRAM_MIN
      ? db.select().from(people).where(and(inFirm, matching)).limit(Number.MAX_SAFE_INTEGER).as('people')
      : people;
  const conditions: (SQL | undefined)[] = source === people ? [inFirm, matching] : [];
  if (input.organizationId) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(affiliations)
          .where(
            and(
              eq(affiliations.firmId, source.firmId),
              eq(affiliations.personId, source.id),
              eq(affiliations.organizationId, input.organizationId),
            ),
          ),
      ),
    );
  }
  if (input.cursor) {
    const [name, id] = decodeKeyAndId(input.cursor);
    conditions.push(sql`(lower(${source.fullName}), ${source.id}) > (${name}, ${id}::uuid)`);
  }
  const rows = await db
    .select({ ...getTableColumns(people), sortKey: sql<string>`lower(${source.fullName})` })
    .from(source)
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${source.fullName})`), asc(source.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const byPerson = await loadAffiliations(db, actor.firmId, page.map((p) => p.id));
  const last = page[page.length - 1];
  return {
    items: page.map(({ sortKey: _, ...p }) => ({ ...p, affiliations: byPerson.get(p.id) ?? [] })),
    // The sort key comes from PostgreSQL's lower(), so the next page starts exactly where this one ended.
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.sortKey, last.id]) : null,
  };
}
