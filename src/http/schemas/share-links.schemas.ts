/** Schemas for share links (decision 024): the professional's side of sharing a plan or a recap with one client person. */
import { z } from 'zod';
import { shareKinds, shareLimits, shareStates } from '../../common/client-side.ts';
import { nonBlank, versionField } from './common.schemas.ts';

const expiresAt = z.iso
  .datetime({ offset: true })
  .describe(`When the link stops working: in the future, at most ${shareLimits.maxDays} days ahead (default ${shareLimits.defaultDays} days).`);

export const shareEmailBody = z
  .object({
    subject: nonBlank(shareLimits.emailSubjectMax),
    body: nonBlank(shareLimits.emailBodyMax).describe('Your message; the link and when it stops working are added under it.'),
  })
  .meta({ id: 'ShareEmail' });

export const createShareLinkBody = z
  .object({
    personId: z.uuid().describe('One of the need’s people, or one of the conversation’s people.'),
    needId: z.uuid().optional().describe('Share this need’s plan (give needId or conversationId).'),
    conversationId: z.uuid().optional().describe('Share "what I heard" from this conversation.'),
    recapText: z
      .string()
      .trim()
      .max(shareLimits.recapMax)
      .optional()
      .describe('The recap as you edited it (conversation links); drafted from the notes, without confidential parts, when absent.'),
    expiresAt: expiresAt.optional(),
    email: shareEmailBody.optional().describe('Send the link by email at once (SMTP must be configured).'),
  })
  .meta({ id: 'CreateShareLink' });

export const shareLinkResponse = z
  .object({
    id: z.uuid(),
    person: z.object({ id: z.uuid(), fullName: z.string(), emails: z.array(z.string()) }),
    subject: z.object({ kind: z.enum(shareKinds), id: z.uuid(), title: z.string().nullable().describe('The need’s title; null for a recap.') }),
    createdAt: z.iso.datetime(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    expiresAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    lastOpenedAt: z.iso.datetime().nullable(),
    opens: z.int(),
    lastEmailedAt: z.iso.datetime().nullable(),
    state: z.enum(shareStates),
    version: z.int(),
    recapText: z.string().nullable().describe('Recap links: the text the client reads.'),
    reply: z
      .object({ agrees: z.boolean(), correction: z.string().nullable(), at: z.iso.datetime() })
      .nullable()
      .describe('Recap links: the client’s answer.'),
  })
  .meta({ id: 'ShareLink' });

export const sharedAddressResponse = z
  .object({
    id: z.uuid(),
    url: z.string().describe('The page’s address, shown once: Yellowpad keeps only a hash of its secret.'),
    expiresAt: z.iso.datetime(),
    subject: z.object({ kind: z.enum(shareKinds), id: z.uuid() }),
    emailedTo: z.string().nullable().describe('The address the link was emailed to, if it was.'),
    emailError: z.string().optional().describe('Set when the link was made but the email could not be sent.'),
    link: shareLinkResponse,
  })
  .meta({ id: 'ShareAddress' });

export const listShareLinksQuery = z.object({
  needId: z.uuid().optional(),
  conversationId: z.uuid().optional(),
  personId: z.uuid().optional(),
});

export const shareLinkList = z.object({ items: z.array(shareLinkResponse).describe('Newest first.') }).meta({ id: 'ShareLinkList' });

export const updateShareLinkBody = z.object({ version: versionField, expiresAt }).meta({ id: 'UpdateShareLink' });
