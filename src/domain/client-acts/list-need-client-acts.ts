/** What the client did on a need's shared plan, newest first: one range scan of client_acts_need_idx per page. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { clientActs, needs } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { afterTimeCursor, newestFirst } from '../support/time-cursor.ts';
import { toKeyedPage, type KeyedPage } from './act-page.ts';
import { loadClientActs, type ClientActView } from './client-act-view.ts';

export interface ActPageInput {
  limit: number;
  cursor?: string;
}

export async function listNeedClientActs(db: Db, actor: Actor, needId: string, input: ActPageInput): Promise<KeyedPage<ClientActView>> {
  const [need] = await db
    .select({ id: needs.id })
    .from(needs)
    .where(and(eq(needs.firmId, actor.firmId), eq(needs.id, needId)))
    .limit(1);
  if (!need) throw notFound('need');
  const rows = await loadClientActs(
    db,
    actor.firmId,
    and(eq(clientActs.needId, needId), afterTimeCursor(input.cursor, clientActs.createdAt, clientActs.id)),
    input.limit,
    [newestFirst(clientActs.createdAt), newestFirst(clientActs.id)],
  );
  return toKeyedPage(rows, input.limit);
}

/** A person's client acts after a cursor, newest first (client_acts_person_idx): for their timeline. */
export function loadPersonClientActs(db: Db, firmId: string, personId: string, input: ActPageInput): Promise<ClientActView[]> {
  return loadClientActs(
    db,
    firmId,
    and(eq(clientActs.personId, personId), afterTimeCursor(input.cursor, clientActs.createdAt, clientActs.id)),
    input.limit,
    [newestFirst(clientActs.createdAt), newestFirst(clientActs.id)],
  );
}
