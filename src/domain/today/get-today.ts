/**
 * The Today page: what needs the member's attention on their calendar day — follow-ups due, commitments
 * due (both ways), open incidents, open loops, journeys at risk and people losing touch — each list capped
 * at practiceLimits.todayListMax, with the count of each (exact up to practiceLimits.todayCountMax). One
 * read-only snapshot (repeatable read),
 * so the lists and their totals agree: six list statements (losing touch counts itself as it lists) and one
 * statement for the other five counts.
 */
import { sql } from 'drizzle-orm';
import { practiceLimits } from '../../common/practices.ts';
import type { Db } from '../../db/open-db.ts';
import type { Actor } from '../actor.ts';
import { queryRows, toCount } from '../support/rows.ts';
import { countCommitmentsDue, listCommitmentsDue } from './commitments-due.ts';
import { countFollowUpsDue, listFollowUpsDue } from './follow-ups-due.ts';
import { countJourneysAtRisk, listJourneysAtRisk } from './journeys-at-risk.ts';
import { countOpenIncidents, listOpenIncidents } from './open-incidents.ts';
import { countOpenLoops, listOpenLoops } from './open-loops.ts';
import { listPeopleLosingTouch } from './people-losing-touch.ts';
import type { TodayQuery, TodayScope } from './today-query.ts';

export interface GetTodayInput {
  /** The caller's calendar day (YYYY-MM-DD). */
  date: string;
  scope: TodayScope;
}

export type Today = Awaited<ReturnType<typeof getToday>>;

/** Everything on Today for the actor, as of `input.date`. */
export async function getToday(db: Db, actor: Actor, input: GetTodayInput) {
  const q: TodayQuery = { firmId: actor.firmId, memberId: actor.memberId, date: input.date, scope: input.scope, limit: practiceLimits.todayListMax };
  return db.transaction(
    async (tx) => {
      const followUpsDue = await listFollowUpsDue(tx, q);
      const commitmentsDue = await listCommitmentsDue(tx, q);
      const openIncidents = await listOpenIncidents(tx, q);
      const openLoops = await listOpenLoops(tx, q);
      const losingTouch = await listPeopleLosingTouch(tx, q);
      const journeysAtRisk = await listJourneysAtRisk(tx, q);
      const totals: TodayTotals = { ...(await countAll(tx, q)), losingTouch: losingTouch.total };
      return { date: input.date, followUpsDue, commitmentsDue, openIncidents, openLoops, losingTouch: losingTouch.items, journeysAtRisk, totals };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * Each list's rows to count, by the list's key in the response (losing touch counts itself). Each stops at
 * practiceLimits.todayCountMax: "1000+" open loops says enough, and counting a big firm's every open loop
 * would cost more than the rest of Today together.
 */
const counters = {
  followUpsDue: countFollowUpsDue,
  commitmentsDue: countCommitmentsDue,
  openIncidents: countOpenIncidents,
  openLoops: countOpenLoops,
  journeysAtRisk: countJourneysAtRisk,
} as const;
type CountedTotals = Record<keyof typeof counters, number>;
type TodayTotals = CountedTotals & { losingTouch: number };

/** The size of each of those lists (up to the cap), in one statement. */
async function countAll(db: Db, q: TodayQuery): Promise<CountedTotals> {
  const keys = Object.keys(counters) as (keyof typeof counters)[];
  const columns = keys.map((key) => sql`(select count(*) from (${counters[key](db, q)}) as rows) as ${sql.identifier(key)}`);
  const [row] = await queryRows<Record<string, unknown>>(db, sql`select ${sql.join(columns, sql`, `)}`);
  return Object.fromEntries(keys.map((key) => [key, toCount(row?.[key])])) as CountedTotals;
}
