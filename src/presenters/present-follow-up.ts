/** A follow-up as the API shows it: what we will bring, when, whose it is and for whom. */
import type { FollowUpRecord } from '../domain/follow-ups/follow-up-fields.ts';
import { iso, isoOrNull } from './iso.ts';

export function presentFollowUp(f: FollowUpRecord) {
  return {
    id: f.id,
    content: f.content,
    dueOn: f.dueOn,
    status: f.status,
    member: f.member,
    person: f.person,
    organization: f.organization,
    need: f.need,
    conversationId: f.conversationId,
    doneAt: isoOrNull(f.doneAt),
    cancelledAt: isoOrNull(f.cancelledAt),
    cancelReason: f.cancelReason,
    snoozeCount: f.snoozeCount,
    createdAt: iso(f.createdAt),
    updatedAt: iso(f.updatedAt),
    createdBy: f.createdBy,
    version: f.version,
  };
}
