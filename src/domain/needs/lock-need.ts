/**
 * Changes to a need's statements, journey and outcome start here: the need row is locked for the rest of
 * the transaction, so version numbers and step positions are assigned one writer at a time.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { needs } from '../../db/schema.ts';
import { needOutcomeLabels } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { AppError, notFound } from '../errors.ts';

export type NeedRow = typeof needs.$inferSelect;

/** Locks the firm's need until commit; not_found for an unknown id or another firm's. */
export async function lockNeed(tx: Db, actor: Pick<Actor, 'firmId'>, needId: string): Promise<NeedRow> {
  const [need] = await tx
    .select()
    .from(needs)
    .where(and(eq(needs.firmId, actor.firmId), eq(needs.id, needId)))
    .for('update')
    .limit(1);
  if (!need) throw notFound('need');
  return need;
}

/** As lockNeed, and refuses a need that already has its outcome (409 need_closed). */
export async function lockOpenNeed(tx: Db, actor: Pick<Actor, 'firmId'>, needId: string): Promise<NeedRow> {
  const need = await lockNeed(tx, actor, needId);
  if (need.outcome) {
    throw new AppError(
      'need_closed',
      `This need is closed (${needOutcomeLabels[need.outcome].label.toLowerCase()}). Reopen it first if the outcome was recorded by mistake.`,
    );
  }
  return need;
}
