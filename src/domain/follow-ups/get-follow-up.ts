/** One follow-up of the actor's firm, with its names; another firm's is "not found". */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { followUps } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { withFollowUpLinks, type FollowUpRecord } from './follow-up-fields.ts';

export async function getFollowUp(db: Db, actor: Actor, id: string): Promise<FollowUpRecord> {
  const [row] = await db
    .select()
    .from(followUps)
    .where(and(eq(followUps.firmId, actor.firmId), eq(followUps.id, id)))
    .limit(1);
  if (!row) throw notFound('follow-up');
  const [followUp] = await withFollowUpLinks(db, actor.firmId, [row]);
  return followUp!;
}
