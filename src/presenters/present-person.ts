/** A person as the API shows it: named fields only, never the search column. */
import type { people } from '../db/schema.ts';
import type { Affiliation } from '../domain/people/person-affiliations.ts';
import { iso } from './iso.ts';

type PersonRow = typeof people.$inferSelect & { affiliations: Affiliation[] };

export function presentPerson(p: PersonRow) {
  return {
    id: p.id,
    fullName: p.fullName,
    emails: p.emails,
    phones: p.phones,
    notes: p.notes,
    affiliations: p.affiliations,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    createdBy: p.createdBy,
    version: p.version,
  };
}
