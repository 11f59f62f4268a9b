/** A conversation's close-out with what each act recorded, or null while the loop is still open. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { closeOuts, conversations, gifts } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import type { FollowUpRecord } from '../follow-ups/follow-up-fields.ts';
import { getFollowUp } from '../follow-ups/get-follow-up.ts';
import { getReferral } from '../referrals/get-referral.ts';
import type { ReferralRecord } from '../referrals/referral-fields.ts';

export interface CloseOutRecord {
  conversationId: string;
  referral: ReferralRecord | null;
  valueAdd: { description: string; gift: { id: string; title: string } | null } | null;
  followUp: FollowUpRecord | null;
  createdAt: Date;
  createdBy: string | null;
}

async function giftTitle(db: Db, firmId: string, giftId: string | null) {
  if (!giftId) return null;
  const [gift] = await db
    .select({ id: gifts.id, title: gifts.title })
    .from(gifts)
    .where(and(eq(gifts.firmId, firmId), eq(gifts.id, giftId)))
    .limit(1);
  return gift ?? null;
}

/** Null when the conversation has no close-out (an open loop); not_found when the conversation is not the firm's. */
export async function getCloseOut(db: Db, actor: Actor, conversationId: string): Promise<CloseOutRecord | null> {
  const [row] = await db
    .select()
    .from(closeOuts)
    .where(and(eq(closeOuts.firmId, actor.firmId), eq(closeOuts.conversationId, conversationId)))
    .limit(1);
  if (!row) {
    const [conversation] = await db
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(eq(conversations.firmId, actor.firmId), eq(conversations.id, conversationId)))
      .limit(1);
    if (!conversation) throw notFound('conversation');
    return null;
  }
  return {
    conversationId,
    // The referral and follow-up may have been deleted since (their links are cleared): then they read as null.
    referral: row.referralId ? await getReferral(db, actor, row.referralId) : null,
    valueAdd: row.valueAdd ? { description: row.valueAdd, gift: await giftTitle(db, actor.firmId, row.valueGiftId) } : null,
    followUp: row.followUpId ? await getFollowUp(db, actor, row.followUpId) : null,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}
