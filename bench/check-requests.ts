/** A smoke test of the served app before any load: a broken endpoint would otherwise be "measured". */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/open-db.ts';
import { encodeCursor } from '../src/domain/support/cursor.ts';
import { queryRows } from '../src/domain/support/rows.ts';
import { API, PEOPLE_LIMIT, type Pools } from './pools.ts';

/** Fails unless every kind of request works and the list cursors are the ones the server hands out. */
export async function checkRequests(baseUrl: string, token: string, db: Db, firmId: string, pools: Pools): Promise<void> {
  const get = async (path: string) => {
    const res = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { items?: unknown[]; nextCursor?: string | null };
    if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  };
  const first = await get(`${API}/people?limit=${PEOPLE_LIMIT}`);
  const [row50] = await queryRows<{ sort_key: string; id: string }>(
    db,
    sql`select lower(full_name) as sort_key, id from people where firm_id = ${firmId} order by lower(full_name), id offset ${PEOPLE_LIMIT - 1} limit 1`,
  );
  if (!row50 || first.nextCursor !== encodeCursor([row50.sort_key, row50.id])) {
    throw new Error('The list cursors built by the bench differ from the nextCursor the server hands out: fix buildPools.');
  }
  const second = await get(`${API}/people?limit=${PEOPLE_LIMIT}&cursor=${first.nextCursor}`);
  if (second.items?.length !== PEOPLE_LIMIT) throw new Error('The second page of people is not full');
  const timeline = await get(pools.timeline[0]!);
  if (!Array.isArray(timeline.items)) throw new Error('The timeline answer has no items');
  const search = await get(pools.search[0]!);
  if (!Array.isArray(search.items) || search.items.length === 0) throw new Error(`Search ${pools.search[0]} found nobody`);
}
