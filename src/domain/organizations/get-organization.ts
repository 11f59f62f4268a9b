/** One organisation of the actor's firm with its head count; another firm's is "not found". */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { organizations } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { loadPeopleCounts } from './organization-people-counts.ts';

/** Loads the organisation, or throws not_found for an unknown id or one of another firm. */
export async function getOrganization(db: Db, actor: Actor, id: string) {
  const [organization] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.firmId, actor.firmId), eq(organizations.id, id)))
    .limit(1);
  if (!organization) throw notFound('organisation');
  const peopleCount = (await loadPeopleCounts(db, actor.firmId, [id])).get(id) ?? 0;
  return { ...organization, peopleCount };
}
