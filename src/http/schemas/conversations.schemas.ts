/** Request and response schemas for conversations and their yellow-pad notes. */
import { z } from 'zod';
import { channels, facetLabels, limits, noteFacets, type NoteFacet } from '../../common/limits.ts';
import { optionalText, pageQuery, stamps, versionField } from './common.schemas.ts';

const facetShape = (text: () => z.ZodString) =>
  Object.fromEntries(noteFacets.map((f) => [f, text().optional().describe(`${facetLabels[f].label}: ${facetLabels[f].prompt}`)])) as Record<
    NoteFacet,
    z.ZodOptional<z.ZodString>
  >;

/** Only the known facets are accepted: an unknown key is refused rather than silently dropped. */
const notesInput = z
  .strictObject(facetShape(() => z.string().max(limits.facetMax)))
  .describe('The yellow-pad notes, by facet. Values are trimmed; empty ones are dropped.');

const occurredAt = z.iso.datetime({ offset: true }).describe('When it happened, ISO 8601 with an offset, e.g. 2025-03-14T10:30:00+01:00.');
const channel = z.enum(channels).describe('How it took place.');
const personIds = z
  .array(z.uuid())
  .min(1)
  .max(limits.participantsMax)
  .describe('The people (of your firm) the conversation was with.');
const memberIds = z.array(z.uuid()).max(limits.participantsMax);

export const createConversationBody = z.object({
  occurredAt,
  channel,
  personIds,
  memberIds: memberIds.optional().describe('Your colleagues who took part; defaults to you.'),
  summary: optionalText(limits.summaryMax).describe('A line or two on what it was about.'),
  notes: notesInput.optional(),
});

export const updateConversationBody = z.object({
  version: versionField,
  occurredAt: occurredAt.optional(),
  channel: channel.optional(),
  personIds: personIds.optional().describe('Replaces the people the conversation was with.'),
  memberIds: memberIds.optional().describe('Replaces your colleagues who took part.'),
  summary: optionalText(limits.summaryMax),
  notes: notesInput.optional().describe('Replaces all the notes: send every facet to keep; absent or blank facets are cleared.'),
});

export const listConversationsQuery = z.object({
  personId: z.uuid().optional().describe('Only conversations with this person.'),
  organizationId: z.uuid().optional().describe('Only conversations with people who currently belong to this organisation.'),
  ...pageQuery,
});

export const conversationNotes = z.object(facetShape(() => z.string())).meta({ id: 'ConversationNotes' });

export const conversationPerson = z.object({ id: z.uuid(), fullName: z.string() }).meta({ id: 'ConversationPerson' });
export const conversationMember = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'ConversationMember' });

/** The fields a conversation shows both on its own and as a timeline event. */
export const conversationBody = {
  id: z.uuid(),
  occurredAt: z.iso.datetime().describe('When it happened (UTC).'),
  channel: z.enum(channels),
  summary: z.string().nullable(),
  notes: conversationNotes,
  people: z.array(conversationPerson),
  members: z.array(conversationMember),
};

export const conversationResponse = z.object({ ...conversationBody, ...stamps }).meta({ id: 'Conversation' });

export const conversationPage = z.object({ items: z.array(conversationResponse), nextCursor: z.string().nullable() });
