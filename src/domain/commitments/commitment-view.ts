/**
 * A commitment as it is shown: the row, the names of what it links to, its renegotiation history and its
 * standing today. Lists and single reads share this query, so they never disagree.
 */
import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { commitmentRenegotiations, commitments, members, needs, organizations, people } from '../../db/schema.ts';
import { standingOf, type CommitmentStanding } from './commitment-standing.ts';

export type CommitmentRow = typeof commitments.$inferSelect;

export interface Renegotiation {
  fromDueOn: string;
  toDueOn: string;
  reason: string;
  createdAt: Date;
  createdBy: { id: string; name: string } | null;
}

export interface CommitmentView extends CommitmentRow {
  member: { id: string; name: string } | null;
  person: { id: string; fullName: string } | null;
  organization: { id: string; name: string } | null;
  need: { id: string; title: string } | null;
  standing: CommitmentStanding;
  renegotiations: Renegotiation[];
}

/**
 * The commitments of a firm with the names of their links (left joins on the composite keys), plus
 * `createdKey`: created_at as PostgreSQL holds it (microseconds, UTC), for keyset cursors.
 */
export function selectCommitments(db: Db) {
  return db
    .select({
      ...getTableColumns(commitments),
      memberName: members.name,
      personName: people.fullName,
      organizationName: organizations.name,
      needTitle: needs.title,
      createdKey: sql<string>`to_char(${commitments.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(commitments)
    .leftJoin(members, and(eq(members.firmId, commitments.firmId), eq(members.id, commitments.memberId)))
    .leftJoin(people, and(eq(people.firmId, commitments.firmId), eq(people.id, commitments.personId)))
    .leftJoin(organizations, and(eq(organizations.firmId, commitments.firmId), eq(organizations.id, commitments.organizationId)))
    .leftJoin(needs, and(eq(needs.firmId, commitments.firmId), eq(needs.id, commitments.needId)))
    .$dynamic();
}

export type SelectedCommitment = Awaited<ReturnType<ReturnType<typeof selectCommitments>['execute']>>[number];

/** Each commitment's renegotiations, oldest first: one query for a whole page. */
async function loadRenegotiations(db: Db, firmId: string, ids: string[]): Promise<Map<string, Renegotiation[]>> {
  const byCommitment = new Map<string, Renegotiation[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byCommitment;
  const r = commitmentRenegotiations;
  const rows = await db
    .select({ commitmentId: r.commitmentId, fromDueOn: r.fromDueOn, toDueOn: r.toDueOn, reason: r.reason, createdAt: r.createdAt, memberId: members.id, memberName: members.name })
    .from(r)
    .leftJoin(members, and(eq(members.firmId, r.firmId), eq(members.id, r.createdBy)))
    .where(and(eq(r.firmId, firmId), inArray(r.commitmentId, ids)))
    .orderBy(asc(r.createdAt), asc(r.id));
  for (const { commitmentId, memberId, memberName, ...rest } of rows) {
    byCommitment.get(commitmentId)?.push({ ...rest, createdBy: memberId && memberName ? { id: memberId, name: memberName } : null });
  }
  return byCommitment;
}

/** Rows → views, keeping their order: links named, history attached, standing computed for `today`. */
export async function toViews(db: Db, firmId: string, rows: SelectedCommitment[], today: string): Promise<CommitmentView[]> {
  const history = await loadRenegotiations(db, firmId, rows.map((r) => r.id));
  return rows.map(({ memberName, personName, organizationName, needTitle, createdKey: _, ...row }) => ({
    ...row,
    member: row.memberId && memberName !== null ? { id: row.memberId, name: memberName } : null,
    person: row.personId && personName !== null ? { id: row.personId, fullName: personName } : null,
    organization: row.organizationId && organizationName !== null ? { id: row.organizationId, name: organizationName } : null,
    need: row.needId && needTitle !== null ? { id: row.needId, title: needTitle } : null,
    standing: standingOf(row, today),
    renegotiations: history.get(row.id) ?? [],
  }));
}
