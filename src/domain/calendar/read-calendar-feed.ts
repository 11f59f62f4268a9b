/**
 * What a calendar feed's secret shows, without a session: the member's open follow-ups and the open
 * commitments they made for the firm (side "us"), due within feedDays of today — always scoped by the
 * feed's own firm. Unknown and revoked secrets read as null (the route answers a bare 404).
 */
import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { calendarFeeds, commitments, firms, followUps, members, needs, organizations, people } from '../../db/schema.ts';
import { hashSecret } from '../support/secrets.ts';
import { organizationOf, personOf, refColumns, refsOf } from '../today/today-query.ts';
import { feedDays, feedWindow, mergeByDueDay } from './feed-window.ts';

interface Owner {
  firmId: string;
  memberId: string;
}

async function findFeed(db: Db, secret: string) {
  const [row] = await db
    .select({ firmId: calendarFeeds.firmId, memberId: calendarFeeds.memberId, memberName: members.name, firmName: firms.name })
    .from(calendarFeeds)
    .innerJoin(members, and(eq(members.firmId, calendarFeeds.firmId), eq(members.id, calendarFeeds.memberId)))
    .innerJoin(firms, eq(firms.id, calendarFeeds.firmId))
    .where(and(eq(calendarFeeds.tokenHash, hashSecret(secret)), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  return row;
}

/** Open follow-ups the member owns, in the window (partial index follow_ups_open_due_idx). */
async function followUpsOf(db: Db, owner: Owner, days: { from: string; to: string }) {
  const f = followUps;
  const rows = await db
    .select({ id: f.id, content: f.content, dueOn: f.dueOn, version: f.version, updatedAt: f.updatedAt, ...refColumns })
    .from(f)
    .leftJoin(people, personOf(f.firmId, f.personId))
    .leftJoin(organizations, organizationOf(f.firmId, f.organizationId))
    .where(and(eq(f.firmId, owner.firmId), eq(f.memberId, owner.memberId), eq(f.status, 'open'), gte(f.dueOn, days.from), lte(f.dueOn, days.to)))
    .orderBy(asc(f.dueOn), asc(f.id))
    .limit(feedWindow.maxEvents);
  return rows.map((r) => ({ kind: 'follow-up' as const, id: r.id, what: r.content, dueOn: r.dueOn, version: r.version, updatedAt: r.updatedAt, need: null, ...refsOf(r) }));
}

/** Open commitments the member made for the firm, in the window (partial index commitments_member_open_due_idx). */
async function commitmentsOf(db: Db, owner: Owner, days: { from: string; to: string }) {
  const c = commitments;
  const rows = await db
    .select({
      id: c.id,
      description: c.description,
      dueOn: c.dueOn,
      version: c.version,
      updatedAt: c.updatedAt,
      needTitle: needs.title,
      ...refColumns,
    })
    .from(c)
    .leftJoin(people, personOf(c.firmId, c.personId))
    .leftJoin(organizations, organizationOf(c.firmId, c.organizationId))
    .leftJoin(needs, and(eq(needs.firmId, c.firmId), eq(needs.id, c.needId)))
    .where(
      and(
        eq(c.firmId, owner.firmId),
        eq(c.memberId, owner.memberId),
        eq(c.side, 'us'),
        eq(c.status, 'open'),
        gte(c.dueOn, days.from),
        lte(c.dueOn, days.to),
      ),
    )
    .orderBy(asc(c.dueOn), asc(c.id))
    .limit(feedWindow.maxEvents);
  return rows.map((r) => ({ kind: 'commitment' as const, id: r.id, what: r.description, dueOn: r.dueOn, version: r.version, updatedAt: r.updatedAt, need: r.needTitle, ...refsOf(r) }));
}

export type CalendarItem = Awaited<ReturnType<typeof followUpsOf>>[number] | Awaited<ReturnType<typeof commitmentsOf>>[number];

/** The feed's owner and items, or null when the secret is unknown or revoked. */
export async function readCalendarFeed(db: Db, secret: string, today: string) {
  const feed = await findFeed(db, secret);
  if (!feed) return null;
  const days = feedDays(today);
  const items: CalendarItem[] = mergeByDueDay<CalendarItem>([await followUpsOf(db, feed, days), await commitmentsOf(db, feed, days)]);
  return { member: { name: feed.memberName }, firm: { name: feed.firmName }, items };
}
