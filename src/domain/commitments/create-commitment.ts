/** Records a promise, ours to the client or theirs to us, with its due date and what it links to. */
import type { Db } from '../../db/open-db.ts';
import { commitments } from '../../db/schema.ts';
import type { CommitmentSide } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { getCommitment } from './get-commitment.ts';
import { checkLinks } from '../support/linked-records.ts';
import type { CommitmentView } from './commitment-view.ts';

export interface CreateCommitmentInput {
  side: CommitmentSide;
  description: string;
  dueOn: string;
  /** Our member: who promised (side us) or who looks after it (side client). Defaults to the actor. */
  memberId?: string;
  personId?: string;
  organizationId?: string;
  needId?: string;
  conversationId?: string;
}

/**
 * Inserts a commitment inside the caller's transaction and returns its id: an incident's prevention
 * creates its commitment this way, in the incident's transaction, with `incidentId` set.
 */
export async function insertCommitment(tx: Db, actor: Actor, input: CreateCommitmentInput & { incidentId?: string }): Promise<string> {
  const memberId = input.memberId ?? actor.memberId;
  await checkLinks(tx, actor.firmId, { ...input, memberId });
  const [row] = await tx
    .insert(commitments)
    .values({
      firmId: actor.firmId,
      side: input.side,
      description: input.description.trim(),
      dueOn: input.dueOn,
      originalDueOn: input.dueOn,
      memberId,
      personId: input.personId ?? null,
      organizationId: input.organizationId ?? null,
      needId: input.needId ?? null,
      conversationId: input.conversationId ?? null,
      incidentId: input.incidentId ?? null,
      createdBy: actor.memberId,
    })
    .returning({ id: commitments.id });
  return row!.id;
}

/** Creates the commitment in one transaction and returns it as shown on `today`. */
export async function createCommitment(db: Db, actor: Actor, input: CreateCommitmentInput, today: string): Promise<CommitmentView> {
  return db.transaction(async (tx) => getCommitment(tx, actor, await insertCommitment(tx, actor, input), today));
}
