/** Removes an organisation; its people and their conversations stay, without that affiliation. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { organizations } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';

/** Deletes the organisation (affiliations go with it by cascade); not_found if it is not the firm's. */
export async function deleteOrganization(db: Db, actor: Actor, id: string): Promise<void> {
  const deleted = await db
    .delete(organizations)
    .where(and(eq(organizations.firmId, actor.firmId), eq(organizations.id, id)))
    .returning({ id: organizations.id });
  if (deleted.length === 0) throw notFound('organisation');
}
