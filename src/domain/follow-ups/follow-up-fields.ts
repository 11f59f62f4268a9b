/** A follow-up as the use cases return it (with the names behind its ids), and the lock every action takes. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { followUps } from '../../db/schema.ts';
import { utcDay } from '../../common/days.ts';
import type { Actor } from '../actor.ts';
import { AppError, notFound, versionConflict } from '../errors.ts';
import { clientIdsOf, clientLinksOf, loadLinkNames, type ClientLinks, type NamedRef } from '../support/linked-records.ts';

export type FollowUpRow = typeof followUps.$inferSelect;
export type FollowUpRecord = FollowUpRow & ClientLinks & { member: NamedRef | null };

/** Names for a page of follow-ups: whose it is, and the client's (one query per kind). */
export async function withFollowUpLinks(db: Db, firmId: string, rows: FollowUpRow[]): Promise<FollowUpRecord[]> {
  const names = await loadLinkNames(db, firmId, { ...clientIdsOf(rows), members: rows.map((r) => r.memberId) });
  return rows.map((r) => ({ ...r, ...clientLinksOf(r, names), member: names.member(r.memberId) }));
}

function closed(row: FollowUpRow): AppError {
  const how = row.status === 'done' ? `done on ${utcDay(row.doneAt!)}` : `cancelled on ${utcDay(row.cancelledAt!)} (${row.cancelReason})`;
  return new AppError('follow_up_closed', `This follow-up was already ${how}, so it can no longer change. Add a new follow-up instead.`, {
    status: row.status,
  });
}

/**
 * Inside an action's transaction: the open follow-up, locked until commit. Missing or another firm's → 404;
 * done or cancelled → 409 follow_up_closed; a `version` that is not the stored one → 409 version_conflict.
 */
export async function lockOpenFollowUp(tx: Db, actor: Actor, id: string, version?: number) {
  const where = and(eq(followUps.firmId, actor.firmId), eq(followUps.id, id))!;
  const [current] = await tx.select().from(followUps).where(where).for('update').limit(1);
  if (!current) throw notFound('follow-up');
  if (current.status !== 'open') throw closed(current);
  if (version !== undefined && version !== current.version) throw versionConflict('follow-up', current.version);
  return { current, where };
}
