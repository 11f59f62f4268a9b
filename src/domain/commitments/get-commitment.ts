/** One commitment of the actor's firm with its links, history and standing; another firm's is "not found". */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { commitments } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { selectCommitments, toViews, type CommitmentView } from './commitment-view.ts';

/** `today` (YYYY-MM-DD) decides whether an open commitment is overdue. */
export async function getCommitment(db: Db, actor: Actor, id: string, today: string): Promise<CommitmentView> {
  const [row] = await selectCommitments(db)
    .where(and(eq(commitments.firmId, actor.firmId), eq(commitments.id, id)))
    .limit(1);
  if (!row) throw notFound('commitment');
  const [view] = await toViews(db, actor.firmId, [row], today);
  return view!;
}
