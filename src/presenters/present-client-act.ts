/** Client acts as the API shows them. */
import type { ClientActView } from '../domain/client-acts/client-act-view.ts';
import { iso } from './iso.ts';

export function presentClientAct(act: ClientActView) {
  return {
    id: act.id,
    kind: act.kind,
    at: iso(act.at),
    person: act.person,
    need: act.need,
    conversation: act.conversation
      ? { id: act.conversation.id, occurredAt: iso(act.conversation.occurredAt), channel: act.conversation.channel }
      : null,
    shareLinkId: act.shareLinkId,
    statementVersion: act.statementVersion,
    step: act.step,
    text: act.text,
    agrees: act.agrees,
    suggestion: act.suggestion,
    checkIn: act.checkIn,
  };
}
