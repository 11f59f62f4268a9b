/** Removes a person; conversations they took part in stay, without them among the participants. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { people } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';

export async function deletePerson(db: Db, actor: Actor, id: string): Promise<void> {
  const deleted = await db
    .delete(people)
    .where(and(eq(people.firmId, actor.firmId), eq(people.id, id)))
    .returning({ id: people.id });
  if (deleted.length === 0) throw notFound('person');
}
