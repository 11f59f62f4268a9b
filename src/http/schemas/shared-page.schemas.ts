/** Schemas for the client's page (/api/v1/shared/{token}): no session, the token in the path is the only key. */
import { z } from 'zod';
import { shareKinds, shareLimits, trustScale } from '../../common/client-side.ts';
import { commitmentSides, commitmentStatuses, stepOwnerSides, stepStatuses } from '../../common/practices.ts';
import { isoDay, nonBlank, optionalText } from './common.schemas.ts';

export const tokenParams = z.object({ token: z.string().min(1).max(200).describe('The secret in the page’s address.') });
export const stepTokenParams = tokenParams.extend({ stepId: z.uuid() });

export const sharedPageResponse = z
  .object({
    kind: z.enum(shareKinds),
    firm: z.object({ name: z.string() }),
    person: z.object({ fullName: z.string() }),
    from: z.object({ name: z.string() }).nullable().describe('Who leads on our side.'),
    expiresAt: z.iso.datetime(),
    need: z
      .object({
        title: z.string(),
        closed: z.boolean().describe('The decision is made: only comments are taken.'),
        problemStatement: z
          .object({
            version: z.int(),
            text: z.string(),
            confirmedByYou: z.boolean(),
            yourSuggestion: z.object({ text: z.string(), at: z.iso.datetime() }).nullable(),
          })
          .nullable(),
        steps: z.array(
          z.object({ id: z.uuid(), title: z.string(), owner: z.enum(stepOwnerSides), targetDate: isoDay.nullable(), status: z.enum(stepStatuses) }),
        ),
        commitments: z.array(
          z.object({
            id: z.uuid(),
            side: z.enum(commitmentSides),
            description: z.string(),
            dueOn: isoDay,
            status: z.enum(commitmentStatuses),
            keptOn: isoDay.nullable(),
          }),
        ),
      })
      .optional(),
    recap: z
      .object({
        text: z.string(),
        conversationAt: z.iso.datetime(),
        reply: z.object({ agrees: z.boolean(), correction: z.string().nullable(), at: z.iso.datetime() }).nullable(),
      })
      .optional(),
    comments: z.array(z.object({ id: z.uuid(), stepId: z.uuid().nullable(), text: z.string(), at: z.iso.datetime() })),
    checkIn: z.object({ offered: z.boolean(), lastAt: z.iso.datetime().nullable() }),
  })
  .meta({ id: 'SharedPage' });

export const confirmOnPageBody = z.object({ version: z.int().min(1).describe('The version you read.') });
export const confirmOnPageResponse = z.object({ version: z.int(), confirmedAt: z.iso.datetime() });

export const suggestOnPageBody = z.object({ version: z.int().min(1), text: nonBlank(shareLimits.suggestionMax).describe('In your own words.') });
export const suggestOnPageResponse = z.object({ id: z.uuid(), text: z.string(), at: z.iso.datetime() });

export const sharedStepResponse = z.object({
  id: z.uuid(),
  title: z.string(),
  owner: z.enum(stepOwnerSides),
  targetDate: isoDay.nullable(),
  status: z.enum(stepStatuses),
});

export const commentOnPageBody = z.object({ text: nonBlank(shareLimits.commentMax), stepId: z.uuid().nullable().optional() });
export const commentOnPageResponse = z.object({ id: z.uuid(), stepId: z.uuid().nullable(), text: z.string(), at: z.iso.datetime() });

export const recapReplyBody = z.object({
  agrees: z.boolean(),
  correction: optionalText(shareLimits.correctionMax).describe('What you meant, in your words (needed when you do not agree).'),
});
export const recapReplyResponse = z.object({ agrees: z.boolean(), correction: z.string().nullable(), at: z.iso.datetime() });

const score = z.int().min(trustScale.min).max(trustScale.max);
export const checkInBody = z.object({
  credibility: score,
  reliability: score,
  intimacy: score,
  selfOrientation: score.describe('"They have my interests at heart": 7 is strongly agree.'),
  comment: optionalText(shareLimits.checkInCommentMax),
});
export const checkInResponse = z.object({ at: z.iso.datetime() });
