/** Birthdays in the web app: read for people ("14 March 1980", "14 March") and split into the form's parts. */
import { parseBirthday } from '../../../../src/common/person-details.ts';

/** A leap year, so 29 February (year not known) can be shown. */
const ANY_LEAP_YEAR = 2000;
const withYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const withoutYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** The month names, January first, for the month select. */
export const monthNames = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(ANY_LEAP_YEAR, i, 1)),
);

/** "14 March 1980", or "14 March" when the year is not known; the stored text if it cannot be read. */
export function formatBirthday(value: string): string {
  const b = parseBirthday(value);
  if (!b) return value;
  const date = Date.UTC(b.year ?? ANY_LEAP_YEAR, b.month - 1, b.day);
  return (b.year === null ? withoutYear : withYear).format(date);
}

/** The form's parts as typed: day, month ("01"–"12") and year, each "" when empty. */
export interface BirthdayParts {
  day: string;
  month: string;
  year: string;
}

export function birthdayParts(value: string | null): BirthdayParts {
  const b = value ? parseBirthday(value) : null;
  if (!b) return { day: '', month: '', year: '' };
  return { day: String(b.day), month: String(b.month).padStart(2, '0'), year: b.year === null ? '' : String(b.year) };
}

/**
 * The value to send: null when nothing is filled in, `YYYY-MM-DD`, or `--MM-DD` without a year. Parts are
 * sent as typed (a missing month as "00"), so the server says what to fix next to the field.
 */
export function birthdayValue({ day, month, year }: BirthdayParts): string | null {
  const d = day.trim();
  const y = year.trim();
  if (!d && !month && !y) return null;
  return `${y ? `${y}-` : '--'}${(month || '00').padStart(2, '0')}-${(d || '00').padStart(2, '0')}`;
}
