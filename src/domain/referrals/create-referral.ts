/**
 * Records a referral. Out: we sent the client to a provider who fits better — help given, whatever the
 * fee. In: who sent the client to us. The close-out's "suggest an alternative" records one too.
 */
import type { Db } from '../../db/open-db.ts';
import { referrals } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { checkLinks } from '../support/linked-records.ts';
import { optionalText } from '../support/text.ts';
import { getReferral } from './get-referral.ts';
import { checkReferralShape, type ReferralRecord, type ReferralShape } from './referral-fields.ts';

export interface CreateReferralInput extends ReferralShape {
  conversationId?: string | null;
  /** Out: why they fit better. In: how it came about. */
  reason: string;
  /** Defaults to today. */
  referredOn?: string;
}

/**
 * Inside the caller's transaction: checks and inserts, returning the new id. `prefix` names the body object
 * the input came in, so a refusal points at the right field (the close-out's "alternative").
 */
export async function insertReferral(tx: Db, actor: Actor, input: CreateReferralInput, today: string, prefix?: string): Promise<string> {
  checkReferralShape(input);
  const links = {
    providerId: input.providerId,
    referredByPersonId: input.referredByPersonId,
    personId: input.personId,
    organizationId: input.organizationId,
    needId: input.needId,
    conversationId: input.conversationId,
  };
  await checkLinks(tx, actor.firmId, links, prefix);
  const [row] = await tx
    .insert(referrals)
    .values({
      firmId: actor.firmId,
      direction: input.direction,
      providerId: input.providerId ?? null,
      referredByPersonId: input.referredByPersonId ?? null,
      referredByName: optionalText(input.referredByName),
      personId: input.personId ?? null,
      organizationId: input.organizationId ?? null,
      needId: input.needId ?? null,
      conversationId: input.conversationId ?? null,
      reason: input.reason.trim(),
      referredOn: input.referredOn ?? today,
      createdBy: actor.memberId,
    })
    .returning({ id: referrals.id });
  return row!.id;
}

/** `today` is the day by the server's clock, the default referral day. */
export async function createReferral(db: Db, actor: Actor, input: CreateReferralInput, today: string): Promise<ReferralRecord> {
  return db.transaction(async (tx) => getReferral(tx, actor, await insertReferral(tx, actor, input, today)));
}
