/** How many people currently belong to each organisation, counted for a whole page at once. */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { affiliations } from '../../db/schema.ts';
import { toCount } from '../support/rows.ts';

/** One grouped query for any number of organisations (never one query per row). */
export async function loadPeopleCounts(db: Db, firmId: string, organizationIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(organizationIds.map((id) => [id, 0]));
  if (organizationIds.length === 0) return counts;
  const rows = await db
    .select({ organizationId: affiliations.organizationId, people: count() })
    .from(affiliations)
    .where(and(eq(affiliations.firmId, firmId), inArray(affiliations.organizationId, organizationIds)))
    .groupBy(affiliations.organizationId);
  for (const row of rows) counts.set(row.organizationId, toCount(row.people));
  return counts;
}
