/** Records that an open commitment was broken, and why: an honest record counts towards reliability. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { commitments } from '../../db/schema.ts';
import { utcDay } from '../../common/days.ts';
import type { Actor } from '../actor.ts';
import { getCommitment } from './get-commitment.ts';
import { commitmentWhere, lockOpenCommitment } from './lock-open-commitment.ts';
import type { CommitmentView } from './commitment-view.ts';

/** `now` is the clock's moment: it stamps resolved_at. */
export async function breakCommitment(db: Db, actor: Actor, id: string, input: { reason: string }, now: Date): Promise<CommitmentView> {
  return db.transaction(async (tx) => {
    await lockOpenCommitment(tx, actor, id);
    await tx
      .update(commitments)
      .set({ status: 'broken', brokenReason: input.reason.trim(), resolvedAt: now, updatedAt: new Date(), version: sql`${commitments.version} + 1` })
      .where(commitmentWhere(actor, id));
    return getCommitment(tx, actor, id, utcDay(now));
  });
}
