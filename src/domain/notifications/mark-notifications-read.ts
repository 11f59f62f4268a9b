/** Marks some of a member's notifications read, or all of them; marking one already read changes nothing. */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { notifications } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { countUnread } from './list-notifications.ts';

export type MarkReadInput = { ids: string[] } | { all: true };

export async function markNotificationsRead(db: Db, actor: Actor, input: MarkReadInput, now: Date): Promise<{ unread: number }> {
  const n = notifications;
  if ('ids' in input && input.ids.length === 0) return { unread: await countUnread(db, actor) };
  await db
    .update(n)
    .set({ readAt: now })
    .where(and(eq(n.firmId, actor.firmId), eq(n.memberId, actor.memberId), isNull(n.readAt), 'ids' in input ? inArray(n.actId, input.ids) : undefined));
  return { unread: await countUnread(db, actor) };
}
