/** Reliability figures in plain words: "18 of 20 (90%)", never a bare score. */
import type { Figures } from '../../api/reliability.ts';

export const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** "18 of 20 (90%)", or null when nothing was resolved (no rate to give). */
export function outOf(count: number, figures: Figures): string | null {
  return figures.resolved === 0 ? null : `${count} of ${figures.resolved} (${percent(count / figures.resolved)})`;
}

/** The counts shown as cards, in the order a reader weighs them. */
export const figureCards = [
  { key: 'keptOnTime', label: 'Kept on time', hint: 'By the date first promised.' },
  { key: 'renegotiated', label: 'Renegotiated', hint: 'Kept by a new date agreed before the old one.' },
  { key: 'keptLate', label: 'Kept late', hint: 'Kept after the date in force.' },
  { key: 'broken', label: 'Broken', hint: 'Not kept.' },
  { key: 'overdue', label: 'Overdue now', hint: 'Open and past the date, today.' },
] as const;
