/**
 * The stay-in-touch line of a person: their cadence, when the firm last talked with them, the day by which
 * the next conversation keeps in touch, and whether they are losing touch (rule: today/losing-touch.ts).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { utcDay } from '../../common/days.ts';
import type { Db } from '../../db/open-db.ts';
import { people } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { cadenceStanding } from '../today/losing-touch.ts';
import { lastConversationAt } from './last-conversation.ts';

export interface StayInTouch {
  everyDays: number;
  lastConversationAt: Date | null;
  dueOn: string;
  losingTouch: boolean;
}

type CadencedPerson = { id: string; stayInTouchDays: number | null; createdAt: Date };

/** Adds `stayInTouch` (null without a cadence) to each person as of `today`; one query for the whole list. */
export async function withStayInTouch<T extends CadencedPerson>(db: Db, actor: Actor, list: T[], today: string): Promise<(T & { stayInTouch: StayInTouch | null })[]> {
  const ids = list.filter((p) => p.stayInTouchDays !== null).map((p) => p.id);
  const last = new Map<string, Date | null>();
  if (ids.length > 0) {
    const rows = await db
      .select({ id: people.id, at: lastConversationAt(db, people.firmId, people.id, today) })
      .from(people)
      .where(and(eq(people.firmId, actor.firmId), inArray(people.id, ids)));
    for (const row of rows) last.set(row.id, row.at);
  }
  return list.map((p) => ({ ...p, stayInTouch: p.stayInTouchDays === null ? null : stayInTouchOf(p.stayInTouchDays, p.createdAt, last.get(p.id) ?? null, today) }));
}

function stayInTouchOf(everyDays: number, createdAt: Date, lastAt: Date | null, today: string): StayInTouch {
  const standing = cadenceStanding({ everyDays, lastConversationDay: lastAt && utcDay(lastAt), cadenceSince: utcDay(createdAt) }, today);
  return { everyDays, lastConversationAt: lastAt, dueOn: standing.dueOn, losingTouch: standing.losingTouch };
}
