/**
 * The filters of the commitments list as SQL. Reliability counts with the same predicates (standing,
 * window, scope), so a figure's link lists exactly the commitments it counted.
 */
import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { commitments } from '../../db/schema.ts';
import { addDays } from '../../common/days.ts';
import type { CommitmentSide, CommitmentStatus } from '../../common/practices.ts';
import type { ResolvedStanding } from './commitment-standing.ts';
import { windowRange, type ReliabilityWindow, type WindowRange } from '../reliability/reliability-window.ts';
import { withOrganization } from './relationship-filter.ts';

const c = commitments;

/**
 * A resolved standing as SQL; it must agree with standingOf (commitment-standing.ts), and the API tests
 * check that every listed commitment has the standing asked for.
 */
export function standingIs(standing: ResolvedStanding): SQL {
  switch (standing) {
    case 'kept_on_time':
      return sql`(${c.status} = 'kept' and ${c.keptOn} <= ${c.dueOn} and ${c.renegotiationCount} = 0)`;
    case 'renegotiated':
      return sql`(${c.status} = 'kept' and ${c.keptOn} <= ${c.dueOn} and ${c.renegotiationCount} > 0)`;
    case 'kept_late':
      return sql`(${c.status} = 'kept' and ${c.keptOn} > ${c.dueOn})`;
    case 'broken':
      return sql`(${c.status} = 'broken')`;
  }
}

/** Resolved on a (UTC) day within the window: a range on resolved_at, so commitments_resolved_idx serves it. */
export function resolvedWithin(range: WindowRange): SQL {
  return and(
    sql`${c.status} <> 'open'`,
    gte(c.resolvedAt, new Date(`${range.from}T00:00:00Z`)),
    lt(c.resolvedAt, new Date(`${addDays(range.to, 1)}T00:00:00Z`)),
  )!;
}

/** Open and past the date in force on `today` (commitments_open_due_idx). */
export function overdueOn(today: string): SQL {
  return sql`(${c.status} = 'open' and ${c.dueOn} < ${today}::date)`;
}

export interface ScopeFilters {
  side?: CommitmentSide;
  memberId?: string;
  personId?: string;
  /** The relationship with an organisation: linked to it, or to someone who belongs to it. */
  organizationId?: string;
  needId?: string;
  conversationId?: string;
  incidentId?: string;
}

/** Who and what the commitments are about; always within the actor's firm. */
export function scopeConditions(db: Db, firmId: string, f: ScopeFilters): SQL[] {
  const conditions: (SQL | undefined)[] = [
    eq(c.firmId, firmId),
    f.side ? eq(c.side, f.side) : undefined,
    f.memberId ? eq(c.memberId, f.memberId) : undefined,
    f.personId ? eq(c.personId, f.personId) : undefined,
    f.needId ? eq(c.needId, f.needId) : undefined,
    f.conversationId ? eq(c.conversationId, f.conversationId) : undefined,
    f.incidentId ? eq(c.incidentId, f.incidentId) : undefined,
  ];
  if (f.organizationId) conditions.push(withOrganization(db, c, f.organizationId));
  return conditions.filter((x): x is SQL => x !== undefined);
}

export interface StateFilters {
  status?: CommitmentStatus;
  overdue?: boolean;
  standing?: ResolvedStanding;
  /** Only commitments resolved within this window, ending today. */
  window?: ReliabilityWindow;
}

export function stateConditions(f: StateFilters, today: string): SQL[] {
  const conditions: (SQL | undefined)[] = [
    f.status ? eq(c.status, f.status) : undefined,
    f.overdue ? overdueOn(today) : undefined,
    f.standing ? standingIs(f.standing) : undefined,
    f.window ? resolvedWithin(windowRange(f.window, today)) : undefined,
  ];
  return conditions.filter((x): x is SQL => x !== undefined);
}
