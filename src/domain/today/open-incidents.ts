/**
 * Today's open incidents: every incident of the firm not yet verified, oldest reported first, with the
 * next step of the response (the incidents area's rule). Firm-wide whatever the scope: a client's bad day
 * is everyone's business.
 * Reads the partial index incidents_open_idx (firm, reported_at) over unverified rows, in order.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { practiceLimits } from '../../common/practices.ts';
import type { Db } from '../../db/open-db.ts';
import { incidents, organizations, people } from '../../db/schema.ts';
import { nextStepOf, stepActions } from '../incidents/incident-steps.ts';
import { organizationOf, personOf, refColumns, refsOf, type TodayQuery } from './today-query.ts';

const i = incidents;

const open = (q: TodayQuery) => and(eq(i.firmId, q.firmId), isNull(i.verifiedAt));

/** The first `q.limit` open incidents, oldest first. */
export async function listOpenIncidents(db: Db, q: TodayQuery) {
  const rows = await db
    .select({
      id: i.id,
      title: i.title,
      reportedAt: i.reportedAt,
      acknowledgedAt: i.acknowledgedAt,
      acknowledgement: i.acknowledgement,
      explainedAt: i.explainedAt,
      explanation: i.explanation,
      preventionAt: i.preventionAt,
      prevention: i.prevention,
      verifiedAt: i.verifiedAt,
      verification: i.verification,
      ...refColumns,
    })
    .from(i)
    .leftJoin(people, personOf(i.firmId, i.personId))
    .leftJoin(organizations, organizationOf(i.firmId, i.organizationId))
    .where(open(q))
    .orderBy(asc(i.reportedAt), asc(i.id))
    .limit(q.limit);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    reportedAt: r.reportedAt,
    // Never null here: only unverified incidents are listed.
    nextStep: stepActions[nextStepOf(r)!],
    acknowledgedAt: r.acknowledgedAt,
    ...refsOf(r),
  }));
}

/** The open incidents, up to practiceLimits.todayCountMax rows (counted by the totals statement). */
export const countOpenIncidents = (db: Db, q: TodayQuery) => db.select({ one: sql`1` }).from(i).where(open(q)).limit(practiceLimits.todayCountMax);
