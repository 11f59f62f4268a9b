/**
 * Today's commitments: open ones, ours and theirs, due on or before the day plus
 * practiceLimits.commitmentsAheadDays — overdue first. Scope mine: those the member promised or looks
 * after. Reads the partial index commitments_open_due_idx (firm, due_on) over open rows, in order.
 */
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { addDays, daysBetween } from '../../common/days.ts';
import { practiceLimits } from '../../common/practices.ts';
import type { Db } from '../../db/open-db.ts';
import { commitments, members, needs, organizations, people } from '../../db/schema.ts';
import { memberColumns, memberOf, memberRefOf, organizationOf, personOf, refColumns, refsOf, type TodayQuery } from './today-query.ts';

const c = commitments;

function due(q: TodayQuery) {
  return and(
    eq(c.firmId, q.firmId),
    eq(c.status, 'open'),
    lte(c.dueOn, addDays(q.date, practiceLimits.commitmentsAheadDays)),
    q.scope === 'mine' ? eq(c.memberId, q.memberId) : undefined,
  );
}

/** The first `q.limit` commitments due; daysOverdue is negative for the days still left. */
export async function listCommitmentsDue(db: Db, q: TodayQuery) {
  const rows = await db
    .select({
      id: c.id,
      side: c.side,
      description: c.description,
      dueOn: c.dueOn,
      version: c.version,
      needId: needs.id,
      needTitle: needs.title,
      ...memberColumns,
      ...refColumns,
    })
    .from(c)
    .leftJoin(people, personOf(c.firmId, c.personId))
    .leftJoin(organizations, organizationOf(c.firmId, c.organizationId))
    .leftJoin(needs, and(eq(needs.firmId, c.firmId), eq(needs.id, c.needId)))
    .leftJoin(members, memberOf(c.firmId, c.memberId))
    .where(due(q))
    .orderBy(asc(c.dueOn), asc(c.createdAt), asc(c.id))
    .limit(q.limit);
  return rows.map((r) => ({
    id: r.id,
    side: r.side,
    description: r.description,
    dueOn: r.dueOn,
    daysOverdue: daysBetween(r.dueOn, q.date),
    member: memberRefOf(r),
    ...refsOf(r),
    need: r.needId ? { id: r.needId, title: r.needTitle! } : null,
    version: r.version,
  }));
}

/** The commitments due, up to practiceLimits.todayCountMax rows (counted by the totals statement). */
export const countCommitmentsDue = (db: Db, q: TodayQuery) => db.select({ one: sql`1` }).from(c).where(due(q)).limit(practiceLimits.todayCountMax);
