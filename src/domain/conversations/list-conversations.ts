/** Lists the firm's conversations newest first, optionally those with a person or an organisation's people. */
import type { Db } from '../../db/open-db.ts';
import type { Actor } from '../actor.ts';
import { firmFeed, organizationFeed, personFeed } from './conversation-feed.ts';
import { withParticipants } from './conversation-participants.ts';

export interface ListConversationsInput {
  personId?: string;
  organizationId?: string;
  limit: number;
  cursor?: string;
}

/**
 * One page, keyset-paginated on (occurred_at desc, id desc), with people and members loaded for the whole
 * page at once. A filter naming another firm's record simply matches nothing.
 */
export async function listConversations(db: Db, actor: Actor, input: ListConversationsInput) {
  const page = input.personId
    ? await personFeed(db, actor.firmId, input.personId, input, input.organizationId)
    : input.organizationId
      ? await organizationFeed(db, actor.firmId, input.organizationId, input)
      : await firmFeed(db, actor.firmId, input);
  return { items: await withParticipants(db, actor.firmId, page.rows), nextCursor: page.nextCursor };
}
