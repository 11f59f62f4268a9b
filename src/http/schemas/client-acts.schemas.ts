/** Schemas for client acts: what a client did on their share page, as the need's activity, the timeline and the inbox show it. */
import { z } from 'zod';
import { clientActKinds, suggestionStatuses } from '../../common/client-side.ts';
import { channels } from '../../common/limits.ts';
import { pageQuery } from './common.schemas.ts';

const score = z.int().min(1).max(7);

export const clientActBody = {
  id: z.uuid(),
  kind: z.enum(clientActKinds),
  at: z.iso.datetime(),
  person: z.object({ id: z.uuid(), fullName: z.string() }),
  need: z.object({ id: z.uuid(), title: z.string() }).nullable().describe('The need whose plan was shared; null for a recap.'),
  conversation: z
    .object({ id: z.uuid(), occurredAt: z.iso.datetime(), channel: z.enum(channels) })
    .nullable()
    .describe('The conversation whose recap was shared; null for a plan.'),
  shareLinkId: z.uuid(),
  statementVersion: z.int().nullable().describe('The problem statement version confirmed or answered.'),
  step: z.object({ id: z.uuid().nullable(), title: z.string() }).nullable().describe('The step ticked off or commented on.'),
  text: z.string().nullable().describe('The client’s own words: the comment, the suggestion, the correction or the check-in comment.'),
  agrees: z.boolean().nullable().describe('recap_answered: whether they agreed with what we heard.'),
  suggestion: z
    .object({ id: z.uuid(), status: z.enum(suggestionStatuses), adoptedVersion: z.int().nullable() })
    .nullable(),
  checkIn: z.object({ credibility: score, reliability: score, intimacy: score, selfOrientation: score }).nullable(),
};

export const clientAct = z.object(clientActBody).meta({ id: 'ClientAct' });

export const clientActsQuery = z.object({ ...pageQuery });

export const clientActPage = z
  .object({ items: z.array(clientAct).describe('Newest first.'), nextCursor: z.string().nullable() })
  .meta({ id: 'ClientActPage' });
