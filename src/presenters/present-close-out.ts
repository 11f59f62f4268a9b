/** A conversation's close-out as the API shows it: each act with the record it created. */
import type { CloseOutRecord } from '../domain/close-outs/get-close-out.ts';
import { presentFollowUp } from './present-follow-up.ts';
import { presentReferral } from './present-referral.ts';
import { iso } from './iso.ts';

export function presentCloseOut(c: CloseOutRecord) {
  return {
    conversationId: c.conversationId,
    referral: c.referral ? presentReferral(c.referral) : null,
    valueAdd: c.valueAdd,
    followUp: c.followUp ? presentFollowUp(c.followUp) : null,
    createdAt: iso(c.createdAt),
    createdBy: c.createdBy,
  };
}
