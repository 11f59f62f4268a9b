/** Request and response schemas for commitments both ways: record, list, edit, keep, renegotiate, break. */
import { z } from 'zod';
import { commitmentSides, commitmentStatuses, practiceLimits } from '../../common/practices.ts';
import { commitmentStandings, resolvedStandings } from '../../domain/commitments/commitment-standing.ts';
import { reliabilityWindows } from '../../domain/reliability/reliability-window.ts';
import { isoDay, nonBlank, pageQuery, stamps, versionField } from './common.schemas.ts';

const side = z.enum(commitmentSides).describe('us: what we promised the client; client: what the client promised us.');
const description = nonBlank(practiceLimits.reasonMax).describe('What was promised, specifically.');
const reason = nonBlank(practiceLimits.reasonMax);

/** The links a commitment or an incident may carry, each an id of your firm's records. */
export const linkIds = {
  personId: z.uuid().describe("The client's person: who promised (side client) or to whom (side us)."),
  organizationId: z.uuid().describe('The client organisation.'),
  needId: z.uuid().describe('The need it belongs to.'),
};

export const createCommitmentBody = z.object({
  side,
  description,
  dueOn: isoDay.describe('The date promised, YYYY-MM-DD.'),
  memberId: z.uuid().optional().describe('Our member who promised (side us) or looks after it (side client); defaults to you.'),
  personId: linkIds.personId.optional(),
  organizationId: linkIds.organizationId.optional(),
  needId: linkIds.needId.optional(),
  conversationId: z.uuid().optional().describe('The conversation in which it was promised.'),
});

/** Strict: a date or state sent here is refused, not silently dropped (they change by their own actions). */
export const updateCommitmentBody = z.strictObject({
  version: versionField,
  description: description.optional(),
  memberId: z.uuid().nullable().optional().describe('null clears it.'),
  personId: linkIds.personId.nullable().optional(),
  organizationId: linkIds.organizationId.nullable().optional(),
  needId: linkIds.needId.nullable().optional(),
});

export const keepCommitmentBody = z.object({
  keptOn: isoDay.optional().describe('The day it was kept; today by default. Not in the future. After the date in force it counts as kept late.'),
});

export const renegotiateCommitmentBody = z.object({
  dueOn: isoDay.describe('The new date agreed with the other side; after today.'),
  reason: reason.describe('Why the date moved, as agreed.'),
});

export const breakCommitmentBody = z.object({ reason: reason.describe('Why it was not kept, honestly.') });

export const listCommitmentsQuery = z.object({
  side: side.optional(),
  status: z.enum(commitmentStatuses).optional(),
  overdue: z.literal('true').optional().describe('Only open commitments past their date in force.'),
  standing: z.enum(resolvedStandings).optional().describe('Only resolved commitments with this standing.'),
  window: z.enum(reliabilityWindows).optional().describe('Only commitments resolved within the last 12, 24 or 36 months (as reliability counts them).'),
  memberId: z.uuid().optional(),
  personId: z.uuid().optional(),
  organizationId: z.uuid().optional().describe('Linked to the organisation or to someone who belongs to it.'),
  needId: z.uuid().optional(),
  conversationId: z.uuid().optional(),
  incidentId: z.uuid().optional(),
  ...pageQuery,
});

export const linkedMember = z.object({ id: z.uuid(), name: z.string() });
export const linkedPerson = z.object({ id: z.uuid(), fullName: z.string() });
export const linkedOrganization = z.object({ id: z.uuid(), name: z.string() });
export const linkedNeed = z.object({ id: z.uuid(), title: z.string() });

export const commitmentResponse = z
  .object({
    id: z.uuid(),
    side,
    description: z.string(),
    dueOn: isoDay.describe('The date in force (moved only by renegotiation).'),
    originalDueOn: isoDay.describe('The date first promised.'),
    status: z.enum(commitmentStatuses),
    standing: z
      .enum(commitmentStandings)
      .describe('kept_on_time, kept_late, renegotiated (kept by the agreed new date), broken; or overdue / open while open.'),
    keptOn: isoDay.nullable(),
    brokenReason: z.string().nullable(),
    resolvedAt: z.iso.datetime().nullable().describe('When it was marked kept or broken.'),
    member: linkedMember.nullable(),
    person: linkedPerson.nullable(),
    organization: linkedOrganization.nullable(),
    need: linkedNeed.nullable(),
    conversationId: z.uuid().nullable(),
    incidentId: z.uuid().nullable().describe("Set when it is an incident's prevention."),
    renegotiationCount: z.int(),
    renegotiations: z
      .array(
        z.object({
          fromDueOn: isoDay,
          toDueOn: isoDay,
          reason: z.string(),
          createdAt: z.iso.datetime(),
          createdBy: linkedMember.nullable(),
        }),
      )
      .describe('Each date change, oldest first.'),
    ...stamps,
  })
  .meta({ id: 'Commitment' });

export const commitmentPage = z.object({ items: z.array(commitmentResponse), nextCursor: z.string().nullable() });
