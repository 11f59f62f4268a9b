/** How Today words its dates and next steps, the same in every section. */
import type { Today } from '../../api/today.ts';

/** "3 days overdue", "Due today", "Due tomorrow", "Due in 4 days" (daysOverdue: negative = days left). */
export function dueText(daysOverdue: number): string {
  if (daysOverdue > 0) return daysOverdue === 1 ? '1 day overdue' : `${daysOverdue} days overdue`;
  if (daysOverdue === 0) return 'Due today';
  return daysOverdue === -1 ? 'Due tomorrow' : `Due in ${-daysOverdue} days`;
}

/** The signal colour for a due date: late, today, or still ahead. */
export function dueSignal(daysOverdue: number): string {
  return daysOverdue > 0 ? 'signal signal-late' : daysOverdue === 0 ? 'signal signal-today' : 'signal signal-ahead';
}

export function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

type NextStep = Today['openIncidents'][number]['nextStep'];

/** The link that takes the incident's next step. */
export const nextStepLabels: Record<NextStep, string> = {
  acknowledge: 'Acknowledge',
  explain: 'Explain what happened',
  prevention: 'Plan the prevention',
  verify: 'Verify the fix',
};

/** A day (YYYY-MM-DD) as people read it, e.g. "14 June". */
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long' });
export const formatDay = (day: string) => dayMonth.format(new Date(`${day}T12:00:00`));
