/** Schedules a follow-up: what exactly we will bring the client, and when (two weeks from today unless said). */
import type { Db } from '../../db/open-db.ts';
import { followUps } from '../../db/schema.ts';
import { addDays } from '../../common/days.ts';
import { practiceLimits } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { getFollowUp } from './get-follow-up.ts';
import type { FollowUpRecord } from './follow-up-fields.ts';
import { checkLinks } from '../support/linked-records.ts';
import { requireSpecificFollowUp } from './specific-follow-up.ts';

export interface CreateFollowUpInput {
  content: string;
  /** Defaults to today + practiceLimits.followUpDefaultDays. */
  dueOn?: string;
  /** Whose follow-up it is; defaults to the actor. */
  memberId?: string | null;
  personId?: string | null;
  organizationId?: string | null;
  needId?: string | null;
  conversationId?: string | null;
}

/**
 * Inside the caller's transaction: checks the links, refuses a generic follow-up (422), inserts, and returns
 * the new id. `prefix` names the body object the input came in (the close-out's "followUp").
 */
export async function insertFollowUp(tx: Db, actor: Actor, input: CreateFollowUpInput, today: string, prefix?: string): Promise<string> {
  const links = {
    memberId: input.memberId,
    personId: input.personId,
    organizationId: input.organizationId,
    needId: input.needId,
    conversationId: input.conversationId,
  };
  await checkLinks(tx, actor.firmId, links, prefix);
  await requireSpecificFollowUp(tx, actor.firmId, input.content, input, prefix ? `${prefix}.content` : 'content');
  const [row] = await tx
    .insert(followUps)
    .values({
      firmId: actor.firmId,
      content: input.content.trim(),
      dueOn: input.dueOn ?? addDays(today, practiceLimits.followUpDefaultDays),
      memberId: input.memberId === undefined ? actor.memberId : input.memberId,
      personId: input.personId ?? null,
      organizationId: input.organizationId ?? null,
      needId: input.needId ?? null,
      conversationId: input.conversationId ?? null,
      createdBy: actor.memberId,
    })
    .returning({ id: followUps.id });
  return row!.id;
}

/** `today` is the day by the server's clock, from which the default due day is counted. */
export async function createFollowUp(db: Db, actor: Actor, input: CreateFollowUpInput, today: string): Promise<FollowUpRecord> {
  return db.transaction(async (tx) => getFollowUp(tx, actor, await insertFollowUp(tx, actor, input, today)));
}
