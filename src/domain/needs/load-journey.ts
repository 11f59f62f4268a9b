/** Reads the steps of needs' decision journeys in the client's order, with owners and how overdue each is. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { journeySteps, members, people } from '../../db/schema.ts';
import { daysOverdueOf } from './journey-health.ts';

export type JourneyStepRow = typeof journeySteps.$inferSelect;

export interface StepView extends JourneyStepRow {
  ownerPerson: { id: string; fullName: string } | null;
  ownerMember: { id: string; name: string } | null;
  /** Days past the client's date on the day asked about; null when not overdue, done, skipped or undated. */
  daysOverdue: number | null;
}

/** What counts for journey health: open steps with a date (the partial index journey_steps_open_target_idx). */
const openWithDate = sql`${journeySteps.status} in ('planned', 'in_progress') and ${journeySteps.targetOn} is not null`;

/** The steps of several needs by need, in position order: all of them, or only those that count for health. */
export async function loadJourneys(
  db: Db,
  firmId: string,
  needIds: string[],
  today: string,
  which: 'all' | 'open',
): Promise<Map<string, StepView[]>> {
  const byNeed = new Map<string, StepView[]>(needIds.map((id) => [id, []]));
  if (needIds.length === 0) return byNeed;
  const s = journeySteps;
  const rows = await db
    .select({ step: s, ownerPerson: { id: people.id, fullName: people.fullName }, ownerMember: { id: members.id, name: members.name } })
    .from(s)
    .leftJoin(people, and(eq(people.firmId, s.firmId), eq(people.id, s.ownerPersonId)))
    .leftJoin(members, and(eq(members.firmId, s.firmId), eq(members.id, s.ownerMemberId)))
    .where(and(eq(s.firmId, firmId), inArray(s.needId, needIds), which === 'open' ? openWithDate : undefined))
    .orderBy(asc(s.needId), asc(s.position), asc(s.createdAt));
  for (const { step, ownerPerson, ownerMember } of rows) {
    byNeed.get(step.needId)?.push({ ...step, ownerPerson, ownerMember, daysOverdue: daysOverdueOf(step, today) });
  }
  return byNeed;
}

/** One need's whole journey, in order. */
export async function loadJourney(db: Db, firmId: string, needId: string, today: string): Promise<StepView[]> {
  return (await loadJourneys(db, firmId, [needId], today, 'all')).get(needId) ?? [];
}
