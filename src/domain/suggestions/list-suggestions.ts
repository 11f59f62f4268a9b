/** A need's client suggestions, oldest first; not_found for another firm's need. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { needs, statementSuggestions } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { loadSuggestions, type SuggestionView } from './suggestion-view.ts';

export async function listSuggestions(db: Db, actor: Actor, needId: string): Promise<SuggestionView[]> {
  const [need] = await db
    .select({ id: needs.id })
    .from(needs)
    .where(and(eq(needs.firmId, actor.firmId), eq(needs.id, needId)))
    .limit(1);
  if (!need) throw notFound('need');
  return loadSuggestions(db, actor.firmId, eq(statementSuggestions.needId, needId));
}
