/** The /commitments page's search parameters: the tabs, and the filters a reliability figure links with. */
import type { CommitmentFilters, ResolvedStanding } from '../../api/commitments.ts';
import type { ReliabilityWindow } from '../../api/reliability.ts';
import { str } from '../../lib/search-params.ts';

export type StatusTab = 'open' | 'kept' | 'broken' | 'all';

export interface CommitmentsSearch {
  side?: 'us' | 'client';
  status?: StatusTab;
  standing?: ResolvedStanding;
  window?: ReliabilityWindow;
  overdue?: 'true';
  memberId?: string;
  personId?: string;
  organizationId?: string;
  needId?: string;
}

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined => (values as readonly unknown[]).includes(v) ? (v as T) : undefined;

export function parseCommitmentsSearch(s: Record<string, unknown>): CommitmentsSearch {
  return {
    side: oneOf(['us', 'client'], s.side),
    status: oneOf(['open', 'kept', 'broken', 'all'], s.status),
    standing: oneOf(['kept_on_time', 'kept_late', 'renegotiated', 'broken'], s.standing),
    window: oneOf(['12m', '24m', '36m'], s.window),
    overdue: oneOf(['true'], s.overdue),
    memberId: str(s.memberId),
    personId: str(s.personId),
    organizationId: str(s.organizationId),
    needId: str(s.needId),
  };
}

/** Opened from a reliability figure: the list shows exactly what the figure counted. */
export const isEvidence = (s: CommitmentsSearch) => Boolean(s.standing || s.window || s.overdue);

/** The API filters for the page: a figure's own filters, or the tabs (open by default). */
export function filtersOf(s: CommitmentsSearch): CommitmentFilters {
  const { status, ...rest } = s;
  if (isEvidence(s)) return rest;
  return { ...rest, status: status === 'all' ? undefined : (status ?? 'open') };
}
