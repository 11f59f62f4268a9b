/** Which due days a calendar feed covers and how many events it carries at most (a pure rule). */
import { addDays } from '../../common/days.ts';

export const feedWindow = { daysBack: 30, daysAhead: 365, maxEvents: 2_000 } as const;

/** The first and last due day (inclusive) a feed read on `today` shows. */
export function feedDays(today: string): { from: string; to: string } {
  return { from: addDays(today, -feedWindow.daysBack), to: addDays(today, feedWindow.daysAhead) };
}

/** Both lists merged by due day (then id, so the order is stable), cut at the cap. */
export function mergeByDueDay<T extends { dueOn: string; id: string }>(lists: T[][], max: number = feedWindow.maxEvents): T[] {
  return lists
    .flat()
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id))
    .slice(0, max);
}
