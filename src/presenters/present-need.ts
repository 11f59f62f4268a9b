/** Needs as the API shows them: in full (with the journey) on their own, lighter in lists. */
import { helpGivenOutcomes } from '../common/practices.ts';
import type { NeedView } from '../domain/needs/load-needs.ts';
import { iso } from './iso.ts';
import { presentJourneyStep } from './present-journey-step.ts';
import { presentProblemStatement } from './present-problem-statement.ts';

function presentOutcome(v: NeedView) {
  const n = v.need;
  if (!n.outcome || !n.outcomeReason || !n.outcomeAt) return null;
  return {
    outcome: n.outcome,
    reason: n.outcomeReason,
    lesson: n.outcomeLesson,
    recordedAt: iso(n.outcomeAt),
    recordedBy: v.outcomeRecorder ? { id: v.outcomeRecorder.id, name: v.outcomeRecorder.name } : null,
    helpGiven: helpGivenOutcomes.includes(n.outcome),
  };
}

/** Everything a list row shows: whose need, its health with the evidence, and the current statement. */
export function presentNeedSummary(v: NeedView) {
  const n = v.need;
  return {
    id: n.id,
    title: n.title,
    organization: v.organization ? { id: v.organization.id, name: v.organization.name } : null,
    people: v.people.map((p) => ({ id: p.id, fullName: p.fullName })),
    lead: v.lead ? { id: v.lead.id, name: v.lead.name } : null,
    status: n.outcome ? ('closed' as const) : ('open' as const),
    outcome: presentOutcome(v),
    currentStatement: v.currentStatement ? presentProblemStatement(v.currentStatement) : null,
    // Versions are numbered 1, 2, 3… and never removed: the latest number is the count.
    statementCount: v.currentStatement?.version ?? 0,
    journeyHealth: v.health?.health ?? null,
    journeyHealthDetail: v.health?.detail ?? null,
    createdAt: iso(n.createdAt),
    updatedAt: iso(n.updatedAt),
    createdBy: n.createdBy,
    version: n.version,
  };
}

/** The need with its whole journey, in the client's order. */
export function presentNeed(v: NeedView) {
  return { ...presentNeedSummary(v), journey: v.journey.map(presentJourneyStep) };
}
