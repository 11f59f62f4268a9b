/** A commitment as the API shows it: named fields, linked records by id and name, the history in order. */
import type { CommitmentView } from '../domain/commitments/commitment-view.ts';
import { iso, isoOrNull } from './iso.ts';

export function presentCommitment(c: CommitmentView) {
  return {
    id: c.id,
    side: c.side,
    description: c.description,
    dueOn: c.dueOn,
    originalDueOn: c.originalDueOn,
    status: c.status,
    standing: c.standing,
    keptOn: c.keptOn,
    brokenReason: c.brokenReason,
    resolvedAt: isoOrNull(c.resolvedAt),
    member: c.member,
    person: c.person,
    organization: c.organization,
    need: c.need,
    conversationId: c.conversationId,
    incidentId: c.incidentId,
    renegotiationCount: c.renegotiationCount,
    renegotiations: c.renegotiations.map((r) => ({
      fromDueOn: r.fromDueOn,
      toDueOn: r.toDueOn,
      reason: r.reason,
      createdAt: iso(r.createdAt),
      createdBy: r.createdBy,
    })),
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    createdBy: c.createdBy,
    version: c.version,
  };
}
