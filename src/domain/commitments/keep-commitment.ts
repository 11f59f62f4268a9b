/** Marks an open commitment kept on a day (today by default); kept after the date in force is kept late. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { commitments } from '../../db/schema.ts';
import { utcDay } from '../../common/days.ts';
import type { Actor } from '../actor.ts';
import { getCommitment } from './get-commitment.ts';
import { invalid } from './invalid.ts';
import { commitmentWhere, lockOpenCommitment } from './lock-open-commitment.ts';
import type { CommitmentView } from './commitment-view.ts';

/** `now` is the clock's moment: it stamps resolved_at, and its UTC day is "today". */
export async function keepCommitment(db: Db, actor: Actor, id: string, input: { keptOn?: string }, now: Date): Promise<CommitmentView> {
  const today = utcDay(now);
  const keptOn = input.keptOn ?? today;
  if (keptOn > today) {
    throw invalid('keptOn', 'must not be in the future', 'A commitment cannot be kept on a day that has not come yet. Pick today or an earlier day.');
  }
  return db.transaction(async (tx) => {
    await lockOpenCommitment(tx, actor, id);
    await tx
      .update(commitments)
      .set({ status: 'kept', keptOn, resolvedAt: now, updatedAt: new Date(), version: sql`${commitments.version} + 1` })
      .where(commitmentWhere(actor, id));
    return getCommitment(tx, actor, id, today);
  });
}
