/** Conversations and timeline events as the API shows them. */
import type { ConversationWithParticipants } from '../domain/conversations/conversation-participants.ts';
import type { TimelineItem } from '../domain/timeline/timeline-item.ts';
import { noteFacets, type Notes } from '../common/limits.ts';
import { iso } from './iso.ts';
import { presentClientAct } from './present-client-act.ts';

/** Notes in the order the form asks them (jsonb does not keep key order), known facets only. */
export function presentNotes(stored: Record<string, string>): Notes {
  const notes: Notes = {};
  for (const facet of noteFacets) if (stored[facet]) notes[facet] = stored[facet];
  return notes;
}

function presentBody(c: ConversationWithParticipants) {
  return {
    id: c.id,
    occurredAt: iso(c.occurredAt),
    channel: c.channel,
    summary: c.summary,
    notes: presentNotes(c.notes),
    people: c.people.map((p) => ({ id: p.id, fullName: p.fullName })),
    members: c.members.map((m) => ({ id: m.id, name: m.name })),
  };
}

/** Maps a conversation with its participants to the Conversation response. */
export function presentConversation(c: ConversationWithParticipants) {
  return { ...presentBody(c), createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt), createdBy: c.createdBy, version: c.version };
}

/** Maps a timeline event by its kind; each new kind of event gets its own case. */
export function presentTimelineItem(item: TimelineItem) {
  switch (item.type) {
    case 'conversation':
      return { type: item.type, ...presentBody(item) };
    case 'client_act':
      return { type: item.type, ...presentClientAct(item) };
  }
}
