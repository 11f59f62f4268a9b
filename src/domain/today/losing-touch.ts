/**
 * Stay in touch (decision 012): a person with a cadence of N days is *losing touch* when no conversation
 * with them happened within it — reminders and notes do not count, conversations do. The rule is on whole
 * calendar days: due on (last conversation day + N), losing touch once that day is before today.
 *
 * With no conversation ever, the count starts from the day the cadence was set. The schema keeps no
 * "cadence set on" date, so the person's creation day stands in for it: a cadence added later to an old
 * record therefore shows as overdue at once, which is the honest reading (no conversation in all that time).
 */
import { addDays, daysBetween } from '../../common/days.ts';

export interface CadenceFacts {
  /** The cadence: stay in touch at least every this many days. */
  everyDays: number;
  /** The calendar day of the last conversation on or before today, or null if there was none. */
  lastConversationDay: string | null;
  /** The day the count starts from when there was no conversation (the person's creation day). */
  cadenceSince: string;
}

export interface CadenceStanding {
  /** The last day that keeps in touch: a conversation on or before it keeps the relationship warm. */
  dueOn: string;
  losingTouch: boolean;
  /** Days past dueOn (0 while in touch). */
  overdueDays: number;
  /** Whole days since the last conversation, or null if there was none. */
  daysSinceLastConversation: number | null;
}

/** Where a person stands against their cadence on `today` (YYYY-MM-DD). */
export function cadenceStanding(facts: CadenceFacts, today: string): CadenceStanding {
  const dueOn = addDays(facts.lastConversationDay ?? facts.cadenceSince, facts.everyDays);
  const overdueDays = Math.max(0, daysBetween(dueOn, today));
  return {
    dueOn,
    losingTouch: overdueDays > 0,
    overdueDays,
    daysSinceLastConversation: facts.lastConversationDay === null ? null : daysBetween(facts.lastConversationDay, today),
  };
}
