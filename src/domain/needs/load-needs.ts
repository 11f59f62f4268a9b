/**
 * A need as the screens use it: the row with its organisation, people, lead, current statement, journey
 * and derived health. Loaded for one need or a whole page with a fixed number of queries.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open-db.ts';
import { members, needPeople, needs, organizations, people } from '../../db/schema.ts';
import { journeyHealthOf, type JourneyHealthResult } from './journey-health.ts';
import { loadJourneys, type StepView } from './load-journey.ts';
import { loadStatements, type StatementView } from './load-statements.ts';
import type { NeedRow } from './lock-need.ts';

export interface NeedView {
  need: NeedRow;
  organization: { id: string; name: string } | null;
  lead: { id: string; name: string } | null;
  outcomeRecorder: { id: string; name: string } | null;
  people: { id: string; fullName: string }[];
  currentStatement: StatementView | null;
  /** Every step for one need; for a list, only the steps that decide its health. */
  journey: StepView[];
  /** Null once the need is closed: a closed need has no journey to be late on. */
  health: JourneyHealthResult | null;
}

const lead = alias(members, 'lead');
const recorder = alias(members, 'recorder');

/** The need rows with their organisation, lead and outcome recorder; callers add where, order and limit. */
export function selectNeeds(db: Db) {
  return db
    .select({
      need: needs,
      organization: { id: organizations.id, name: organizations.name },
      lead: { id: lead.id, name: lead.name },
      outcomeRecorder: { id: recorder.id, name: recorder.name },
      /** created_at as PostgreSQL holds it (microseconds, UTC): the keyset cursor's key. */
      sortKey: sql<string>`to_char(${needs.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(needs)
    .leftJoin(organizations, and(eq(organizations.firmId, needs.firmId), eq(organizations.id, needs.organizationId)))
    .leftJoin(lead, and(eq(lead.firmId, needs.firmId), eq(lead.id, needs.leadMemberId)))
    .leftJoin(recorder, and(eq(recorder.firmId, needs.firmId), eq(recorder.id, needs.outcomeBy)))
    .$dynamic();
}

export type BaseRow = Awaited<ReturnType<ReturnType<typeof selectNeeds>['execute']>>[number];

async function loadPeople(db: Db, firmId: string, needIds: string[]) {
  const byNeed = new Map<string, { id: string; fullName: string }[]>(needIds.map((id) => [id, []]));
  if (needIds.length === 0) return byNeed;
  const rows = await db
    .select({ needId: needPeople.needId, id: people.id, fullName: people.fullName })
    .from(needPeople)
    .innerJoin(people, and(eq(people.firmId, needPeople.firmId), eq(people.id, needPeople.personId)))
    .where(and(eq(needPeople.firmId, firmId), inArray(needPeople.needId, needIds)))
    .orderBy(asc(people.fullName), asc(people.id));
  for (const { needId, ...person } of rows) byNeed.get(needId)?.push(person);
  return byNeed;
}

/** Completes base rows into NeedViews, keeping their order; health is judged on `today`. */
export async function completeNeeds(db: Db, firmId: string, rows: BaseRow[], today: string, journey: 'all' | 'open'): Promise<NeedView[]> {
  const ids = rows.map((r) => r.need.id);
  const peopleByNeed = await loadPeople(db, firmId, ids);
  const statements = await loadStatements(db, firmId, ids, 'latest');
  const journeys = await loadJourneys(db, firmId, ids, today, journey);
  return rows.map(({ sortKey: _, ...row }) => {
    const steps = journeys.get(row.need.id) ?? [];
    return {
      ...row,
      people: peopleByNeed.get(row.need.id) ?? [],
      currentStatement: statements.get(row.need.id)?.[0] ?? null,
      journey: steps,
      health: row.need.outcome ? null : journeyHealthOf(steps, today),
    };
  });
}
