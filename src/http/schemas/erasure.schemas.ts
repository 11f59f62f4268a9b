/** Request and response schemas for erasing a person on request and for the firm's audit trail (decision 020). */
import { z } from 'zod';
import { limits } from '../../common/limits.ts';
import { reviewKinds } from '../../domain/people/find-mentions.ts';
import { personLinkKeys } from '../../domain/people/person-links.ts';
import { auditActions, auditSubjects } from '../../db/schema.ts';
import { pageQuery } from './common.schemas.ts';

export const reasonMax = 500;

export const eraseBody = z.object({
  confirmName: z.string().max(limits.nameMax).describe('The person’s full name, typed again exactly as shown: erasure cannot be undone.'),
  reason: z
    .string()
    .max(reasonMax)
    .nullable()
    .optional()
    .describe('Why, e.g. "request by email 2026-11-20". Kept in the audit entry: do not put the person’s name or details here.'),
});

const count = (what: string) => z.int().min(0).describe(what);

export const unlinkedCounts = z
  .object({
    conversations: count('Conversations they took part in: kept, without them among the participants.'),
    affiliations: count('Their places in organisations: removed.'),
    needs: count('Needs they belonged to: kept, without them.'),
    confirmations: count('Their confirmations of problem statements: removed.'),
    journeySteps: count('Journey steps they owned: kept, with no owner on the client’s side.'),
    commitments: count('Commitments made by or to them: kept, without the person.'),
    followUps: count('Follow-ups for them: kept, without the person.'),
    gifts: count('Gifts to them: kept, without the person.'),
    referrals: count('Referrals of or by them: kept, without the person.'),
    incidents: count('Incidents that affected them: kept, without the person.'),
    transcriptSpeakers: count('Transcript speakers linked to them: the speaker label stays, the link goes.'),
    shareLinks: count('Their share links: removed, so their pages stop working.'),
    clientActs: count('What they did on their pages (comments, answers, check-ins): removed with them.'),
  } satisfies Record<(typeof personLinkKeys)[number], z.ZodInt>)
  .meta({ id: 'ErasureUnlinked' });

export const reviewItem = z
  .object({
    kind: z.enum(reviewKinds).describe('What kind of record names the person.'),
    id: z.uuid().describe('The record to open and edit (for a transcript or a close-out, its conversation).'),
    conversationId: z.uuid().nullable().describe('The conversation, for conversation notes and transcripts.'),
    label: z.string().describe('The record’s title or first line.'),
    fields: z.array(z.string()).describe('Where in the record the name was found, e.g. "Notes: Goals".'),
    excerpt: z.string().describe('About 60 characters around the first place the name was found.'),
    matchStart: z.int().min(0).describe('Where the name starts in the excerpt.'),
    matchLength: z.int().min(0).describe('How long the matched name is in the excerpt.'),
  })
  .meta({ id: 'ErasureReviewItem' });

const review = {
  review: z.array(reviewItem).describe('Records whose free text names the person (full name, or first or last name as a whole word): edit them by hand.'),
  reviewComplete: z.boolean().describe('False when some kind of record had too many matches to list them all.'),
};

export const erasurePreview = z
  .object({
    person: z.object({ id: z.uuid(), fullName: z.string() }),
    unlinked: unlinkedCounts,
    ...review,
  })
  .meta({ id: 'ErasurePreview' });

export const erasureResult = z
  .object({
    auditEntryId: z.uuid().describe('The audit entry that records the erasure.'),
    unlinked: unlinkedCounts,
    ...review,
  })
  .meta({ id: 'ErasureResult' });

export const auditEntry = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    actor: z.object({ id: z.uuid(), name: z.string().nullable().describe('Null once the member has left the firm.') }).nullable(),
    action: z.enum(auditActions),
    subject: z.enum(auditSubjects),
    subjectId: z.uuid().describe('The id the record had; an erased person’s id no longer resolves.'),
    summary: z.record(z.string(), z.number()).describe('Counts only, e.g. how many records were unlinked.'),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

export const auditPage = z.object({ items: z.array(auditEntry), nextCursor: z.string().nullable() }).meta({ id: 'AuditPage' });

export const listAuditQuery = z.object({ ...pageQuery });
