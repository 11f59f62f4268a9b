/**
 * Today's follow-ups: open ones due on or before the day, oldest first — the member's own (scope mine) or
 * the firm's. Reads the partial index follow_ups_open_due_idx (firm, member, due_on) over open rows.
 */
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { daysBetween } from '../../common/days.ts';
import { practiceLimits } from '../../common/practices.ts';
import type { Db } from '../../db/open-db.ts';
import { followUps, members, organizations, people } from '../../db/schema.ts';
import { memberColumns, memberOf, memberRefOf, organizationOf, personOf, refColumns, refsOf, type TodayQuery } from './today-query.ts';

const f = followUps;

function due(q: TodayQuery) {
  return and(eq(f.firmId, q.firmId), eq(f.status, 'open'), lte(f.dueOn, q.date), q.scope === 'mine' ? eq(f.memberId, q.memberId) : undefined);
}

/** The first `q.limit` follow-ups due, each with who it is for and how many days it is late. */
export async function listFollowUpsDue(db: Db, q: TodayQuery) {
  const rows = await db
    .select({
      id: f.id,
      content: f.content,
      dueOn: f.dueOn,
      conversationId: f.conversationId,
      version: f.version,
      ...memberColumns,
      ...refColumns,
    })
    .from(f)
    .leftJoin(people, personOf(f.firmId, f.personId))
    .leftJoin(organizations, organizationOf(f.firmId, f.organizationId))
    .leftJoin(members, memberOf(f.firmId, f.memberId))
    .where(due(q))
    .orderBy(asc(f.dueOn), asc(f.createdAt), asc(f.id))
    .limit(q.limit);
  return rows.map((r) => ({
    id: r.id,
    content: r.content,
    dueOn: r.dueOn,
    daysOverdue: daysBetween(r.dueOn, q.date),
    member: memberRefOf(r),
    ...refsOf(r),
    conversationId: r.conversationId,
    version: r.version,
  }));
}

/** The follow-ups due, up to practiceLimits.todayCountMax rows (counted by the totals statement). */
export const countFollowUpsDue = (db: Db, q: TodayQuery) => db.select({ one: sql`1` }).from(f).where(due(q)).limit(practiceLimits.todayCountMax);
