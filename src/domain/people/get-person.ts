/** One person of the actor's firm, with their organisations; another firm's person is "not found". */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { people } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { loadAffiliations } from './person-affiliations.ts';

export async function getPerson(db: Db, actor: Actor, id: string) {
  const [person] = await db.select().from(people).where(and(eq(people.firmId, actor.firmId), eq(people.id, id))).limit(1);
  if (!person) throw notFound('person');
  const affiliations = (await loadAffiliations(db, actor.firmId, [id])).get(id) ?? [];
  return { ...person, affiliations };
}
