/** Rewrites an open follow-up's content or moves its date; the caller sends the version it loaded. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { followUps } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { getFollowUp } from './get-follow-up.ts';
import { lockOpenFollowUp, type FollowUpRecord } from './follow-up-fields.ts';
import { requireSpecificFollowUp } from './specific-follow-up.ts';

export interface UpdateFollowUpInput {
  version: number;
  content?: string;
  dueOn?: string;
}

/** New content must be as specific as a new follow-up's (422 otherwise); a done or cancelled one stays as it was (409). */
export async function updateFollowUp(db: Db, actor: Actor, id: string, input: UpdateFollowUpInput): Promise<FollowUpRecord> {
  return db.transaction(async (tx) => {
    const { current, where } = await lockOpenFollowUp(tx, actor, id, input.version);
    if (input.content !== undefined) await requireSpecificFollowUp(tx, actor.firmId, input.content, current);
    await tx
      .update(followUps)
      .set({
        content: input.content?.trim() ?? current.content,
        dueOn: input.dueOn ?? current.dueOn,
        updatedAt: new Date(),
        version: sql`${followUps.version} + 1`,
      })
      .where(where);
    return getFollowUp(tx, actor, id);
  });
}
