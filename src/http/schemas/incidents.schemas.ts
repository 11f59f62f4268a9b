/** Request and response schemas for incidents and the four steps of the response to them. */
import { z } from 'zod';
import { incidentSteps, practiceLimits } from '../../common/practices.ts';
import { incidentListStatuses } from '../../domain/incidents/list-incidents.ts';
import { stepActionNames } from '../../domain/incidents/incident-steps.ts';
import { isoDay, nonBlank, pageQuery, stamps, versionField } from './common.schemas.ts';
import { commitmentResponse, linkedNeed, linkedOrganization, linkedPerson, linkIds } from './commitments.schemas.ts';

const moment = z.iso.datetime({ offset: true });
const title = nonBlank(practiceLimits.titleMax).describe('A short name for what went wrong.');
const whatHappened = nonBlank(practiceLimits.textMax).describe('What happened, for the client.');
const at = moment.optional().describe('When the step was taken, ISO 8601 with an offset; now by default. Not in the future, nor before the previous step.');
const stepText = (text: string) => nonBlank(practiceLimits.textMax).describe(text);

export const createIncidentBody = z.object({
  title,
  whatHappened,
  reportedAt: moment.optional().describe('When it was reported to us; now by default. Not in the future.'),
  personId: linkIds.personId.optional(),
  organizationId: linkIds.organizationId.optional(),
  needId: linkIds.needId.optional(),
});

export const updateIncidentBody = z.object({
  version: versionField,
  title: title.optional(),
  whatHappened: whatHappened.optional(),
  reportedAt: moment.optional(),
  personId: linkIds.personId.nullable().optional(),
  organizationId: linkIds.organizationId.nullable().optional(),
  needId: linkIds.needId.nullable().optional(),
});

export const acknowledgeBody = z.object({ message: stepText('The message we sent the client to say we know and we are on it.'), at });
export const explainBody = z.object({ explanation: stepText('What happened and why, in plain words.'), at });
export const preventionBody = z.object({
  prevention: stepText('What we will do so it does not happen again; it becomes one of our commitments.'),
  dueOn: isoDay.describe('When the prevention will be in place: the commitment’s due date.'),
  memberId: z.uuid().optional().describe('Who promises it; defaults to you.'),
  at,
});
export const verifyBody = z.object({ verification: stepText('How we checked that the fix held.'), at });

export const listIncidentsQuery = z.object({
  status: z.enum(incidentListStatuses).default('all').describe('open: not verified yet; resolved: verified.'),
  personId: z.uuid().optional(),
  organizationId: z.uuid().optional().describe('Linked to the organisation or to someone who belongs to it.'),
  needId: z.uuid().optional(),
  ...pageQuery,
});

const nextStep = z.enum(stepActionNames);

export const incidentSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    whatHappened: z.string(),
    reportedAt: z.iso.datetime(),
    status: z.enum(['open', 'resolved']).describe('Resolved once the fix is verified.'),
    person: linkedPerson.nullable(),
    organization: linkedOrganization.nullable(),
    need: linkedNeed.nullable(),
    steps: z
      .array(z.object({ step: z.enum(incidentSteps), at: z.iso.datetime().nullable(), text: z.string().nullable() }))
      .describe('The four steps in order; at and text are null until the step is recorded.'),
    nextStep: nextStep.nullable().describe('The action to take next (its endpoint name); null once verified.'),
    minutesToAcknowledge: z.int().nullable().describe('Whole minutes from the report to the acknowledgement.'),
    ...stamps,
  })
  .meta({ id: 'IncidentSummary' });

export const incidentResponse = incidentSummary
  .extend({ preventionCommitment: commitmentResponse.nullable().describe('The commitment the prevention step created.') })
  .meta({ id: 'Incident' });

export const incidentPage = z.object({ items: z.array(incidentSummary), nextCursor: z.string().nullable() });
