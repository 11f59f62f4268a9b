/** Edits a person; the caller sends the version it loaded, so concurrent edits never overwrite each other. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { people } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound, versionConflict } from '../errors.ts';
import { getPerson } from './get-person.ts';
import { replaceAffiliations, type AffiliationInput } from './person-affiliations.ts';
import { normaliseEmails, normalisePhones, personSearchText } from './person-fields.ts';

export interface UpdatePersonInput {
  version: number;
  fullName?: string;
  emails?: string[];
  phones?: string[];
  notes?: string | null;
  affiliations?: AffiliationInput[];
}

export async function updatePerson(db: Db, actor: Actor, id: string, input: UpdatePersonInput) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(people)
      .where(and(eq(people.firmId, actor.firmId), eq(people.id, id)))
      .for('update')
      .limit(1);
    if (!current) throw notFound('person');
    if (current.version !== input.version) throw versionConflict('person', current.version);
    const fullName = input.fullName?.trim() ?? current.fullName;
    const emails = input.emails ? normaliseEmails(input.emails) : current.emails;
    await tx
      .update(people)
      .set({
        fullName,
        emails,
        phones: input.phones ? normalisePhones(input.phones) : current.phones,
        notes: input.notes === undefined ? current.notes : input.notes?.trim() || null,
        searchText: personSearchText(fullName, emails),
        updatedAt: new Date(),
        version: sql`${people.version} + 1`,
      })
      .where(and(eq(people.firmId, actor.firmId), eq(people.id, id)));
    if (input.affiliations) await replaceAffiliations(tx, actor.firmId, id, input.affiliations, actor.memberId);
    return getPerson(tx, actor, id);
  });
}
