/**
 * Journey health, derived from the client's own dates (decision 012): on track; at risk when an open step
 * is 1–6 days past its date; stalled at 7 days or more. The most overdue open step is the evidence.
 */
import { daysBetween } from '../../common/days.ts';
import type { JourneyHealth, StepStatus } from '../../common/practices.ts';

/** Days past a step's date from which the journey counts as stalled rather than at risk. */
export const STALLED_AFTER_DAYS = 7;

export interface HealthStep {
  id: string;
  title: string;
  status: StepStatus;
  targetOn: string | null;
}

export interface HealthDetail {
  stepId: string;
  title: string;
  targetOn: string;
  daysOverdue: number;
}

export interface JourneyHealthResult {
  health: JourneyHealth;
  detail: HealthDetail | null;
}

const isOpen = (status: StepStatus) => status === 'planned' || status === 'in_progress';

/** Days a step is past its date on `today` (0 or less: not overdue); null when done, skipped or undated. */
export function daysOverdueOf(step: Pick<HealthStep, 'status' | 'targetOn'>, today: string): number | null {
  if (!isOpen(step.status) || !step.targetOn) return null;
  const days = daysBetween(step.targetOn, today);
  return days > 0 ? days : null;
}

/** The journey's health on `today` and the step that decides it (the first of the most overdue, in order). */
export function journeyHealthOf(steps: readonly HealthStep[], today: string): JourneyHealthResult {
  let worst: HealthDetail | null = null;
  for (const step of steps) {
    const days = daysOverdueOf(step, today);
    if (days === null || (worst && worst.daysOverdue >= days)) continue;
    worst = { stepId: step.id, title: step.title, targetOn: step.targetOn!, daysOverdue: days };
  }
  if (!worst) return { health: 'on_track', detail: null };
  return { health: worst.daysOverdue >= STALLED_AFTER_DAYS ? 'stalled' : 'at_risk', detail: worst };
}
