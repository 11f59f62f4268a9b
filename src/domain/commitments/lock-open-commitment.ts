/**
 * The guard every action on a commitment passes (keep, renegotiate, break): lock the firm's row for the
 * transaction, "not found" for another firm's, and 409 once it has been kept or broken — resolved is final.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { commitments } from '../../db/schema.ts';
import { utcDay } from '../../common/days.ts';
import type { Actor } from '../actor.ts';
import { AppError, notFound } from '../errors.ts';
import type { CommitmentRow } from './commitment-view.ts';
import { spokenDay } from './spoken-day.ts';

function alreadyResolved(row: CommitmentRow): AppError {
  const when = row.status === 'kept' && row.keptOn ? `kept on ${spokenDay(row.keptOn)}` : `marked broken on ${spokenDay(utcDay(row.resolvedAt!))}`;
  return new AppError('commitment_already_resolved', `This commitment was already ${when}. A resolved commitment stays as it was; record a new one if something else was promised.`);
}

/** The open commitment, locked until the transaction ends. */
export async function lockOpenCommitment(tx: Db, actor: Actor, id: string): Promise<CommitmentRow> {
  const [row] = await tx
    .select()
    .from(commitments)
    .where(and(eq(commitments.firmId, actor.firmId), eq(commitments.id, id)))
    .for('update')
    .limit(1);
  if (!row) throw notFound('commitment');
  if (row.status !== 'open') throw alreadyResolved(row);
  return row;
}

/** The condition naming the commitment in an update. */
export const commitmentWhere = (actor: Actor, id: string) => and(eq(commitments.firmId, actor.firmId), eq(commitments.id, id));
