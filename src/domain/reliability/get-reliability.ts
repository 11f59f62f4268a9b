/**
 * Reliability: promises kept, both ways, over a window (decision 012: derived on each read, never
 * stored). One grouped query counts the commitments by side and member; another counts incidents and
 * the median time to acknowledge them. The counts use the commitments list's own filters, so each
 * figure's evidence query lists exactly what was counted.
 */
import { and, eq, gte, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { commitments, incidents } from '../../db/schema.ts';
import { addDays } from '../../common/days.ts';
import type { CommitmentSide } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { overdueOn, resolvedWithin, scopeConditions, standingIs } from '../commitments/commitment-filters.ts';
import { withOrganization } from '../commitments/relationship-filter.ts';
import { listMembers } from '../members/list-members.ts';
import { addCounts, evidenceOf, figuresOf, noCounts, type Evidence, type Figures, type ReliabilityScope, type StandingCounts } from './reliability-figures.ts';
import { nameScope, type NamedScope } from './reliability-scope.ts';
import { windowRange, type ReliabilityWindow, type WindowRange } from './reliability-window.ts';

export interface GetReliabilityInput extends ReliabilityScope {
  window: ReliabilityWindow;
}

export type SideFigures = Figures & { evidence: Evidence };

export interface IncidentFigures {
  /** Reported within the window. */
  reported: number;
  /** Of those, acknowledged. */
  acknowledged: number;
  /** Median whole minutes from report to acknowledgement, of those acknowledged; null when none. */
  medianMinutesToAcknowledge: number | null;
  /** Not acknowledged yet, whenever reported. */
  stillUnacknowledged: number;
}

export interface Reliability {
  window: WindowRange & { key: ReliabilityWindow };
  scope: NamedScope;
  us: SideFigures;
  client: SideFigures;
  /** Each member's promises to clients; null when the figures are already about one member. */
  members: { member: { id: string; name: string }; us: SideFigures }[] | null;
  incidents: IncidentFigures;
}

const c = commitments;
const startOfDay = (day: string) => new Date(`${day}T00:00:00Z`);
const counted = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/** Counts per (side, member): resolved in the window by standing, and open past due today. */
async function countCommitments(db: Db, firmId: string, scope: ReliabilityScope, range: WindowRange, today: string) {
  const inWindow = resolvedWithin(range);
  return db
    .select({
      side: c.side,
      memberId: c.memberId,
      keptOnTime: counted(and(inWindow, standingIs('kept_on_time'))!),
      keptLate: counted(and(inWindow, standingIs('kept_late'))!),
      renegotiated: counted(and(inWindow, standingIs('renegotiated'))!),
      broken: counted(and(inWindow, standingIs('broken'))!),
      overdue: counted(overdueOn(today)),
    })
    .from(c)
    .where(and(...scopeConditions(db, firmId, scope), or(inWindow, overdueOn(today))))
    .groupBy(c.side, c.memberId);
}

/** Incidents of the firm or the relationship (they have no member: a member's figures show the firm's). */
async function countIncidents(db: Db, firmId: string, scope: ReliabilityScope, range: WindowRange): Promise<IncidentFigures> {
  const i = incidents;
  const reportedInWindow = and(gte(i.reportedAt, startOfDay(range.from)), lt(i.reportedAt, startOfDay(addDays(range.to, 1))))!;
  const acknowledgedInWindow = and(reportedInWindow, isNotNull(i.acknowledgedAt))!;
  const minutes = sql`extract(epoch from ${i.acknowledgedAt} - ${i.reportedAt}) / 60`;
  const [row] = await db
    .select({
      reported: counted(reportedInWindow),
      acknowledged: counted(acknowledgedInWindow),
      median: sql<number | null>`percentile_cont(0.5) within group (order by ${minutes}) filter (where ${acknowledgedInWindow})`.mapWith((v) =>
        v === null ? null : Number(v),
      ),
      stillUnacknowledged: counted(isNull(i.acknowledgedAt)),
    })
    .from(i)
    .where(
      and(
        eq(i.firmId, firmId),
        scope.personId ? eq(i.personId, scope.personId) : undefined,
        scope.organizationId ? withOrganization(db, i, scope.organizationId) : undefined,
      ),
    );
  return {
    reported: row?.reported ?? 0,
    acknowledged: row?.acknowledged ?? 0,
    medianMinutesToAcknowledge: row?.median == null ? null : Math.round(row.median),
    stillUnacknowledged: row?.stillUnacknowledged ?? 0,
  };
}

/** The figures for the scope over the window ending `today` (YYYY-MM-DD). */
export async function getReliability(db: Db, actor: Actor, input: GetReliabilityInput, today: string): Promise<Reliability> {
  const scope: ReliabilityScope = { memberId: input.memberId, personId: input.personId, organizationId: input.organizationId };
  const named = await nameScope(db, actor.firmId, scope);
  const range = windowRange(input.window, today);
  const rows = await countCommitments(db, actor.firmId, scope, range, today);
  const side = (s: CommitmentSide, memberId?: string): SideFigures => {
    const counts = rows.filter((r) => r.side === s && (memberId === undefined || r.memberId === memberId)).reduce<StandingCounts>(addCounts, noCounts);
    return { ...figuresOf(counts), evidence: evidenceOf(s, input.window, memberId ? { ...scope, memberId } : scope) };
  };
  const members = input.memberId
    ? null
    : (await listMembers(db, actor)).map((m) => ({ member: { id: m.id, name: m.name }, us: side('us', m.id) }));
  return {
    window: { key: input.window, ...range },
    scope: named,
    us: side('us'),
    client: side('client'),
    members,
    incidents: await countIncidents(db, actor.firmId, scope, range),
  };
}
