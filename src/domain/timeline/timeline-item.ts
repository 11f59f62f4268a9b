/**
 * What a timeline is made of. `type` discriminates the kinds of event, so later kinds join the union
 * without changing how clients read the ones they already know.
 */
import type { ConversationWithParticipants } from '../conversations/conversation-participants.ts';
import type { FeedPage } from '../conversations/conversation-feed.ts';
import type { ClientActView } from '../client-acts/client-act-view.ts';

export type ConversationEvent = { type: 'conversation' } & ConversationWithParticipants;
/** What the client did on their share page (issue 11). */
export type ClientActEvent = { type: 'client_act' } & ClientActView;

/** Every kind of timeline event; add new kinds as further members of this union. */
export type TimelineItem = ConversationEvent | ClientActEvent;

export interface TimelinePage {
  items: TimelineItem[];
  nextCursor: FeedPage['nextCursor'];
}

/** Tags conversations as timeline events, keeping their order. */
export function conversationEvents(list: ConversationWithParticipants[]): ConversationEvent[] {
  return list.map((conversation) => ({ type: 'conversation' as const, ...conversation }));
}
