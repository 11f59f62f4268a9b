/**
 * Lists and searches the firm's people by name, page by page. Keyset pagination on (lower(name), id)
 * keeps the hundredth page as fast as the first; search uses the trigram index on name and emails.
 */
import { and, asc, eq, exists, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { affiliations, people } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { decodeKeyAndId, encodeCursor, likePattern } from '../shared/cursor.ts';
import { loadAffiliations } from './person-affiliations.ts';

export interface ListPeopleInput {
  q?: string;
  organizationId?: string;
  limit: number;
  cursor?: string;
}

export async function listPeople(db: Db, actor: Actor, input: ListPeopleInput) {
  const conditions = [eq(people.firmId, actor.firmId)];
  if (input.q?.trim()) conditions.push(sql`${people.searchText} like ${likePattern(input.q)}`);
  if (input.organizationId) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(affiliations)
          .where(
            and(
              eq(affiliations.firmId, people.firmId),
              eq(affiliations.personId, people.id),
              eq(affiliations.organizationId, input.organizationId),
            ),
          ),
      ),
    );
  }
  if (input.cursor) {
    const [name, id] = decodeKeyAndId(input.cursor);
    conditions.push(sql`(lower(${people.fullName}), ${people.id}) > (${name}, ${id}::uuid)`);
  }
  const rows = await db
    .select({ ...getTableColumns(people), sortKey: sql<string>`lower(${people.fullName})` })
    .from(people)
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${people.fullName})`), asc(people.id))
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
