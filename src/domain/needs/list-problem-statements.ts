/** Every version of a need's problem statement, oldest first, with who wrote it, why, and who confirmed it. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { needs } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { loadStatements, type StatementView } from './load-statements.ts';

export async function listProblemStatements(db: Db, actor: Actor, needId: string): Promise<StatementView[]> {
  const [need] = await db
    .select({ id: needs.id })
    .from(needs)
    .where(and(eq(needs.firmId, actor.firmId), eq(needs.id, needId)))
    .limit(1);
  if (!need) throw notFound('need');
  return (await loadStatements(db, actor.firmId, [needId], 'all')).get(needId) ?? [];
}
