/** A referral as the API shows it: who to or from, for which client, and whether it counts as help given. */
import type { ReferralRecord } from '../domain/referrals/referral-fields.ts';
import { iso } from './iso.ts';

export function presentReferral(r: ReferralRecord) {
  return {
    id: r.id,
    direction: r.direction,
    helpGiven: r.direction === 'out',
    provider: r.provider,
    referredByPerson: r.referredByPerson,
    referredByName: r.referredByName,
    person: r.person,
    organization: r.organization,
    need: r.need,
    conversationId: r.conversationId,
    reason: r.reason,
    referredOn: r.referredOn,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    createdBy: r.createdBy,
    version: r.version,
  };
}
