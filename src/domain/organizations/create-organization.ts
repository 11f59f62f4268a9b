/** Adds an organisation (a client, prospect or partner firm) that people can belong to. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { organizations } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { optionalText } from '../support/text.ts';

export interface CreateOrganizationInput {
  name: string;
  website?: string | null;
  industry?: string | null;
  notes?: string | null;
}

/** Creates the organisation in the actor's firm; a new organisation has nobody in it yet. */
export async function createOrganization(db: Db, actor: Actor, input: CreateOrganizationInput) {
  const name = input.name.trim();
  if (!name) throw new AppError('validation_failed', 'Give the organisation a name.', { fields: { name: 'must not be empty' } });
  const [organization] = await db
    .insert(organizations)
    .values({
      firmId: actor.firmId,
      name,
      website: optionalText(input.website),
      industry: optionalText(input.industry),
      notes: optionalText(input.notes),
      searchText: sql`lower(${name}::text)`,
      createdBy: actor.memberId,
    })
    .returning();
  return { ...organization!, peopleCount: 0 };
}
