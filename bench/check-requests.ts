/** A smoke test of the served app before any load: a broken endpoint would otherwise be "measured". */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/open-db.ts';
import { encodeCursor } from '../src/domain/support/cursor.ts';
import { queryRows } from '../src/domain/support/rows.ts';
import { API, PEOPLE_LIMIT, type PracticePools, type Pools } from './pools.ts';

type Body = { items?: unknown[]; nextCursor?: string | null };

async function getJson(baseUrl: string, token: string, path: string): Promise<Body> {
  const res = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as Body;
  if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

/**
 * Fails unless every practice request works, the bench's cursors are the server's own (the second page
 * asked with the server's nextCursor equals the one asked with a cursor the bench built for that row),
 * and Today is not empty.
 */
export async function checkPracticeRequests(baseUrl: string, token: string, pools: PracticePools): Promise<void> {
  for (const paths of Object.values(pools)) await getJson(baseUrl, token, paths[paths.length - 1]!);
  const today = (await getJson(baseUrl, token, pools['today-mine'][0]!)) as Body & { totals?: Record<string, number> };
  if (!today.totals || Object.values(today.totals).every((n) => n === 0)) throw new Error(`Today is empty: ${JSON.stringify(today.totals)}`);
  for (const name of ['needs', 'commitments'] as const) {
    const first = await getJson(baseUrl, token, pools[name][pools[name].length - 1]!);
    const built = pools[name].find((p) => p.includes('cursor='));
    if (!first.nextCursor || !built || (first.items?.length ?? 0) === 0) throw new Error(`The first page of ${name} is empty or has no next page`);
    const items = first.items as { id?: string; need?: { id: string } }[];
    const lastId = items[items.length - 1]!.id ?? items[items.length - 1]!.need?.id;
    const [key, id] = JSON.parse(Buffer.from(first.nextCursor, 'base64url').toString('utf8')) as [string, string];
    if (id !== lastId || typeof key !== 'string') throw new Error(`The ${name} cursor is not (key, id of the last item): fix buildPracticePools.`);
    const [builtKey] = JSON.parse(Buffer.from(new URL(built, 'http://x').searchParams.get('cursor')!, 'base64url').toString('utf8')) as [string, string];
    if (builtKey.length !== key.length) throw new Error(`The bench's ${name} cursor key ${builtKey} is not shaped like the server's ${key}: fix buildPracticePools.`);
  }
}

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
