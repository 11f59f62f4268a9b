/** Writes down a need: what the client wants to change, whose need it is, and how they first put it. */
import type { Db } from '../../db/open-db.ts';
import { needs, problemStatements } from '../../db/schema.ts';
import type { StatementOrigin } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { getNeed } from './get-need.ts';
import type { NeedView } from './load-needs.ts';
import { replaceNeedPeople, requireMembers, requireOrganization, requireOwner, requirePeople } from './need-links.ts';

export interface CreateNeedInput {
  title: string;
  organizationId?: string | null;
  personIds?: string[];
  /** Who leads on our side; the acting member by default. */
  leadMemberId?: string | null;
  /** The first version of the problem statement; "as first stated" unless said otherwise. */
  problemStatement?: { text: string; origin?: StatementOrigin };
}

/** Creates the need, its people and (optionally) version 1 of its statement in one transaction. */
export async function createNeed(db: Db, actor: Actor, input: CreateNeedInput, today: string): Promise<NeedView> {
  const personIds = input.personIds ?? [];
  const organizationId = input.organizationId ?? null;
  const leadMemberId = input.leadMemberId === undefined ? actor.memberId : input.leadMemberId;
  requireOwner(organizationId, personIds.length);
  return db.transaction(async (tx) => {
    if (organizationId) await requireOrganization(tx, actor.firmId, organizationId);
    await requirePeople(tx, actor.firmId, personIds);
    if (leadMemberId) await requireMembers(tx, actor.firmId, [leadMemberId]);
    const [row] = await tx
      .insert(needs)
      .values({ firmId: actor.firmId, title: input.title.trim(), organizationId, leadMemberId, createdBy: actor.memberId })
      .returning({ id: needs.id });
    const needId = row!.id;
    await replaceNeedPeople(tx, actor.firmId, needId, personIds);
    if (input.problemStatement) {
      await tx.insert(problemStatements).values({
        firmId: actor.firmId,
        needId,
        version: 1,
        text: input.problemStatement.text.trim(),
        origin: input.problemStatement.origin ?? 'first_stated',
        createdBy: actor.memberId,
      });
    }
    return getNeed(tx, actor, needId, today);
  });
}
