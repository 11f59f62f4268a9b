/** Edits a referral (its direction stays); the caller sends the version it loaded. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { referrals } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { checkLinks } from '../support/linked-records.ts';
import { lockForEdit } from '../support/lock-for-edit.ts';
import { optionalText } from '../support/text.ts';
import type { CreateReferralInput } from './create-referral.ts';
import { getReferral } from './get-referral.ts';
import { checkReferralShape, type ReferralRecord } from './referral-fields.ts';

export type UpdateReferralInput = Partial<Omit<CreateReferralInput, 'direction'>> & { version: number };

type LinkKey = 'providerId' | 'referredByPersonId' | 'personId' | 'organizationId' | 'needId' | 'conversationId';

/** Fields left out keep their value; links sent as null are cleared, as long as the referral still says who and for whom. */
export async function updateReferral(db: Db, actor: Actor, id: string, input: UpdateReferralInput): Promise<ReferralRecord> {
  return db.transaction(async (tx) => {
    const { current, where } = await lockForEdit(tx, referrals, actor, id, input.version, 'referral');
    const pick = (key: LinkKey) => (input[key] === undefined ? current[key] : input[key]);
    const merged = {
      providerId: pick('providerId'),
      referredByPersonId: pick('referredByPersonId'),
      personId: pick('personId'),
      organizationId: pick('organizationId'),
      needId: pick('needId'),
      conversationId: pick('conversationId'),
      referredByName: input.referredByName === undefined ? current.referredByName : optionalText(input.referredByName),
    };
    checkReferralShape({ direction: current.direction, ...merged });
    await checkLinks(tx, actor.firmId, {
      providerId: input.providerId,
      referredByPersonId: input.referredByPersonId,
      personId: input.personId,
      organizationId: input.organizationId,
      needId: input.needId,
      conversationId: input.conversationId,
    });
    await tx
      .update(referrals)
      .set({
        ...merged,
        reason: input.reason?.trim() ?? current.reason,
        referredOn: input.referredOn ?? current.referredOn,
        updatedAt: new Date(),
        version: sql`${referrals.version} + 1`,
      })
      .where(where);
    return getReferral(tx, actor, id);
  });
}
