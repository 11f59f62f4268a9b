/**
 * Lists the firm's incidents page by page: open ones first, the longest waiting first (they need a
 * response), then resolved ones, newest first. The keyset cursor is (group, reported_at, id).
 */
import { and, asc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { incidents } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { withOrganization } from '../commitments/relationship-filter.ts';
import { AppError } from '../errors.ts';
import { decodeCursor, encodeCursor, uuidPattern } from '../support/cursor.ts';
import { selectIncidents, toView, type IncidentView } from './incident-view.ts';

export const incidentListStatuses = ['open', 'resolved', 'all'] as const;
export type IncidentListStatus = (typeof incidentListStatuses)[number];

export interface ListIncidentsInput {
  status: IncidentListStatus;
  personId?: string;
  /** The relationship with an organisation: linked to it, or to someone who belongs to it. */
  organizationId?: string;
  needId?: string;
  limit: number;
  cursor?: string;
}

const i = incidents;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const isOpen = isNull(i.verifiedAt);
const isResolved = isNotNull(i.verifiedAt);

/** Rows after the cursor: later open ones, then every resolved one; or older resolved ones. */
function after(cursor: string): SQL {
  const [group, at, id] = decodeCursor(cursor, 3);
  if ((group !== 0 && group !== 1) || typeof at !== 'string' || !INSTANT.test(at) || typeof id !== 'string' || !uuidPattern.test(id)) {
    throw new AppError('invalid_cursor', 'The cursor is not one this server gave out. Start again from the first page.');
  }
  return group === 0
    ? sql`((${isOpen} and (${i.reportedAt}, ${i.id}) > (${at}::timestamptz, ${id}::uuid)) or ${isResolved})`
    : sql`(${isResolved} and (${i.reportedAt} < ${at}::timestamptz or (${i.reportedAt} = ${at}::timestamptz and ${i.id} > ${id}::uuid)))`;
}

export async function listIncidents(db: Db, actor: Actor, input: ListIncidentsInput): Promise<{ items: IncidentView[]; nextCursor: string | null }> {
  const rows = await selectIncidents(db)
    .where(
      and(
        eq(i.firmId, actor.firmId),
        input.status === 'open' ? isOpen : input.status === 'resolved' ? isResolved : undefined,
        input.personId ? eq(i.personId, input.personId) : undefined,
        input.organizationId ? withOrganization(db, i, input.organizationId) : undefined,
        input.needId ? eq(i.needId, input.needId) : undefined,
        input.cursor ? after(input.cursor) : undefined,
      ),
    )
    .orderBy(
      asc(isResolved),
      sql`case when ${isOpen} then ${i.reportedAt} end asc`,
      sql`case when ${isResolved} then ${i.reportedAt} end desc`,
      asc(i.id),
    )
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toView),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.verifiedAt ? 1 : 0, last.reportedKey, last.id]) : null,
  };
}
