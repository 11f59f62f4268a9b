/**
 * A member's inbox (decision 025): the client acts that concern them, newest first, with their own read
 * state. A page is one range scan of notifications_inbox_idx, then the page's acts with their details.
 */
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { clientActs, notifications } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { toKeyedPage, type KeyedPage } from '../client-acts/act-page.ts';
import { loadClientActs, type ClientActView } from '../client-acts/client-act-view.ts';
import { afterTimeCursor, newestFirst, sortKey } from '../support/time-cursor.ts';

export interface NotificationView extends ClientActView {
  readAt: Date | null;
}

export interface NotificationsInput {
  limit: number;
  cursor?: string;
  unreadOnly?: boolean;
}

const n = notifications;
const mine = (actor: Actor) => and(eq(n.firmId, actor.firmId), eq(n.memberId, actor.memberId));

export async function countUnread(db: Db, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(n)
    .where(and(mine(actor), isNull(n.readAt)));
  return row?.unread ?? 0;
}

export async function listNotifications(db: Db, actor: Actor, input: NotificationsInput): Promise<KeyedPage<NotificationView> & { unread: number }> {
  const entries = await db
    .select({ id: n.actId, sortKey: sortKey(n.createdAt), readAt: n.readAt })
    .from(n)
    .where(and(mine(actor), input.unreadOnly ? isNull(n.readAt) : undefined, afterTimeCursor(input.cursor, n.createdAt, n.actId)))
    .orderBy(newestFirst(n.createdAt), newestFirst(n.actId))
    .limit(input.limit + 1);
  const acts =
    entries.length === 0
      ? []
      : await loadClientActs(db, actor.firmId, inArray(clientActs.id, entries.map((e) => e.id)), entries.length, []);
  const byId = new Map(acts.map((act) => [act.id, act]));
  const rows = entries.flatMap((e) => {
    const act = byId.get(e.id);
    // The inbox's own time is the sort key, so pages follow the index even if an act's details moved.
    return act ? [{ ...act, sortKey: e.sortKey, readAt: e.readAt }] : [];
  });
  return { ...toKeyedPage(rows, input.limit), unread: await countUnread(db, actor) };
}
