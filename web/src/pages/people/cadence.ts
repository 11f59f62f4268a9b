/** Stay-in-touch cadences as people choose and read them: the usual rhythms, and the words for any number of days. */
export const cadencePresets = [
  { days: 14, label: 'Every 2 weeks' },
  { days: 30, label: 'Monthly' },
  { days: 60, label: 'Every 2 months' },
  { days: 90, label: 'Quarterly' },
  { days: 182, label: 'Twice a year' },
  { days: 365, label: 'Yearly' },
] as const;

export const isPreset = (days: number) => cadencePresets.some((p) => p.days === days);

/** "every 30 days", "every day". */
export function everyDays(days: number): string {
  return days === 1 ? 'every day' : `every ${days} days`;
}

/** "today", "yesterday", "45 days ago". */
export function daysAgo(days: number): string {
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}
