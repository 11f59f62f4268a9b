/** A gift as the API shows it: named fields, the client by name, never the firm id. */
import type { GiftRecord } from '../domain/gifts/gift-fields.ts';
import { iso } from './iso.ts';

export function presentGift(g: GiftRecord) {
  return {
    id: g.id,
    kind: g.kind,
    title: g.title,
    specificToClient: g.specificToClient,
    riskTaken: g.riskTaken,
    givenOn: g.givenOn,
    reference: g.reference,
    response: g.response,
    responseNote: g.responseNote,
    person: g.person,
    organization: g.organization,
    need: g.need,
    conversationId: g.conversationId,
    createdAt: iso(g.createdAt),
    updatedAt: iso(g.updatedAt),
    createdBy: g.createdBy,
    version: g.version,
  };
}
