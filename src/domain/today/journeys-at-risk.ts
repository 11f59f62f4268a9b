/**
 * Today's journeys at risk or stalled: open needs (no outcome yet) with an open step past the client's
 * date, most overdue first; health by the needs area's rule (needs/journey-health.ts: 1–6 days past →
 * at risk, 7 or more → stalled). Firm-wide. Reads the partial index journey_steps_open_target_idx
 * (firm, target_on) over open, dated steps, for target_on before the day only.
 */
import { and, asc, eq, inArray, isNotNull, isNull, lt } from 'drizzle-orm';
import { practiceLimits, type JourneyHealth } from '../../common/practices.ts';
import type { Db } from '../../db/open-db.ts';
import { journeySteps, needs, organizations } from '../../db/schema.ts';
import { journeyHealthOf } from '../needs/journey-health.ts';
import { organizationOf, type TodayQuery } from './today-query.ts';

const s = journeySteps;

export type JourneyAtRiskHealth = Exclude<JourneyHealth, 'on_track'>;

/** Open, dated steps past their date on the day, of needs still open. */
function overdueSteps(q: TodayQuery) {
  return and(
    eq(s.firmId, q.firmId),
    inArray(s.status, ['planned', 'in_progress']),
    isNotNull(s.targetOn),
    lt(s.targetOn, q.date),
    isNull(needs.outcome),
  );
}
const ofNeed = and(eq(needs.firmId, s.firmId), eq(needs.id, s.needId));

/** The first `q.limit` needs whose journey is at risk or stalled, each with the step that decides it. */
export async function listJourneysAtRisk(db: Db, q: TodayQuery) {
  // Per need, its most overdue open step (the first in journey order among equals), as the needs' rule picks it.
  const worst = db
    .selectDistinctOn([s.needId], { needId: s.needId, stepId: s.id, stepTitle: s.title, status: s.status, targetOn: s.targetOn, position: s.position })
    .from(s)
    .innerJoin(needs, ofNeed)
    .where(overdueSteps(q))
    .orderBy(asc(s.needId), asc(s.targetOn), asc(s.position))
    .as('worst');
  const rows = await db
    .select({
      needId: worst.needId,
      title: needs.title,
      stepId: worst.stepId,
      stepTitle: worst.stepTitle,
      status: worst.status,
      targetOn: worst.targetOn,
      organizationId: organizations.id,
      organizationName: organizations.name,
    })
    .from(worst)
    .innerJoin(needs, and(eq(needs.firmId, q.firmId), eq(needs.id, worst.needId)))
    .leftJoin(organizations, organizationOf(needs.firmId, needs.organizationId))
    .orderBy(asc(worst.targetOn), asc(worst.needId))
    .limit(q.limit);
  return rows.map((r) => {
    const { health, detail } = journeyHealthOf([{ id: r.stepId, title: r.stepTitle, status: r.status, targetOn: r.targetOn }], q.date);
    return {
      needId: r.needId,
      title: r.title,
      // Only steps past their date reach here, so the health is never on_track.
      health: health as JourneyAtRiskHealth,
      step: { id: r.stepId, title: r.stepTitle, targetOn: r.targetOn! },
      daysOverdue: detail!.daysOverdue,
      organization: r.organizationId ? { id: r.organizationId, name: r.organizationName! } : null,
    };
  });
}

/** The open needs with an overdue journey, up to practiceLimits.todayCountMax (counted by the totals statement). */
export const countJourneysAtRisk = (db: Db, q: TodayQuery) =>
  db.selectDistinct({ needId: s.needId }).from(s).innerJoin(needs, ofNeed).where(overdueSteps(q)).limit(practiceLimits.todayCountMax);
