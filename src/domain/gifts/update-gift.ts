/** Edits a gift, including the client's response to it; the caller sends the version it loaded. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { gifts } from '../../db/schema.ts';
import type { GiftKind, GiftResponse } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { checkLinks } from '../support/linked-records.ts';
import { lockForEdit } from '../support/lock-for-edit.ts';
import { optionalText } from '../support/text.ts';
import { getGift } from './get-gift.ts';
import { requireRecipient, type GiftRecord } from './gift-fields.ts';

export interface UpdateGiftInput {
  version: number;
  kind?: GiftKind;
  title?: string;
  specificToClient?: string;
  riskTaken?: string | null;
  givenOn?: string;
  reference?: string | null;
  response?: GiftResponse;
  responseNote?: string | null;
  personId?: string | null;
  organizationId?: string | null;
  needId?: string | null;
  conversationId?: string | null;
}

/** Fields left out keep their value; a link sent as null is cleared (but a gift keeps a recipient). */
export async function updateGift(db: Db, actor: Actor, id: string, input: UpdateGiftInput): Promise<GiftRecord> {
  return db.transaction(async (tx) => {
    const { current, where } = await lockForEdit(tx, gifts, actor, id, input.version, 'gift');
    const pick = <K extends 'personId' | 'organizationId' | 'needId' | 'conversationId'>(key: K) =>
      input[key] === undefined ? current[key] : input[key];
    const links = { personId: pick('personId'), organizationId: pick('organizationId'), needId: pick('needId'), conversationId: pick('conversationId') };
    requireRecipient(links.personId, links.organizationId);
    await checkLinks(tx, actor.firmId, {
      personId: input.personId,
      organizationId: input.organizationId,
      needId: input.needId,
      conversationId: input.conversationId,
    });
    await tx
      .update(gifts)
      .set({
        kind: input.kind ?? current.kind,
        title: input.title?.trim() ?? current.title,
        specificToClient: input.specificToClient?.trim() ?? current.specificToClient,
        riskTaken: input.riskTaken === undefined ? current.riskTaken : optionalText(input.riskTaken),
        givenOn: input.givenOn ?? current.givenOn,
        reference: input.reference === undefined ? current.reference : optionalText(input.reference),
        response: input.response ?? current.response,
        responseNote: input.responseNote === undefined ? current.responseNote : optionalText(input.responseNote),
        ...links,
        updatedAt: new Date(),
        version: sql`${gifts.version} + 1`,
      })
      .where(where);
    return getGift(tx, actor, id);
  });
}
