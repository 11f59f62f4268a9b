/** A person as the API shows it: named fields only, never the search column. */
import { addressParts } from '../common/person-details.ts';
import type { people, PostalAddress } from '../db/schema.ts';
import type { Affiliation } from '../domain/people/person-affiliations.ts';
import type { StayInTouch } from '../domain/people/stay-in-touch.ts';
import { iso, isoOrNull } from './iso.ts';

/** The known parts only, in their usual order (the column is jsonb: nothing else leaves). */
const presentAddress = (a: PostalAddress): PostalAddress => Object.fromEntries(addressParts.filter((part) => a[part]).map((part) => [part, a[part]]));

type PersonRow = typeof people.$inferSelect & { affiliations: Affiliation[]; stayInTouch: StayInTouch | null };

export function presentPerson(p: PersonRow) {
  return {
    id: p.id,
    fullName: p.fullName,
    emails: p.emails,
    phones: p.phones,
    notes: p.notes,
    title: p.title,
    birthday: p.birthday,
    addresses: p.addresses.map(presentAddress),
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
