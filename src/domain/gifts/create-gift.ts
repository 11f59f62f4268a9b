/** Records a gift to a client: something specific to them, given before any engagement, and the risk we took. */
import type { Db } from '../../db/open-db.ts';
import { gifts } from '../../db/schema.ts';
import type { GiftKind } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { checkLinks } from '../support/linked-records.ts';
import { optionalText } from '../support/text.ts';
import { getGift } from './get-gift.ts';
import { requireRecipient, type GiftRecord } from './gift-fields.ts';

export interface CreateGiftInput {
  kind: GiftKind;
  title: string;
  specificToClient: string;
  riskTaken?: string | null;
  /** Defaults to today. */
  givenOn?: string;
  reference?: string | null;
  personId?: string | null;
  organizationId?: string | null;
  needId?: string | null;
  conversationId?: string | null;
}

/** `today` is the day by the server's clock, the default for when it was given. */
export async function createGift(db: Db, actor: Actor, input: CreateGiftInput, today: string): Promise<GiftRecord> {
  requireRecipient(input.personId, input.organizationId);
  return db.transaction(async (tx) => {
    const links = { personId: input.personId, organizationId: input.organizationId, needId: input.needId, conversationId: input.conversationId };
    await checkLinks(tx, actor.firmId, links);
    const [row] = await tx
      .insert(gifts)
      .values({
        firmId: actor.firmId,
        kind: input.kind,
        title: input.title.trim(),
        specificToClient: input.specificToClient.trim(),
        riskTaken: optionalText(input.riskTaken),
        givenOn: input.givenOn ?? today,
        reference: optionalText(input.reference),
        personId: input.personId ?? null,
        organizationId: input.organizationId ?? null,
        needId: input.needId ?? null,
        conversationId: input.conversationId ?? null,
        createdBy: actor.memberId,
      })
      .returning({ id: gifts.id });
    return getGift(tx, actor, row!.id);
  });
}
