/**
 * The four steps of over-responding to an error, filled in order: acknowledged (the message we sent),
 * explained, prevention (what we will do so it does not recur), verified (the fix held). Each step is a
 * timestamp and a text; the incident is resolved once verified. Pure rules, no database.
 */
import { incidentSteps, type IncidentStep } from '../../common/practices.ts';
import { AppError } from '../errors.ts';

/** The actions (and endpoints) that record the steps, in order. */
export const stepActionNames = ['acknowledge', 'explain', 'prevention', 'verify'] as const;
export type StepAction = (typeof stepActionNames)[number];
export const stepActions: Record<IncidentStep, StepAction> = { acknowledged: 'acknowledge', explained: 'explain', prevention: 'prevention', verified: 'verify' };

export interface IncidentFacts {
  reportedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgement: string | null;
  explainedAt: Date | null;
  explanation: string | null;
  preventionAt: Date | null;
  prevention: string | null;
  verifiedAt: Date | null;
  verification: string | null;
}

export interface StepRecord {
  step: IncidentStep;
  at: Date | null;
  text: string | null;
}

/** The steps in order, each with its moment and text, or nulls while not done. */
export function stepsOf(i: IncidentFacts): StepRecord[] {
  const done: Record<IncidentStep, [Date | null, string | null]> = {
    acknowledged: [i.acknowledgedAt, i.acknowledgement],
    explained: [i.explainedAt, i.explanation],
    prevention: [i.preventionAt, i.prevention],
    verified: [i.verifiedAt, i.verification],
  };
  return incidentSteps.map((step) => ({ step, at: done[step][0], text: done[step][1] }));
}

/** The first step not yet done; null once verified. */
export function nextStepOf(i: IncidentFacts): IncidentStep | null {
  return stepsOf(i).find((s) => s.at === null)?.step ?? null;
}

/** Whole minutes from the report to the acknowledgement; null until acknowledged. */
export function minutesToAcknowledge(i: Pick<IncidentFacts, 'reportedAt' | 'acknowledgedAt'>): number | null {
  return i.acknowledgedAt ? Math.round((i.acknowledgedAt.getTime() - i.reportedAt.getTime()) / 60_000) : null;
}

const stepNames: Record<IncidentStep, string> = {
  acknowledged: 'the acknowledgement',
  explained: 'the explanation',
  prevention: 'the prevention',
  verified: 'the verification',
};

/**
 * Refuses a step done already (409 incident_step_already_done) or taken before the step it follows
 * (409 incident_step_out_of_order, naming the step that comes first). Returns the previous step's moment.
 */
export function checkStepAllowed(i: IncidentFacts, step: IncidentStep): Date {
  const steps = stepsOf(i);
  const index = incidentSteps.indexOf(step);
  if (steps[index]!.at !== null) {
    throw new AppError('incident_step_already_done', `${capitalise(stepNames[step])} of this incident is already recorded; each step is recorded once.`);
  }
  const previous = steps[index - 1];
  if (previous && previous.at === null) {
    const first = steps.find((s) => s.at === null)!.step;
    throw new AppError(
      'incident_step_out_of_order',
      `Record ${stepNames[first]} first: the steps go acknowledged, explained, prevention, verified.`,
      { nextStep: stepActions[first] },
    );
  }
  return previous?.at ?? i.reportedAt;
}

function capitalise(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}
