/** A person as the API shows it: named fields only, never the search column. */
import type { people } from '../db/schema.ts';
import type { Affiliation } from '../domain/people/person-affiliations.ts';
import type { StayInTouch } from '../domain/people/stay-in-touch.ts';
import { iso, isoOrNull } from './iso.ts';

type PersonRow = typeof people.$inferSelect & { affiliations: Affiliation[]; stayInTouch: StayInTouch | null };

export function presentPerson(p: PersonRow) {
  return {
    id: p.id,
    fullName: p.fullName,
    emails: p.emails,
    phones: p.phones,
    notes: p.notes,
    affiliations: p.affiliations,
    stayInTouchDays: p.stayInTouchDays,
    stayInTouch: p.stayInTouch && {
      everyDays: p.stayInTouch.everyDays,
      lastConversationAt: isoOrNull(p.stayInTouch.lastConversationAt),
      dueOn: p.stayInTouch.dueOn,
      losingTouch: p.stayInTouch.losingTouch,
    },
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    createdBy: p.createdBy,
    version: p.version,
  };
}
