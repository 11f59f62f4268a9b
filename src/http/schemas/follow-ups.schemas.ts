/**
 * Request and response schemas for follow-ups, and the small references (person, organisation, need,
 * member) that gifts, referrals and follow-ups all show for the records they point at.
 */
import { z } from 'zod';
import { followUpStatuses, practiceLimits } from '../../common/practices.ts';
import { isoDay, nonBlank, pageQuery, stamps, versionField } from './common.schemas.ts';

export const personRef = z.object({ id: z.uuid(), fullName: z.string() });
export const organizationRef = z.object({ id: z.uuid(), name: z.string() });
export const needRef = z.object({ id: z.uuid(), title: z.string() });
export const memberRef = z.object({ id: z.uuid(), name: z.string() });

/** The client a record is about, by name (null when not linked, or since deleted). */
export const clientLinkFields = {
  person: personRef.nullable().describe('The client person.'),
  organization: organizationRef.nullable().describe('The client organisation.'),
  need: needRef.nullable().describe('The need it belongs to.'),
};

/** Ids of the firm's records; another firm's or a missing one is refused with 404 not_found. */
export const linkId = (what: string) => z.uuid().nullable().optional().describe(`${what} (of your firm).`);

export const followUpContent = nonBlank(practiceLimits.reasonMax).describe(
  'What exactly you will bring the client, e.g. "Send the two client stories about month-end close". A generic one ("just checking in") is refused with 422 follow_up_not_specific.',
);
const dueOn = isoDay.describe(`The day it is due, YYYY-MM-DD. Defaults to today + ${practiceLimits.followUpDefaultDays} days.`);
const optionalVersion = versionField.optional().describe('The version you loaded; when sent, a changed follow-up is refused with 409.');

export const createFollowUpBody = z.object({
  content: followUpContent,
  dueOn: dueOn.optional(),
  memberId: linkId('Whose follow-up it is; defaults to you'),
  personId: linkId('The client person'),
  organizationId: linkId('The client organisation'),
  needId: linkId('The need'),
  conversationId: linkId('The conversation it follows (its notes feed the suggestions)'),
});

export const updateFollowUpBody = z.object({ version: versionField, content: followUpContent.optional(), dueOn: dueOn.optional() });

export const completeFollowUpBody = z.object({ version: optionalVersion }).nullish().describe('Optional: send {version} to refuse the change if the follow-up changed since you loaded it.');
export const snoozeFollowUpBody = z.object({ dueOn: isoDay.describe('The new day; must be after today.'), version: optionalVersion });
export const cancelFollowUpBody = z.object({
  reason: nonBlank(practiceLimits.reasonMax).describe('Why it is no longer needed.'),
  version: optionalVersion,
});

export const listFollowUpsQuery = z.object({
  status: z.enum(followUpStatuses).default('open').describe('open (soonest due first), done or cancelled (latest due first).'),
  memberId: z.uuid().optional().describe('Only this member’s follow-ups.'),
  personId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
  needId: z.uuid().optional(),
  conversationId: z.uuid().optional(),
  due: z.enum(['overdue', 'today', 'upcoming']).optional().describe('Due before, on, or after today.'),
  date: isoDay.optional().describe('Your calendar day, which decides what "today" is for `due`; the server’s day (UTC) by default.'),
  ...pageQuery,
});

export const followUpResponse = z
  .object({
    id: z.uuid(),
    content: z.string(),
    dueOn: z.string().describe('YYYY-MM-DD.'),
    status: z.enum(followUpStatuses),
    member: memberRef.nullable().describe('Whose follow-up it is.'),
    ...clientLinkFields,
    conversationId: z.uuid().nullable(),
    doneAt: z.iso.datetime().nullable(),
    cancelledAt: z.iso.datetime().nullable(),
    cancelReason: z.string().nullable(),
    snoozeCount: z.int().describe('How many times it was moved to a later day.'),
    ...stamps,
  })
  .meta({ id: 'FollowUp' });

export const followUpPage = z.object({ items: z.array(followUpResponse), nextCursor: z.string().nullable() });
