/**
 * The window reliability figures look back over: the last 12, 24 or 36 months up to today, by calendar
 * month (31 March minus one month is 28 or 29 February). A commitment counts when it was resolved
 * within the window; the commitments list applies the same window so each figure links to its evidence.
 */
import { isIsoDay } from '../../common/days.ts';

export const reliabilityWindows = ['12m', '24m', '36m'] as const;
export type ReliabilityWindow = (typeof reliabilityWindows)[number];
export const defaultWindow: ReliabilityWindow = '12m';

export interface WindowRange {
  months: number;
  /** First day counted, YYYY-MM-DD. */
  from: string;
  /** Last day counted (today), YYYY-MM-DD. */
  to: string;
}

/** The same day `months` calendar months earlier, clamped to the end of a shorter month. */
export function monthsBefore(day: string, months: number): string {
  if (!isIsoDay(day)) throw new Error(`not a calendar day: ${day}`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** The days a window covers, ending today. */
export function windowRange(window: ReliabilityWindow, today: string): WindowRange {
  const months = Number.parseInt(window, 10);
  return { months, from: monthsBefore(today, months), to: today };
}
