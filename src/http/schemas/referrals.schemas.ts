/** Request and response schemas for referrals: out (to a provider who fits better: help given) and in. */
import { z } from 'zod';
import { limits } from '../../common/limits.ts';
import { practiceLimits, referralDirections } from '../../common/practices.ts';
import { isoDay, nonBlank, optionalText, pageQuery, stamps, versionField } from './common.schemas.ts';
import { clientLinkFields, linkId, organizationRef, personRef } from './follow-ups.schemas.ts';

const referralFields = {
  providerId: linkId('Out: the provider we referred the client to (required). In: the provider who referred them to us'),
  referredByPersonId: linkId('In: the person who referred the client to us'),
  referredByName: optionalText(limits.nameMax).describe('In: who referred the client, when they are not in Yellowpad.'),
  personId: linkId('The client person'),
  organizationId: linkId('The client organisation'),
  needId: linkId('The client’s need'),
  conversationId: linkId('The conversation it came from'),
  reason: nonBlank(practiceLimits.reasonMax).describe('Out: why they fit better. In: how it came about.'),
  referredOn: isoDay.describe('The day of the referral; defaults to today.'),
};

export const createReferralBody = z.object({
  direction: z.enum(referralDirections).describe('out: we referred the client elsewhere (help given); in: someone referred the client to us.'),
  ...referralFields,
  referredOn: referralFields.referredOn.optional(),
});

export const updateReferralBody = z.object({
  version: versionField,
  ...referralFields,
  reason: referralFields.reason.optional(),
  referredOn: referralFields.referredOn.optional(),
});

export const listReferralsQuery = z.object({
  direction: z.enum(referralDirections).optional(),
  providerId: z.uuid().optional(),
  personId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
  needId: z.uuid().optional(),
  ...pageQuery,
});

export const referralResponse = z
  .object({
    id: z.uuid(),
    direction: z.enum(referralDirections),
    helpGiven: z.boolean().describe('A referral out is help given, and is counted as such.'),
    provider: organizationRef.nullable(),
    referredByPerson: personRef.nullable(),
    referredByName: z.string().nullable(),
    ...clientLinkFields,
    conversationId: z.uuid().nullable(),
    reason: z.string(),
    referredOn: z.string().describe('YYYY-MM-DD.'),
    ...stamps,
  })
  .meta({ id: 'Referral' });

export const referralPage = z.object({ items: z.array(referralResponse).describe('Newest first.'), nextCursor: z.string().nullable() });
