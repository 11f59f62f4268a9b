/**
 * Today's "losing touch": people of the firm with a stay-in-touch cadence and no conversation within it
 * (rule: losing-touch.ts), longest overdue first. Firm-wide: a relationship is the firm's, whoever held it.
 * Reads the partial index people_cadence_idx (people with a cadence only) and, per person, one step of
 * conversation_people_timeline_idx for the last conversation (a lateral join, evaluated once per person).
 */
import { and, asc, eq, isNotNull, lt, sql } from 'drizzle-orm';
import { utcDay } from '../../common/days.ts';
import type { Db } from '../../db/open-db.ts';
import { people } from '../../db/schema.ts';
import { lastConversation } from '../people/last-conversation.ts';
import { toCount } from '../support/rows.ts';
import { cadenceStanding } from './losing-touch.ts';
import type { TodayQuery } from './today-query.ts';

/**
 * People with a cadence, their last conversation as of the day, and the condition that they are losing
 * touch: the rule of losing-touch.ts in SQL (the UTC day of the last conversation, or of the person's
 * creation, plus the cadence, is before the day), so the database filters, orders and limits.
 */
function losingTouch(db: Db, q: TodayQuery) {
  const last = lastConversation(db, people.firmId, people.id, q.date).as('last');
  const dueOn = sql`(coalesce((${last.at} at time zone 'UTC')::date, (${people.createdAt} at time zone 'UTC')::date) + ${people.stayInTouchDays})`;
  const where = and(eq(people.firmId, q.firmId), isNotNull(people.stayInTouchDays), lt(dueOn, sql`${q.date}::date`));
  return { last, dueOn, where };
}

/**
 * The first `q.limit` people losing touch, the longest overdue first, and how many there are in all —
 * counted in the same statement (`count(*) over ()` sees every row before the limit), because each person
 * costs a probe of their timeline and counting separately would probe them all twice.
 */
export async function listPeopleLosingTouch(db: Db, q: TodayQuery) {
  const { last, dueOn, where } = losingTouch(db, q);
  const rows = await db
    .select({
      id: people.id,
      fullName: people.fullName,
      everyDays: people.stayInTouchDays,
      createdAt: people.createdAt,
      lastAt: last.at,
      total: sql<number | string>`count(*) over ()`,
    })
    .from(people)
    .leftJoinLateral(last, sql`true`)
    .where(where)
    .orderBy(asc(dueOn), asc(sql`lower(${people.fullName})`), asc(people.id))
    .limit(q.limit);
  const items = rows.map((r) => {
    const everyDays = r.everyDays!;
    const standing = cadenceStanding({ everyDays, lastConversationDay: r.lastAt && utcDay(r.lastAt), cadenceSince: utcDay(r.createdAt) }, q.date);
    return {
      person: { id: r.id, fullName: r.fullName },
      everyDays,
      lastConversationAt: r.lastAt,
      daysSinceLastConversation: standing.daysSinceLastConversation,
      overdueDays: standing.overdueDays,
    };
  });
  return { items, total: toCount(rows[0]?.total) };
}
