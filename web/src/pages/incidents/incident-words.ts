/** How an incident's response reads: each step's name, the form's wording, and time to acknowledge in words. */
import type { IncidentSummary, StepAction } from '../../api/incidents.ts';
import { incidentStepLabels } from '../../../../src/common/practices.ts';
import { durationText } from '../../lib/days.ts';

export { incidentStepLabels };

/** What each step's form asks for, and its button. */
export const stepForms: Record<StepAction, { title: string; field: string; label: string; hint: string; submit: string }> = {
  acknowledge: {
    title: 'Next: acknowledge it',
    field: 'message',
    label: 'The message we sent the client',
    hint: 'Say that we know, that we are sorry, and what happens next. Send it first, then record it here.',
    submit: 'Record the acknowledgement',
  },
  explain: {
    title: 'Next: explain what happened',
    field: 'explanation',
    label: 'What happened, and why',
    hint: 'In plain words, as we told the client. Own it; blame no one.',
    submit: 'Record the explanation',
  },
  prevention: {
    title: 'Next: make sure it does not happen again',
    field: 'prevention',
    label: 'What we will do so it does not happen again',
    hint: 'It becomes one of our commitments, with a date, and counts towards our reliability.',
    submit: 'Record the prevention',
  },
  verify: {
    title: 'Next: check that the fix held',
    field: 'verification',
    label: 'How we checked that the fix held',
    hint: 'What we checked, when, and what we saw.',
    submit: 'Record the verification',
  },
};

export const nextStepLabels: Record<StepAction, string> = {
  acknowledge: 'Acknowledge',
  explain: 'Explain',
  prevention: 'Prevention',
  verify: 'Verify',
};

/** "Acknowledged in 25 minutes" / "Not acknowledged yet" / "Resolved". */
export function responseText(i: Pick<IncidentSummary, 'status' | 'minutesToAcknowledge'>): string {
  if (i.minutesToAcknowledge === null) return 'Not acknowledged yet';
  const ack = `Acknowledged in ${durationText(i.minutesToAcknowledge)}`;
  return i.status === 'resolved' ? `Resolved · ${ack.toLowerCase()}` : ack;
}

/** Who the incident happened to, in a few words. */
export function clientOf(i: Pick<IncidentSummary, 'person' | 'organization'>): string | null {
  if (i.person && i.organization) return `${i.person.fullName}, ${i.organization.name}`;
  return i.person?.fullName ?? i.organization?.name ?? null;
}
