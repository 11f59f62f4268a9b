/** Schemas for person and organisation timelines: events of several kinds, told apart by `type`. */
import { z } from 'zod';
import { pageQuery } from './common.schemas.ts';
import { clientActBody } from './client-acts.schemas.ts';
import { conversationBody } from './conversations.schemas.ts';

export const timelineQuery = z.object({ ...pageQuery });

export const timelineConversation = z
  .object({ type: z.literal('conversation'), ...conversationBody })
  .meta({ id: 'TimelineConversation' });

export const timelineClientAct = z
  .object({ type: z.literal('client_act'), ...clientActBody })
  .describe('What the person did on their share page.')
  .meta({ id: 'TimelineClientAct' });

/** Clients should switch on `type` and skip kinds they do not know: more kinds will join. */
export const timelineItem = z
  .discriminatedUnion('type', [timelineConversation, timelineClientAct])
  .describe('One event in a timeline; `type` says which kind.')
  .meta({ id: 'TimelineItem' });

export const timelinePage = z
  .object({ items: z.array(timelineItem).describe('Newest first.'), nextCursor: z.string().nullable() })
  .meta({ id: 'Timeline' });
