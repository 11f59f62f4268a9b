/** Adds a person the firm has a relationship with. */
import type { Db } from '../../db/open-db.ts';
import { people } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { optionalText } from '../support/text.ts';
import { loadAffiliations, replaceAffiliations, type AffiliationInput } from './person-affiliations.ts';
import {
  checkCadence,
  normaliseEmails,
  normalisePersonDetails,
  normalisePhones,
  personSearchText,
  type PersonDetailsInput,
} from './person-fields.ts';

export interface CreatePersonInput extends PersonDetailsInput {
  fullName: string;
  emails?: string[];
  phones?: string[];
  notes?: string | null;
  /** Stay in touch at least every this many days (1–3650); null or absent: no cadence. */
  stayInTouchDays?: number | null;
  affiliations?: AffiliationInput[];
}

export async function createPerson(db: Db, actor: Actor, input: CreatePersonInput) {
  return db.transaction(async (tx) => {
    const fullName = input.fullName.trim();
    const emails = normaliseEmails(input.emails);
    const details = normalisePersonDetails(input);
    const [person] = await tx
      .insert(people)
      .values({
        firmId: actor.firmId,
        fullName,
        emails,
        phones: normalisePhones(input.phones),
        notes: optionalText(input.notes),
        stayInTouchDays: checkCadence(input.stayInTouchDays),
        title: details.title ?? null,
        birthday: details.birthday ?? null,
        addresses: details.addresses ?? [],
        searchText: personSearchText(fullName, emails),
        createdBy: actor.memberId,
      })
      .returning();
    await replaceAffiliations(tx, actor.firmId, person!.id, input.affiliations ?? [], actor.memberId);
    const affiliations = (await loadAffiliations(tx, actor.firmId, [person!.id])).get(person!.id) ?? [];
    return { ...person!, affiliations };
  });
}
