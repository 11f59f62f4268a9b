/** A calendar day as messages say it: "3 March 2026" (server messages are in British English). */
const spoken = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function spokenDay(day: string): string {
  return spoken.format(new Date(`${day}T00:00:00Z`));
}
