/** One referral of the actor's firm, with its names; another firm's is "not found". */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { referrals } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { withReferralLinks, type ReferralRecord } from './referral-fields.ts';

export async function getReferral(db: Db, actor: Actor, id: string): Promise<ReferralRecord> {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.firmId, actor.firmId), eq(referrals.id, id)))
    .limit(1);
  if (!row) throw notFound('referral');
  const [referral] = await withReferralLinks(db, actor.firmId, [row]);
  return referral!;
}
