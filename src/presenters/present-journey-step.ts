/** A step of the client's decision journey as the API shows it, with how overdue it is. */
import type { StepView } from '../domain/needs/load-journey.ts';
import { iso } from './iso.ts';

export function presentJourneyStep(s: StepView) {
  return {
    id: s.id,
    position: s.position,
    title: s.title,
    ownerSide: s.ownerSide,
    ownerPerson: s.ownerPerson ? { id: s.ownerPerson.id, fullName: s.ownerPerson.fullName } : null,
    ownerMember: s.ownerMember ? { id: s.ownerMember.id, name: s.ownerMember.name } : null,
    targetOn: s.targetOn,
    status: s.status,
    notes: s.notes,
    completedOn: s.completedOn,
    daysOverdue: s.daysOverdue,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
    createdBy: s.createdBy,
    version: s.version,
  };
}
