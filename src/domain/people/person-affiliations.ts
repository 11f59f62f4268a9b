/** Reading and replacing the organisations a person belongs to. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { affiliations, organizations } from '../../db/schema.ts';
import { AppError } from '../errors.ts';

export interface AffiliationInput {
  organizationId: string;
  title?: string | null;
}

export interface Affiliation {
  organizationId: string;
  organizationName: string;
  title: string | null;
}

/** Loads the affiliations of several people at once (one query for a whole page). */
export async function loadAffiliations(db: Db, firmId: string, personIds: string[]): Promise<Map<string, Affiliation[]>> {
  const byPerson = new Map<string, Affiliation[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .select({ personId: affiliations.personId, organizationId: affiliations.organizationId, organizationName: organizations.name, title: affiliations.title })
    .from(affiliations)
    .innerJoin(organizations, and(eq(organizations.firmId, affiliations.firmId), eq(organizations.id, affiliations.organizationId)))
    .where(and(eq(affiliations.firmId, firmId), inArray(affiliations.personId, personIds)))
    .orderBy(asc(organizations.name));
  for (const { personId, ...rest } of rows) byPerson.get(personId)?.push(rest);
  return byPerson;
}

/** Replaces a person's affiliations; every organisation must belong to the same firm. */
export async function replaceAffiliations(
  db: Db,
  firmId: string,
  personId: string,
  list: AffiliationInput[],
  createdBy: string,
): Promise<void> {
  const unique = [...new Map(list.map((a) => [a.organizationId, a])).values()];
  if (unique.length > 0) {
    const found = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.firmId, firmId), inArray(organizations.id, unique.map((a) => a.organizationId))));
    const known = new Set(found.map((f) => f.id));
    const missing = unique.filter((a) => !known.has(a.organizationId)).map((a) => a.organizationId);
    if (missing.length > 0) {
      throw new AppError('validation_failed', 'Some organisations do not exist in your firm. Pick organisations from your list.', {
        fields: { affiliations: `unknown organisation ids: ${missing.join(', ')}` },
      });
    }
  }
  await db.delete(affiliations).where(and(eq(affiliations.firmId, firmId), eq(affiliations.personId, personId)));
  if (unique.length > 0) {
    await db.insert(affiliations).values(
      unique.map((a) => ({ firmId, personId, organizationId: a.organizationId, title: a.title?.trim() || null, createdBy })),
    );
  }
}
