/**
 * Moves an open commitment's date, with the reason, when agreed on or before the date in force: that
 * keeps faith. After the date it is too late — the commitment is then kept late or broken.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { commitmentRenegotiations, commitments } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { getCommitment } from './get-commitment.ts';
import { invalid } from './invalid.ts';
import { commitmentWhere, lockOpenCommitment } from './lock-open-commitment.ts';
import { spokenDay } from './spoken-day.ts';
import type { CommitmentView } from './commitment-view.ts';

export interface RenegotiateInput {
  dueOn: string;
  reason: string;
}

/** Appends the renegotiation to the history and moves the date in force; `today` is YYYY-MM-DD. */
export async function renegotiateCommitment(db: Db, actor: Actor, id: string, input: RenegotiateInput, today: string): Promise<CommitmentView> {
  return db.transaction(async (tx) => {
    const current = await lockOpenCommitment(tx, actor, id);
    if (today > current.dueOn) {
      throw new AppError(
        'commitment_past_due',
        `This commitment was due on ${spokenDay(current.dueOn)}. A new date can only be agreed on or before the date in force; now it is either kept late or broken.`,
      );
    }
    if (input.dueOn <= today) throw invalid('dueOn', 'must be after today', 'Pick a new date after today.');
    if (input.dueOn === current.dueOn) throw invalid('dueOn', 'is already the date in force', 'Pick a date different from the one already agreed.');
    await tx.insert(commitmentRenegotiations).values({
      firmId: actor.firmId,
      commitmentId: id,
      fromDueOn: current.dueOn,
      toDueOn: input.dueOn,
      reason: input.reason.trim(),
      createdBy: actor.memberId,
    });
    await tx
      .update(commitments)
      .set({
        dueOn: input.dueOn,
        renegotiationCount: sql`${commitments.renegotiationCount} + 1`,
        updatedAt: new Date(),
        version: sql`${commitments.version} + 1`,
      })
      .where(commitmentWhere(actor, id));
    return getCommitment(tx, actor, id, today);
  });
}
