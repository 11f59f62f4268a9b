/** Schemas for the client's "not quite…" suggestions on a need's problem statement. */
import { z } from 'zod';
import { suggestionStatuses } from '../../common/client-side.ts';

export const suggestionParams = z.object({ id: z.uuid().describe('The need.'), suggestionId: z.uuid() });

export const suggestionResponse = z
  .object({
    id: z.uuid(),
    version: z.int().describe('The version they answered.'),
    text: z.string().describe('Their words.'),
    person: z.object({ id: z.uuid(), fullName: z.string() }),
    at: z.iso.datetime(),
    status: z.enum(suggestionStatuses),
    adoptedVersion: z.int().nullable(),
    resolvedAt: z.iso.datetime().nullable(),
    resolvedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: 'StatementSuggestion' });

export const suggestionList = z.object({ items: z.array(suggestionResponse).describe('Oldest first.') }).meta({ id: 'StatementSuggestionList' });
