/** Edits a need's title, whose need it is and who leads it, refusing an edit based on an old copy (409). */
import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { needPeople, needs } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { lockForEdit } from '../support/lock-for-edit.ts';
import { getNeed } from './get-need.ts';
import type { NeedView } from './load-needs.ts';
import { replaceNeedPeople, requireMembers, requireOrganization, requireOwner, requirePeople } from './need-links.ts';

export interface UpdateNeedInput {
  version: number;
  title?: string;
  /** Null clears it (the need must still belong to someone). */
  organizationId?: string | null;
  /** When present, replaces the need's people. */
  personIds?: string[];
  /** Null: nobody leads it for now. */
  leadMemberId?: string | null;
}

export async function updateNeed(db: Db, actor: Actor, id: string, input: UpdateNeedInput, today: string): Promise<NeedView> {
  return db.transaction(async (tx) => {
    const { current, where } = await lockForEdit(tx, needs, actor, id, input.version, 'need');
    const organizationId = input.organizationId === undefined ? current.organizationId : input.organizationId;
    const leadMemberId = input.leadMemberId === undefined ? current.leadMemberId : input.leadMemberId;
    if (organizationId && organizationId !== current.organizationId) await requireOrganization(tx, actor.firmId, organizationId);
    if (leadMemberId && leadMemberId !== current.leadMemberId) await requireMembers(tx, actor.firmId, [leadMemberId]);
    if (input.personIds) await requirePeople(tx, actor.firmId, input.personIds);
    const personCount = input.personIds
      ? input.personIds.length
      : ((await tx.select({ n: count() }).from(needPeople).where(and(eq(needPeople.firmId, actor.firmId), eq(needPeople.needId, id))))[0]?.n ?? 0);
    requireOwner(organizationId, personCount);
    await tx
      .update(needs)
      .set({
        title: input.title?.trim() ?? current.title,
        organizationId,
        leadMemberId,
        updatedAt: new Date(),
        version: sql`${needs.version} + 1`,
      })
      .where(where);
    if (input.personIds) await replaceNeedPeople(tx, actor.firmId, id, input.personIds);
    return getNeed(tx, actor, id, today);
  });
}
