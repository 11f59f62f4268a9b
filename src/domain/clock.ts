/**
 * The time as the domain sees it. Use cases that depend on "today" take a Clock, so tests (and the
 * browser journeys) can set the date instead of waiting for it.
 */
import { utcDay } from '../common/days.ts';

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Today's date (UTC) by this clock, unless the caller names its own calendar day. */
export function todayOf(clock: Clock, callerDay?: string): string {
  return callerDay ?? utcDay(clock());
}
