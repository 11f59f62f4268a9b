/** Request and response schemas for gifts: something specific given to one client, and how they responded. */
import { z } from 'zod';
import { giftKinds, giftResponses, practiceLimits } from '../../common/practices.ts';
import { isoDay, nonBlank, optionalText, pageQuery, stamps, versionField } from './common.schemas.ts';
import { clientLinkFields, linkId } from './follow-ups.schemas.ts';

const giftFields = {
  kind: z.enum(giftKinds).describe('What sort of gift.'),
  title: nonBlank(practiceLimits.titleMax).describe('What it was, in a line.'),
  specificToClient: nonBlank(practiceLimits.reasonMax).describe('What makes it specific to this client.'),
  riskTaken: optionalText(practiceLimits.reasonMax).describe('The risk we took in giving it (time, a view they may not like…).'),
  givenOn: isoDay.describe('The day it was given; defaults to today.'),
  reference: optionalText(practiceLimits.reasonMax).describe('A link, or where the attachment is kept.'),
  personId: linkId('The person it was for'),
  organizationId: linkId('The organisation it was for'),
  needId: linkId('The need it relates to'),
  conversationId: linkId('The conversation it came from'),
};

export const createGiftBody = z.object({ ...giftFields, givenOn: giftFields.givenOn.optional() });

export const updateGiftBody = z.object({
  version: versionField,
  kind: giftFields.kind.optional(),
  title: giftFields.title.optional(),
  specificToClient: giftFields.specificToClient.optional(),
  riskTaken: giftFields.riskTaken,
  givenOn: giftFields.givenOn.optional(),
  reference: giftFields.reference,
  response: z.enum(giftResponses).optional().describe("The client's response."),
  responseNote: optionalText(practiceLimits.reasonMax).describe('What they said or did with it.'),
  personId: giftFields.personId,
  organizationId: giftFields.organizationId,
  needId: giftFields.needId,
  conversationId: giftFields.conversationId,
});

export const listGiftsQuery = z.object({
  personId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
  needId: z.uuid().optional(),
  response: z.enum(giftResponses).optional().describe("Only gifts with this response from the client."),
  ...pageQuery,
});

export const giftResponse = z
  .object({
    id: z.uuid(),
    kind: z.enum(giftKinds),
    title: z.string(),
    specificToClient: z.string(),
    riskTaken: z.string().nullable(),
    givenOn: z.string().describe('YYYY-MM-DD.'),
    reference: z.string().nullable(),
    response: z.enum(giftResponses),
    responseNote: z.string().nullable(),
    ...clientLinkFields,
    conversationId: z.uuid().nullable(),
    ...stamps,
  })
  .meta({ id: 'Gift' });

export const giftPage = z.object({ items: z.array(giftResponse).describe('Newest given first.'), nextCursor: z.string().nullable() });
