/**
 * The rows of a Yellowpad export that an import reads, as zod schemas: a row that does not fit is reported
 * by file and position and left out; the others still come. Only the fields an import uses are checked.
 */
import { z } from 'zod';

const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be an id (uuid)');
const text = z.string().nullish().transform((v) => v ?? null);
const stamp = z.iso.datetime({ offset: true, message: 'must be a date and time in ISO 8601' });
const optionalStamp = stamp.nullish().transform((v) => (v ? new Date(v) : undefined));

export const memberRow = z.object({ id, email: z.string() });

export const organizationRow = z.object({
  id,
  name: z.string().trim().min(1, 'must not be blank'),
  website: text,
  industry: text,
  notes: text,
  createdBy: id.nullish(),
  createdAt: optionalStamp,
  updatedAt: optionalStamp,
});

const address = z.object({
  label: z.string().nullish(),
  street: z.string().nullish(),
  city: z.string().nullish(),
  region: z.string().nullish(),
  postalCode: z.string().nullish(),
  country: z.string().nullish(),
});

export const personRow = z.object({
  id,
  fullName: z.string().trim().min(1, 'must not be blank'),
  emails: z.array(z.string()).default([]),
  phones: z.array(z.string()).default([]),
  notes: text,
  title: text,
  birthday: text,
  addresses: z.array(address).default([]),
  stayInTouchDays: z.int().min(1).max(3650).nullish().transform((v) => v ?? null),
  createdBy: id.nullish(),
  createdAt: optionalStamp,
  updatedAt: optionalStamp,
});

export const affiliationRow = z.object({ personId: id, organizationId: id, title: text });

export const conversationRow = z.object({
  id,
  occurredAt: stamp.transform((v) => new Date(v)),
  channel: z.string(),
  summary: text,
  notes: z.record(z.string(), z.string()).default({}),
  createdBy: id.nullish(),
  createdAt: optionalStamp,
  updatedAt: optionalStamp,
});

export const conversationPersonRow = z.object({ conversationId: id, personId: id });
export const conversationMemberRow = z.object({ conversationId: id, memberId: id });

export type PersonRow = z.infer<typeof personRow>;
export type OrganizationRow = z.infer<typeof organizationRow>;
export type ConversationRow = z.infer<typeof conversationRow>;
export type AffiliationRow = z.infer<typeof affiliationRow>;
export type ConversationPersonRow = z.infer<typeof conversationPersonRow>;
export type ConversationMemberRow = z.infer<typeof conversationMemberRow>;
export type MemberRow = z.infer<typeof memberRow>;
