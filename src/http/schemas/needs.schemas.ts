/** Request and response schemas for needs, problem statements, the client's decision journey and outcomes. */
import { z } from 'zod';
import { limits } from '../../common/limits.ts';
import {
  confirmationMethods,
  journeyHealths,
  needOutcomes,
  practiceLimits,
  statementOrigins,
  stepOwnerSides,
  stepStatuses,
} from '../../common/practices.ts';
import { isoDay, nonBlank, optionalText, pageQuery, stamps, versionField } from './common.schemas.ts';

const { titleMax, statementMax, reasonMax, textMax, journeyStepsMax } = practiceLimits;

export const needParams = z.object({ id: z.uuid().describe('The need id (UUID).') });
export const statementParams = needParams.extend({
  version: z.coerce.number().int().min(1).describe('The version number of the problem statement (1, 2, 3…).'),
});
export const stepParams = needParams.extend({ stepId: z.uuid().describe('The journey step id (UUID).') });

// --- Requests ---------------------------------------------------------------------------------------------

const title = nonBlank(titleMax).describe('What the client wants to change, in a line.');
const statementText = nonBlank(statementMax).describe('The problem as put in this version, in the client’s words where possible.');
const origin = z.enum(statementOrigins).describe('first_stated: the client’s first words; working: our draft; jointly_defined: agreed together.');

export const createNeedBody = z.object({
  title,
  organizationId: z.uuid().nullable().optional().describe('The client organisation whose need it is.'),
  personIds: z.array(z.uuid()).max(limits.participantsMax).optional().describe('The client’s people whose need it is.'),
  leadMemberId: z.uuid().nullable().optional().describe('Who leads it on our side; you by default.'),
  problemStatement: z
    .object({ text: statementText, origin: origin.optional().describe('Defaults to first_stated.') })
    .optional()
    .describe('Version 1 of the problem statement, usually as the client first stated it.'),
});

export const updateNeedBody = z.object({
  version: versionField,
  title: title.optional(),
  organizationId: z.uuid().nullable().optional().describe('Null clears it; the need must keep an organisation or a person.'),
  personIds: z.array(z.uuid()).max(limits.participantsMax).optional().describe('Replaces the need’s people.'),
  leadMemberId: z.uuid().nullable().optional().describe('Null: nobody leads it for now.'),
});

export const listNeedsQuery = z.object({
  status: z.enum(['open', 'closed', 'all']).default('open').describe('Open needs (no outcome yet), closed ones, or all.'),
  organizationId: z.uuid().optional().describe('Only this organisation’s needs.'),
  personId: z.uuid().optional().describe('Only needs this person is part of.'),
  ...pageQuery,
});

export const createStatementBody = z.object({
  text: statementText,
  origin,
  reason: optionalText(reasonMax).describe('Why it changed from the previous version.'),
  basedOnVersion: z
    .int()
    .min(0)
    .optional()
    .describe('The version you refined (0 if there was none); refused with 409 problem_statement_stale if a newer one exists.'),
});

export const confirmBody = z.object({
  personId: z.uuid().describe('The client’s person who confirmed it.'),
  how: z.enum(confirmationMethods).describe('How they confirmed it.'),
  confirmedAt: z.iso.datetime({ offset: true }).optional().describe('When they confirmed it (ISO 8601); now by default, never in the future.'),
  note: optionalText(reasonMax).describe('Anything they added, e.g. their exact words.'),
});

export const outcomeBody = z.object({
  outcome: z.enum(needOutcomes).describe('How the need ended, honestly. referred_out and advised_not_to_buy count as help given.'),
  reason: nonBlank(reasonMax).describe('Why it ended this way.'),
  lesson: optionalText(reasonMax).describe('What we learned, if anything.'),
});

const stepFields = {
  title: nonBlank(titleMax).describe('The step, in the client’s words.'),
  ownerSide: z.enum(stepOwnerSides).describe('Whose step it is: the client, us, or both.'),
  ownerPersonId: z.uuid().nullable().optional().describe('The client’s person who owns it (client or both).'),
  ownerMemberId: z.uuid().nullable().optional().describe('Our member who owns it (us or both).'),
  targetOn: isoDay.nullable().optional().describe('The client’s date for it (YYYY-MM-DD), not one we invent.'),
  status: z.enum(stepStatuses).optional().describe('planned by default.'),
  notes: optionalText(textMax),
  completedOn: isoDay.nullable().optional().describe('The day it was done; today by default when the status becomes done.'),
};

export const createStepBody = z.object(stepFields);

