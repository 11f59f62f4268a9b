/** Calendar days (YYYY-MM-DD) as people read them, without any time zone moving them to another day. */
import { confirmationMethodLabels, localDay, type ConfirmationMethod } from './vocabulary.ts';

const withYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const withoutYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "3 March" this year, "3 March 2025" otherwise. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return (day.slice(0, 4) === localDay(new Date()).slice(0, 4) ? withoutYear : withYear).format(date);
}

/** The browser's calendar day of an instant, formatted as formatDay does. */
export const formatMoment = (iso: string) => formatDay(localDay(new Date(iso)));

/** "in person", "by email": how a confirmation came, to follow a name in a sentence. */
export const howPhrase = (how: ConfirmationMethod) => confirmationMethodLabels[how].toLowerCase();

export const daysText = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
