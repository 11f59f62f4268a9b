/** The firm's members, for participant pickers and the team page. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { members } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';

export async function listMembers(db: Db, actor: Actor) {
  return db.select().from(members).where(eq(members.firmId, actor.firmId)).orderBy(asc(members.name), asc(members.id));
}
