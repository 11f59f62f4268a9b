/** An erasure's outcome and the firm's audit entries, as the API shows them. */
import type { AuditEntry } from '../domain/audit/record-audit-entry.ts';
import type { Mentions } from '../domain/people/find-mentions.ts';
import type { PersonLinks } from '../domain/people/person-links.ts';
import { iso } from './iso.ts';

interface Impact {
  unlinked: PersonLinks;
  review: Mentions['items'];
  reviewComplete: boolean;
}

export function presentErasure(result: Impact & { auditEntry: AuditEntry }) {
  return { auditEntryId: result.auditEntry.id, unlinked: result.unlinked, review: result.review, reviewComplete: result.reviewComplete };
}

export function presentAuditEntry({ entry, actorName }: { entry: AuditEntry; actorName: string | null }) {
  return {
    id: entry.id,
    at: iso(entry.at),
    actor: entry.actorMemberId ? { id: entry.actorMemberId, name: actorName } : null,
    action: entry.action,
    subject: entry.subject,
    subjectId: entry.subjectId,
    summary: entry.summary,
    reason: entry.reason,
  };
}
