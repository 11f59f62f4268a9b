/**
 * Calendar days (YYYY-MM-DD) in the browser's own calendar: today, days ahead, and how a due day reads
 * ("Due today", "Overdue by 3 days"). A day is formatted at local noon, so no time zone shifts it.
 */
import { addDays, daysBetween, localDay } from '../../../../src/common/days.ts';

export { addDays };

/** Today in this browser's time zone (the server's UTC day may differ near midnight). */
export const todayLocal = () => localDay(new Date());

const longDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
const shortDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

export const formatDay = (day: string) => longDay.format(new Date(`${day}T12:00:00`));
export const formatShortDay = (day: string) => shortDay.format(new Date(`${day}T12:00:00`));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Overdue by 2 days", "Due today", "Due tomorrow", "Due in 5 days". */
export function dueLabel(dueOn: string, today: string): string {
  const days = daysBetween(today, dueOn);
  if (days < 0) return `Overdue by ${plural(-days, 'day')}`;
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `Due in ${plural(days, 'day')}`;
}
