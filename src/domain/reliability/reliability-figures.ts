/**
 * Reliability figures from counts: how many promises were kept on time, kept late, renegotiated (kept by
 * the agreed new date) or broken, and the rates in plain fractions. Never a score: every count comes with
 * the commitments-list query that shows the commitments behind it (its evidence).
 */
import type { CommitmentSide } from '../../common/practices.ts';
import type { ResolvedStanding } from '../commitments/commitment-standing.ts';
import type { ReliabilityWindow } from './reliability-window.ts';

export interface StandingCounts {
  keptOnTime: number;
  keptLate: number;
  renegotiated: number;
  broken: number;
  /** Open and past the date in force now (not limited to the window). */
  overdue: number;
}

export interface Figures extends StandingCounts {
  /** Resolved within the window: kept on time + kept late + renegotiated + broken. */
  resolved: number;
  /** keptOnTime / resolved; null when nothing was resolved. */
  keptOnTimeRate: number | null;
  /** (keptOnTime + renegotiated) / resolved: promises kept or changed in good time; null when nothing was resolved. */
  keptFaithRate: number | null;
}

export const noCounts: StandingCounts = { keptOnTime: 0, keptLate: 0, renegotiated: 0, broken: 0, overdue: 0 };

export function addCounts(a: StandingCounts, b: StandingCounts): StandingCounts {
  return {
    keptOnTime: a.keptOnTime + b.keptOnTime,
    keptLate: a.keptLate + b.keptLate,
    renegotiated: a.renegotiated + b.renegotiated,
    broken: a.broken + b.broken,
    overdue: a.overdue + b.overdue,
  };
}

/** The figures for a set of counts; rates are fractions (0–1), left for the reader to round. */
export function figuresOf(counts: StandingCounts): Figures {
  const resolved = counts.keptOnTime + counts.keptLate + counts.renegotiated + counts.broken;
  const rate = (n: number) => (resolved === 0 ? null : n / resolved);
  return {
    ...counts,
    resolved,
    keptOnTimeRate: rate(counts.keptOnTime),
    keptFaithRate: rate(counts.keptOnTime + counts.renegotiated),
  };
}

/** Who the figures are about; each id given narrows the commitments counted. */
export interface ReliabilityScope {
  memberId?: string;
  personId?: string;
  organizationId?: string;
}

/** The filters of GET /commitments that list exactly the commitments behind one count. */
export interface CommitmentQuery extends ReliabilityScope {
  side: CommitmentSide;
  standing?: ResolvedStanding;
  window?: ReliabilityWindow;
  overdue?: 'true';
}

export type Evidence = Record<keyof StandingCounts | 'resolved', CommitmentQuery>;

/** The list query behind each count of one side's figures, in the same window and scope. */
export function evidenceOf(side: CommitmentSide, window: ReliabilityWindow, scope: ReliabilityScope): Evidence {
  const base = { side, ...definedOnly(scope) };
  const resolvedAs = (standing: ResolvedStanding): CommitmentQuery => ({ ...base, standing, window });
  return {
    keptOnTime: resolvedAs('kept_on_time'),
    keptLate: resolvedAs('kept_late'),
    renegotiated: resolvedAs('renegotiated'),
    broken: resolvedAs('broken'),
    resolved: { ...base, window },
    overdue: { ...base, overdue: 'true' },
  };
}

function definedOnly(scope: ReliabilityScope): ReliabilityScope {
  return Object.fromEntries(Object.entries(scope).filter(([, v]) => v !== undefined));
}

