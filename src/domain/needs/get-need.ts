/** One need of the actor's firm in full; another firm's need is "not found". */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { needs } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { completeNeeds, selectNeeds, type NeedView } from './load-needs.ts';

/** Loads the need with its statement, journey and health as of `today`, or throws not_found. */
export async function getNeed(db: Db, actor: Actor, id: string, today: string): Promise<NeedView> {
  const rows = await selectNeeds(db)
    .where(and(eq(needs.firmId, actor.firmId), eq(needs.id, id)))
    .limit(1);
  if (rows.length === 0) throw notFound('need');
  const [view] = await completeNeeds(db, actor.firmId, rows, today, 'all');
  return view!;
}
