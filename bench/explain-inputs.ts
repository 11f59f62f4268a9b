/** Chooses which requests to EXPLAIN after the load, so the plans shown are the telling ones. */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/open-db.ts';
import { queryRows, toCount } from '../src/domain/support/rows.ts';
import type { EndpointName, EndpointResult } from './bench-results.ts';
import type { Actor } from '../src/domain/actor.ts';
import { commitmentsCase, listCase, needsCase, reliabilityCase, searchCase, timelineCase, todayCase, type ExplainCaseInput } from './explain.ts';
import type { Pools } from './pools.ts';

/** Picks what to EXPLAIN: a typical and the busiest person, the slowest searches seen, first and deep list pages. */
export async function explainInputs(db: Db, firmId: string, pools: Pools, endpoints: EndpointResult[]): Promise<ExplainCaseInput[]> {
  const qOf = (path: string) => new URL(path, 'http://x').searchParams.get('q') ?? '';
  const cursorOf = (path: string) => new URL(path, 'http://x').searchParams.get('cursor') ?? undefined;
  const personOf = (path: string) => path.split('/')[4]!;
  const [busiest] = await queryRows<{ person_id: string; n: unknown }>(
    db,
    sql`select person_id, count(*) as n from conversation_people where firm_id = ${firmId} group by person_id order by count(*) desc limit 1`,
  );
  const slowest = (name: EndpointName) => endpoints.find((e) => e.name === name)?.slowest[0]?.path;
  const cases: ExplainCaseInput[] = [timelineCase('a random person', personOf(pools.timeline[0]!))];
  if (busiest) cases.push(timelineCase(`the busiest person (${toCount(busiest.n).toLocaleString('en')} conversations)`, busiest.person_id));
  const slowSearch = slowest('search');
  if (slowSearch) cases.push(searchCase(`q=${qOf(slowSearch)} (slowest search in the run)`, qOf(slowSearch)));
  const q0 = qOf(pools.search[0]!);
  if (!slowSearch || qOf(slowSearch) !== q0) cases.push(searchCase(`q=${q0} (first of the pool)`, q0));
  cases.push(listCase('first page'));
  const slowList = slowest('list');
  const deep = slowList && cursorOf(slowList) ? slowList : pools.list[0]!;
  cases.push(listCase('a page after a cursor (slowest list request in the run)', cursorOf(deep)));
  return cases;
}

/** Picks the practice requests to EXPLAIN: both Todays, reliability, and the first and slowest pages of the two lists. */
export function practiceExplainInputs(member: Actor, endpoints: EndpointResult[]): ExplainCaseInput[] {
  const cursorOf = (path: string | undefined) => (path ? (new URL(path, 'http://x').searchParams.get('cursor') ?? undefined) : undefined);
  const slowestCursor = (name: EndpointName) => cursorOf(endpoints.find((e) => e.name === name)?.slowest.find((s) => s.path.includes('cursor='))?.path);
  const cases = [
    todayCase('the busiest member', member, 'mine'),
    todayCase('the firm', member, 'firm'),
    reliabilityCase('the firm, 12 months', member),
    needsCase('first page', member),
    commitmentsCase('first page', member),
  ];
  const needsCursor = slowestCursor('needs');
  if (needsCursor) cases.push(needsCase('a page after a cursor (slowest in the run)', member, needsCursor));
  const commitmentsCursor = slowestCursor('commitments');
  if (commitmentsCursor) cases.push(commitmentsCase('a page after a cursor (slowest in the run)', member, commitmentsCursor));
  return cases;
}
