/**
 * Today's open loops: conversations of the last practiceLimits.openLoopDays days (up to the end of the day)
 * with no close-out yet, newest first — those the member took part in (scope mine) or the firm's. A range
 * scan of conversations_occurred_idx bounded by the window (the firm's), or of the member's
 * conversation_members_timeline_idx (mine); close_outs are primary-key probes.
 */
import { and, eq, gte, inArray, lt, notExists, sql, type AnyColumn } from 'drizzle-orm';
import { addDays } from '../../common/days.ts';
import { practiceLimits } from '../../common/practices.ts';
import type { Db } from '../../db/open-db.ts';
import { closeOuts, conversationMembers, conversationPeople, conversations, people } from '../../db/schema.ts';
import { endOfDay } from '../people/last-conversation.ts';
import type { PersonRef, TodayQuery } from './today-query.ts';

const c = conversations;

/** Matches the index, declared DESC NULLS LAST (a plain DESC would make PostgreSQL sort instead). */
const newestFirst = (column: AnyColumn) => sql`${column} desc nulls last`;

function open(db: Db, q: TodayQuery) {
  const from = new Date(`${addDays(q.date, -practiceLimits.openLoopDays)}T00:00:00Z`);
  const to = new Date(endOfDay(q.date));
  const m = conversationMembers;
  return and(
    eq(c.firmId, q.firmId),
    gte(c.occurredAt, from),
    lt(c.occurredAt, to),
    notExists(db.select({ one: sql`1` }).from(closeOuts).where(and(eq(closeOuts.firmId, c.firmId), eq(closeOuts.conversationId, c.id)))),
    // The member's conversations in the window: a range of conversation_members_timeline_idx, never their whole history.
    q.scope === 'mine'
      ? inArray(
          c.id,
          db
            .select({ id: m.conversationId })
            .from(m)
            .where(and(eq(m.firmId, q.firmId), eq(m.memberId, q.memberId), gte(m.occurredAt, from), lt(m.occurredAt, to))),
        )
      : undefined,
  );
}

/** The conversation's people by name, as one JSON array (so the list stays one statement). */
function peopleOf(db: Db) {
  const cp = conversationPeople;
  const list = db
    .select({
      list: sql`coalesce(json_agg(json_build_object('id', ${people.id}, 'fullName', ${people.fullName}) order by lower(${people.fullName}), ${people.id}), '[]'::json)`,
    })
    .from(cp)
    .innerJoin(people, and(eq(people.firmId, cp.firmId), eq(people.id, cp.personId)))
    .where(and(eq(cp.firmId, c.firmId), eq(cp.conversationId, c.id)));
  return sql<PersonRef[]>`(${list})`;
}

/** The first `q.limit` open loops, newest first, each with the people it was with. */
export async function listOpenLoops(db: Db, q: TodayQuery) {
  return db
    .select({ conversationId: c.id, occurredAt: c.occurredAt, channel: c.channel, summary: c.summary, people: peopleOf(db) })
    .from(c)
    .where(open(db, q))
    .orderBy(newestFirst(c.occurredAt), newestFirst(c.id))
    .limit(q.limit);
}

/** The open loops, up to practiceLimits.todayCountMax rows (counted by the totals statement). */
export const countOpenLoops = (db: Db, q: TodayQuery) => db.select({ one: sql`1` }).from(c).where(open(db, q)).limit(practiceLimits.todayCountMax);
