/**
 * Edits what a commitment says and what it links to; the caller sends the version it loaded. The date
 * moves only by renegotiation, and the side and state only by their own actions.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { commitments } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { lockForEdit } from '../support/lock-for-edit.ts';
import { getCommitment } from './get-commitment.ts';
import { checkLinks } from '../support/linked-records.ts';
import type { CommitmentView } from './commitment-view.ts';

export interface UpdateCommitmentInput {
  version: number;
  description?: string;
  /** null clears a link; absent keeps it. */
  memberId?: string | null;
  personId?: string | null;
  organizationId?: string | null;
  needId?: string | null;
}

const keep = <T>(next: T | undefined, current: T): T => (next === undefined ? current : next);

export async function updateCommitment(db: Db, actor: Actor, id: string, input: UpdateCommitmentInput, today: string): Promise<CommitmentView> {
  return db.transaction(async (tx) => {
    const { current, where } = await lockForEdit(tx, commitments, actor, id, input.version, 'commitment');
    await checkLinks(tx, actor.firmId, input);
    await tx
      .update(commitments)
      .set({
        description: input.description?.trim() ?? current.description,
        memberId: keep(input.memberId, current.memberId),
        personId: keep(input.personId, current.personId),
        organizationId: keep(input.organizationId, current.organizationId),
        needId: keep(input.needId, current.needId),
        updatedAt: new Date(),
        version: sql`${commitments.version} + 1`,
      })
      .where(where);
    return getCommitment(tx, actor, id, today);
  });
}
