/** Reopens a closed need, clearing its outcome: for an outcome recorded by mistake or too early. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { needs } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { getNeed } from './get-need.ts';
import type { NeedView } from './load-needs.ts';
import { lockNeed } from './lock-need.ts';

/** Clears the outcome (409 need_not_closed when the need is open). */
export async function reopenNeed(db: Db, actor: Actor, needId: string, today: string): Promise<NeedView> {
  return db.transaction(async (tx) => {
    const need = await lockNeed(tx, actor, needId);
    if (!need.outcome) throw new AppError('need_not_closed', 'This need is already open: there is no outcome to clear.');
    await tx
      .update(needs)
      .set({ outcome: null, outcomeReason: null, outcomeLesson: null, outcomeAt: null, outcomeBy: null, updatedAt: new Date(), version: sql`${needs.version} + 1` })
      .where(and(eq(needs.firmId, actor.firmId), eq(needs.id, needId)));
    return getNeed(tx, actor, needId, today);
  });
}
