/** Edits an organisation; the caller sends the version it loaded, so concurrent edits never overwrite each other. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { organizations } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { lockForEdit } from '../support/lock-for-edit.ts';
import { optionalText } from '../support/text.ts';
import { getOrganization } from './get-organization.ts';

export interface UpdateOrganizationInput {
  version: number;
  name?: string;
  website?: string | null;
  industry?: string | null;
  notes?: string | null;
}

/** Applies the fields present in the input (null clears an optional one) and bumps the version. */
export async function updateOrganization(db: Db, actor: Actor, id: string, input: UpdateOrganizationInput) {
  return db.transaction(async (tx) => {
    const { current, where } = await lockForEdit(tx, organizations, actor, id, input.version, 'organisation');
    const name = input.name === undefined ? current.name : input.name.trim();
    if (!name) throw new AppError('validation_failed', 'Give the organisation a name.', { fields: { name: 'must not be empty' } });
    await tx
      .update(organizations)
      .set({
        name,
        website: input.website === undefined ? current.website : optionalText(input.website),
        industry: input.industry === undefined ? current.industry : optionalText(input.industry),
        notes: input.notes === undefined ? current.notes : optionalText(input.notes),
        searchText: sql`lower(${name}::text)`,
        updatedAt: new Date(),
        version: sql`${organizations.version} + 1`,
      })
      .where(where);
    return getOrganization(tx, actor, id);
  });
}
