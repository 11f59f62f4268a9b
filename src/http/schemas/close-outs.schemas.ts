/** Request and response schemas for a conversation's close-out: the 10% rule's three optional acts. */
import { z } from 'zod';
import { practiceLimits } from '../../common/practices.ts';
import { isoDay, nonBlank } from './common.schemas.ts';
import { followUpContent, followUpResponse } from './follow-ups.schemas.ts';
import { referralResponse } from './referrals.schemas.ts';

export const closeOutBody = z.object({
  alternative: z
    .object({
      providerId: z.uuid().describe('The provider who fits better.'),
      reason: nonBlank(practiceLimits.reasonMax).describe('Why they fit better.'),
      personId: z.uuid().nullable().optional().describe("Who was referred; defaults to the conversation's person when there is one."),
      needId: z.uuid().nullable().optional(),
    })
    .optional()
    .describe("If we can't help, suggest an alternative: recorded as a referral out."),
  valueAdd: z
    .object({
      description: nonBlank(practiceLimits.reasonMax).describe('The piece of value added.'),
      giftId: z.uuid().nullable().optional().describe('The gift it was, if recorded as one.'),
    })
    .optional()
    .describe('Add one piece of value.'),
  followUp: z
    .object({
      content: followUpContent,
      dueOn: isoDay.optional().describe(`Defaults to today + ${practiceLimits.followUpDefaultDays} days.`),
      personId: z.uuid().nullable().optional().describe("Whom it is for; defaults to the conversation's person when there is one."),
    })
    .optional()
    .describe('Schedule a follow-up that says what exactly you will bring.'),
});

export const closeOutResponse = z
  .object({
    conversationId: z.uuid(),
    referral: referralResponse.nullable(),
    valueAdd: z
      .object({ description: z.string(), gift: z.object({ id: z.uuid(), title: z.string() }).nullable() })
      .nullable(),
    followUp: followUpResponse.nullable(),
    createdAt: z.iso.datetime(),
    createdBy: z.uuid().nullable(),
  })
  .meta({ id: 'CloseOut' });

export const closeOutEnvelope = z.object({ closeOut: closeOutResponse.nullable().describe('Null while the conversation is an open loop.') });
