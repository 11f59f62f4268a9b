/** Incidents as the API shows them: the account, the four steps in order, what comes next, time to acknowledge. */
import type { IncidentWithPrevention } from '../domain/incidents/get-incident.ts';
import { minutesToAcknowledge, nextStepOf, stepActions, stepsOf } from '../domain/incidents/incident-steps.ts';
import type { IncidentView } from '../domain/incidents/incident-view.ts';
import { presentCommitment } from './present-commitment.ts';
import { iso, isoOrNull } from './iso.ts';

export function presentIncidentSummary(i: IncidentView) {
  const next = nextStepOf(i);
  return {
    id: i.id,
    title: i.title,
    whatHappened: i.whatHappened,
    reportedAt: iso(i.reportedAt),
    status: i.verifiedAt ? ('resolved' as const) : ('open' as const),
    person: i.person,
    organization: i.organization,
    need: i.need,
    steps: stepsOf(i).map((s) => ({ step: s.step, at: isoOrNull(s.at), text: s.text })),
    nextStep: next ? stepActions[next] : null,
    minutesToAcknowledge: minutesToAcknowledge(i),
    createdAt: iso(i.createdAt),
    updatedAt: iso(i.updatedAt),
    createdBy: i.createdBy,
    version: i.version,
  };
}

export function presentIncident(i: IncidentWithPrevention) {
  return { ...presentIncidentSummary(i), preventionCommitment: i.preventionCommitment ? presentCommitment(i.preventionCommitment) : null };
}
