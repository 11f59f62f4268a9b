/** Removes a referral recorded by mistake; a close-out that recorded it keeps its other acts. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { referrals } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';

export async function deleteReferral(db: Db, actor: Actor, id: string): Promise<void> {
  const deleted = await db
    .delete(referrals)
    .where(and(eq(referrals.firmId, actor.firmId), eq(referrals.id, id)))
    .returning({ id: referrals.id });
  if (deleted.length === 0) throw notFound('referral');
}
