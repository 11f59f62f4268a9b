/**
 * What erasing a person would do, before it is done (decision 020): how many records lose the link to them,
 * and the records whose free text names them, to review. Owners only, like the erasure itself.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { people } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { requireOwner } from '../audit/require-owner.ts';
import { notFound } from '../errors.ts';
import { findMentions } from './find-mentions.ts';
import { countPersonLinks } from './person-links.ts';

export const eraseWhat = 'erase a person’s data';

/** The person's id and name, locked until the transaction ends when `lock` is set; another firm's is not found. */
export async function loadPersonToErase(db: Db, actor: Actor, personId: string, lock = false) {
  const query = db
    .select({ id: people.id, fullName: people.fullName })
    .from(people)
    .where(and(eq(people.firmId, actor.firmId), eq(people.id, personId)))
    .limit(1);
  const [person] = lock ? await query.for('update') : await query;
  if (!person) throw notFound('person');
  return person;
}

/** The counts and the review list for a loaded person (shared by the preview and the erasure). */
export async function erasureImpact(db: Db, firmId: string, person: { id: string; fullName: string }) {
  const unlinked = await countPersonLinks(db, firmId, person.id);
  const mentions = await findMentions(db, firmId, person.id, person.fullName);
  return { unlinked, review: mentions.items, reviewComplete: mentions.complete };
}

export async function previewErasure(db: Db, actor: Actor, personId: string) {
  requireOwner(actor, eraseWhat);
  const person = await loadPersonToErase(db, actor, personId);
  return { person, ...(await erasureImpact(db, actor.firmId, person)) };
}
