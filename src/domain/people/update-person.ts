/** Edits a person; the caller sends the version it loaded, so concurrent edits never overwrite each other. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { people } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { lockForEdit } from '../support/lock-for-edit.ts';
import { optionalText } from '../support/text.ts';
import { getPerson } from './get-person.ts';
import { replaceAffiliations, type AffiliationInput } from './person-affiliations.ts';
import {
  checkCadence,
  normaliseEmails,
  normalisePersonDetails,
  normalisePhones,
  personSearchText,
  type PersonDetailsInput,
} from './person-fields.ts';

/** Absent fields keep their value; null clears title and birthday, an empty list clears the addresses. */
export interface UpdatePersonInput extends PersonDetailsInput {
  version: number;
  fullName?: string;
  emails?: string[];
  phones?: string[];
  notes?: string | null;
  /** Null clears the cadence; absent keeps it. */
  stayInTouchDays?: number | null;
  affiliations?: AffiliationInput[];
}

export async function updatePerson(db: Db, actor: Actor, id: string, input: UpdatePersonInput) {
  return db.transaction(async (tx) => {
    const { current, where } = await lockForEdit(tx, people, actor, id, input.version, 'person');
    const fullName = input.fullName?.trim() ?? current.fullName;
    const emails = input.emails ? normaliseEmails(input.emails) : current.emails;
    await tx
      .update(people)
      .set({
        fullName,
        emails,
        phones: input.phones ? normalisePhones(input.phones) : current.phones,
        notes: input.notes === undefined ? current.notes : optionalText(input.notes),
        stayInTouchDays: input.stayInTouchDays === undefined ? current.stayInTouchDays : checkCadence(input.stayInTouchDays),
        ...normalisePersonDetails(input),
        searchText: personSearchText(fullName, emails),
        updatedAt: new Date(),
        version: sql`${people.version} + 1`,
      })
      .where(where);
    if (input.affiliations) await replaceAffiliations(tx, actor.firmId, id, input.affiliations, actor.memberId);
    return getPerson(tx, actor, id);
  });
}
