/**
 * Calendar days (YYYY-MM-DD) for commitments and incidents: today in this browser's calendar, how a
 * day reads, and how far a due day is. A day is formatted at UTC midnight in UTC, so no zone moves it.
 */
import { daysBetween, localDay } from '../../../../src/common/days.ts';

export const todayLocal = () => localDay(new Date());

const longDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const formatDay = (day: string) => longDay.format(new Date(`${day}T00:00:00Z`));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Overdue by 2 days", "Due today", "Due tomorrow", "Due in 5 days". */
export function dueText(dueOn: string, today: string): string {
  const days = daysBetween(today, dueOn);
  if (days < 0) return `Overdue by ${plural(-days, 'day')}`;
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `Due in ${plural(days, 'day')}`;
}

/** "45 minutes", "3 hours 5 minutes", "2 days 4 hours": a duration in minutes, as people say it. */
export function durationText(minutes: number): string {
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${plural(hours, 'hour')} ${plural(minutes % 60, 'minute')}` : plural(hours, 'hour');
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${plural(days, 'day')} ${plural(hours % 24, 'hour')}` : plural(days, 'day');
}
