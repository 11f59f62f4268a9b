/**
 * An incident as it is shown: the row, the names of the client records it concerns, and (for a single
 * read) the commitment its prevention step created. Lists and single reads share the query.
 */
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { commitments, incidents, needs, organizations, people } from '../../db/schema.ts';

export type IncidentRow = typeof incidents.$inferSelect;

export interface IncidentView extends IncidentRow {
  person: { id: string; fullName: string } | null;
  organization: { id: string; name: string } | null;
  need: { id: string; title: string } | null;
}

/** The firm's incidents with the names of their links, plus `reportedKey` (reported_at to the microsecond, UTC) for cursors. */
export function selectIncidents(db: Db) {
  return db
    .select({
      ...getTableColumns(incidents),
      personName: people.fullName,
      organizationName: organizations.name,
      needTitle: needs.title,
      reportedKey: sql<string>`to_char(${incidents.reportedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(incidents)
    .leftJoin(people, and(eq(people.firmId, incidents.firmId), eq(people.id, incidents.personId)))
    .leftJoin(organizations, and(eq(organizations.firmId, incidents.firmId), eq(organizations.id, incidents.organizationId)))
    .leftJoin(needs, and(eq(needs.firmId, incidents.firmId), eq(needs.id, incidents.needId)))
    .$dynamic();
}

export type SelectedIncident = Awaited<ReturnType<ReturnType<typeof selectIncidents>['execute']>>[number];

export function toView({ personName, organizationName, needTitle, reportedKey: _, ...row }: SelectedIncident): IncidentView {
  return {
    ...row,
    person: row.personId && personName !== null ? { id: row.personId, fullName: personName } : null,
    organization: row.organizationId && organizationName !== null ? { id: row.organizationId, name: organizationName } : null,
    need: row.needId && needTitle !== null ? { id: row.needId, title: needTitle } : null,
  };
}

/** The id of the commitment the incident's prevention step created, if any. */
export async function preventionCommitmentId(db: Db, firmId: string, incidentId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: commitments.id })
    .from(commitments)
    .where(and(eq(commitments.firmId, firmId), eq(commitments.incidentId, incidentId)))
    .orderBy(asc(commitments.createdAt), asc(commitments.id))
    .limit(1);
  return row?.id ?? null;
}
