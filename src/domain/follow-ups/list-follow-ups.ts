/**
 * Follow-ups by status: open ones soonest due first (overdue at the top), done and cancelled ones latest due
 * first; optionally whose they are, for which client or conversation, and overdue / due today / upcoming.
 */
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { followUps } from '../../db/schema.ts';
import type { FollowUpStatus } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { afterDayCursor, dayOrder, toDayPage } from '../support/day-cursor.ts';
import { withFollowUpLinks } from './follow-up-fields.ts';

export type DueWindow = 'overdue' | 'today' | 'upcoming';

export interface ListFollowUpsInput {
  status?: FollowUpStatus;
  memberId?: string;
  personId?: string;
  organizationId?: string;
  needId?: string;
  conversationId?: string;
  due?: DueWindow;
  limit: number;
  cursor?: string;
}

function dueCondition(due: DueWindow | undefined, today: string) {
  if (due === 'overdue') return lt(followUps.dueOn, today);
  if (due === 'today') return eq(followUps.dueOn, today);
  if (due === 'upcoming') return gt(followUps.dueOn, today);
  return undefined;
}

/** `today` is the caller's calendar day (or the server's), which decides what is overdue. */
export async function listFollowUps(db: Db, actor: Actor, input: ListFollowUpsInput, today: string) {
  const status = input.status ?? 'open';
  const direction = status === 'open' ? 'asc' : 'desc';
  const rows = await db
    .select()
    .from(followUps)
    .where(
      and(
        eq(followUps.firmId, actor.firmId),
        eq(followUps.status, status),
        input.memberId ? eq(followUps.memberId, input.memberId) : undefined,
        input.personId ? eq(followUps.personId, input.personId) : undefined,
        input.organizationId ? eq(followUps.organizationId, input.organizationId) : undefined,
        input.needId ? eq(followUps.needId, input.needId) : undefined,
        input.conversationId ? eq(followUps.conversationId, input.conversationId) : undefined,
        dueCondition(input.due, today),
        afterDayCursor(input.cursor, followUps.dueOn, followUps.id, direction),
      ),
    )
    .orderBy(...dayOrder(followUps.dueOn, followUps.id, direction))
    .limit(input.limit + 1);
  const page = toDayPage(rows, input.limit, (f) => f.dueOn);
  return { items: await withFollowUpLinks(db, actor.firmId, page.items), nextCursor: page.nextCursor };
}
