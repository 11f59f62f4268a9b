/**
 * Where a commitment stands, derived from its facts and today's date (never stored: decision 012).
 * Reliability counts the four resolved standings; a renegotiated commitment kept by its agreed new date
 * kept faith, so it is counted apart from one kept late.
 */
import type { CommitmentStatus } from '../../common/practices.ts';

export const commitmentStandings = ['kept_on_time', 'kept_late', 'renegotiated', 'broken', 'overdue', 'open'] as const;
export type CommitmentStanding = (typeof commitmentStandings)[number];

/** The standings of resolved commitments: the ones reliability figures count and link to. */
export const resolvedStandings = ['kept_on_time', 'kept_late', 'renegotiated', 'broken'] as const;
export type ResolvedStanding = (typeof resolvedStandings)[number];

export interface StandingFacts {
  status: CommitmentStatus;
  /** The date in force (after any renegotiation). */
  dueOn: string;
  keptOn: string | null;
  renegotiationCount: number;
}

/** The standing on `today` (YYYY-MM-DD). Days compare as strings: YYYY-MM-DD sorts like the calendar. */
export function standingOf(c: StandingFacts, today: string): CommitmentStanding {
  if (c.status === 'broken') return 'broken';
  if (c.status === 'kept') {
    if (c.keptOn !== null && c.keptOn > c.dueOn) return 'kept_late';
    return c.renegotiationCount > 0 ? 'renegotiated' : 'kept_on_time';
  }
  return c.dueOn < today ? 'overdue' : 'open';
}
