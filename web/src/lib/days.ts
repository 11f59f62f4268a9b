/**
 * Calendar days (YYYY-MM-DD: due dates, target dates, the day a gift was given) as people read them, in
 * this browser's calendar. A day is formatted at UTC midnight in UTC, so no time zone moves it to another day.
 */
import { addDays, daysBetween, localDay } from '../../../src/common/days.ts';

export { addDays, daysBetween, localDay };

/** Today in this browser's time zone (the server's UTC day may differ near midnight). */
export const todayLocal = () => localDay(new Date());

const withYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const withoutYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', timeZone: 'UTC' });
const short = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const atMidnight = (day: string) => new Date(`${day}T00:00:00Z`);

/** "3 March" this year, "3 March 2025" otherwise. */
export function formatDay(day: string): string {
  return (day.slice(0, 4) === todayLocal().slice(0, 4) ? withoutYear : withYear).format(atMidnight(day));
}

/** "Mon 3 Mar". */
export const formatShortDay = (day: string) => short.format(atMidnight(day));

/** The browser's calendar day of an instant, formatted as formatDay does. */
export const formatMoment = (iso: string) => formatDay(localDay(new Date(iso)));

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
export const daysText = (n: number) => plural(n, 'day');

/** "Overdue by 2 days", "Due today", "Due tomorrow", "Due in 5 days". */
export function dueLabel(dueOn: string, today: string): string {
  const days = daysBetween(today, dueOn);
  if (days < 0) return `Overdue by ${daysText(-days)}`;
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `Due in ${daysText(days)}`;
}

/** "45 minutes", "3 hours 5 minutes", "2 days 4 hours": a duration in minutes, as people say it. */
export function durationText(minutes: number): string {
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${plural(hours, 'hour')} ${plural(minutes % 60, 'minute')}` : plural(hours, 'hour');
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${plural(days, 'day')} ${plural(hours % 24, 'hour')}` : plural(days, 'day');
}
