/** Request and response schemas for the draft checker ("is this email about them, or about us?"). */
import { z } from 'zod';
import { draftMaxChars } from '../../domain/drafts/check-draft.ts';
import { focusMeasure } from './transcripts.schemas.ts';

export const checkDraftBody = z.object({
  text: z
    .string()
    .min(1, 'write or paste the draft')
    .max(draftMaxChars, `a draft can be at most ${draftMaxChars.toLocaleString('en-GB')} characters`)
    .refine((t) => t.trim().length > 0, 'write or paste the draft')
    .describe('The email or message draft, as it would be sent.'),
  personId: z.uuid().nullable().optional().describe('The person it is to: their conversations’ notes show what is specific to them.'),
});

export const draftFinding = z
  .object({
    code: z.string().describe('Stable code, e.g. self_focus.'),
    severity: z.enum(['info', 'warning', 'concern']),
    message: z.string(),
    suggestion: z.string().describe('One concrete thing to do differently.'),
    evidence: z
      .array(z.object({ start: z.int().min(0), end: z.int().min(0), text: z.string() }))
      .describe('Character ranges of the draft that show it.'),
  })
  .meta({ id: 'DraftFinding' });

export const draftCheckResponse = z
  .object({
    configVersion: z.string().describe('The version of the thresholds and phrase lists used.'),
    words: z.int().min(0),
    focus: focusMeasure,
    findings: z.array(draftFinding),
    person: z.object({ id: z.uuid(), fullName: z.string() }).nullable().describe('Who the draft was checked for, when a personId was given.'),
    conversationsCompared: z.int().min(0).describe('How many of the person’s latest conversations’ notes the draft was compared with.'),
  })
  .meta({ id: 'DraftCheck' });