export const createStepsBody = z.object({
  steps: z.array(createStepBody).min(1).max(journeyStepsMax).describe('Added at the end in this order, all or none.'),
});

export const updateStepBody = z.object({
  version: versionField,
  ...stepFields,
  title: stepFields.title.optional(),
  ownerSide: stepFields.ownerSide.optional(),
});

export const reorderStepsBody = z.object({
  stepIds: z.array(z.uuid()).max(journeyStepsMax).describe('Every step of the journey, exactly once, in the new order.'),
});

// --- Responses --------------------------------------------------------------------------------------------

const personRef = z.object({ id: z.uuid(), fullName: z.string() });
const memberRef = z.object({ id: z.uuid(), name: z.string() });

const confirmationFields = {
  person: personRef.describe('Who confirmed it.'),
  how: z.enum(confirmationMethods),
  confirmedAt: z.iso.datetime(),
  note: z.string().nullable(),
};

export const confirmationResponse = z
  .object({ version: z.int().describe('The version confirmed.'), ...confirmationFields })
  .meta({ id: 'StatementConfirmation' });

export const problemStatementResponse = z
  .object({
    version: z.int(),
    text: z.string(),
    origin: z.enum(statementOrigins),
    changeReason: z.string().nullable().describe('Why it changed from the previous version.'),
    createdAt: z.iso.datetime(),
    createdBy: memberRef.nullable().describe('Who wrote this version.'),
    confirmations: z.array(z.object(confirmationFields)).describe('The client’s confirmations of this version, oldest first.'),
    confirmed: z.boolean().describe('Whether someone on the client’s side confirmed this version.'),
  })
  .meta({ id: 'ProblemStatement' });

export const problemStatementList = z.object({ items: z.array(problemStatementResponse).describe('Oldest first.') });

export const journeyStepResponse = z
  .object({
    id: z.uuid(),
    position: z.int().describe('1 for the first step.'),
    title: z.string(),
    ownerSide: z.enum(stepOwnerSides),
    ownerPerson: personRef.nullable(),
    ownerMember: memberRef.nullable(),
    targetOn: isoDay.nullable(),
    status: z.enum(stepStatuses),
    notes: z.string().nullable(),
    completedOn: isoDay.nullable(),
    daysOverdue: z.int().nullable().describe('Days past the client’s date while open; null when not overdue.'),
    ...stamps,
  })
  .meta({ id: 'JourneyStep' });

export const journeyStepList = z.object({ items: z.array(journeyStepResponse).describe('In the journey’s order.') });

const healthDetail = z
  .object({ stepId: z.uuid(), title: z.string(), targetOn: isoDay, daysOverdue: z.int() })
  .describe('The most overdue open step: the evidence for the health.')
  .meta({ id: 'JourneyHealthDetail' });

const outcomeResponse = z
  .object({
    outcome: z.enum(needOutcomes),
    reason: z.string(),
    lesson: z.string().nullable(),
    recordedAt: z.iso.datetime(),
    recordedBy: memberRef.nullable(),
    helpGiven: z.boolean().describe('Referred out or advised not to buy: help given, whatever the fee.'),
  })
  .meta({ id: 'NeedOutcome' });

const needFields = {
  id: z.uuid(),
  title: z.string(),
  organization: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  people: z.array(personRef),
  lead: memberRef.nullable().describe('Who leads it on our side.'),
  status: z.enum(['open', 'closed']).describe('Closed once an outcome is recorded.'),
  outcome: outcomeResponse.nullable(),
  currentStatement: problemStatementResponse.nullable().describe('The latest version of the problem statement.'),
  statementCount: z.int().describe('How many versions the statement has.'),
  journeyHealth: z.enum(journeyHealths).nullable().describe('at_risk: a step 1–6 days past its date; stalled: 7 or more. Null once closed.'),
  journeyHealthDetail: healthDetail.nullable(),
  ...stamps,
};

export const needSummaryResponse = z.object(needFields).meta({ id: 'NeedSummary' });
export const needResponse = z
  .object({ ...needFields, journey: z.array(journeyStepResponse).describe('The client’s decision journey, in order.') })
  .meta({ id: 'Need' });
export const needPage = z.object({ items: z.array(needSummaryResponse).describe('Newest first.'), nextCursor: z.string().nullable() });

export const journeyTemplateResponse = z
  .object({
    steps: z.array(
      z.object({
        title: z.string(),
        ownerSide: z.enum(stepOwnerSides),
        daysFromStart: z.int().describe('A suggested target date, in days from today; the client’s own date replaces it.'),
      }),
    ),
  })
  .meta({ id: 'JourneyTemplate' });
