/** The request paths the load test draws from: deterministic samples of the generated firm. */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/open-db.ts';
import { encodeCursor } from '../src/domain/support/cursor.ts';
import { queryRows } from '../src/domain/support/rows.ts';
import { mulberry32 } from './stats.ts';

export interface Pools {
  timeline: string[];
  search: string[];
  list: string[];
}

export const API = '/api/v1';
export const TIMELINE_LIMIT = 20; // the web app's timeline page size
export const PEOPLE_LIMIT = 50; // the web app's people page size

/** Deterministic samples of the firm: random people, name fragments, and cursors into the list. */
export async function buildPools(db: Db, firmId: string): Promise<Pools> {
  const random = mulberry32(20_261_122);
  const sample = (salt: string, n: number) =>
    queryRows<{ id: string; full_name: string; sort_key: string }>(
      db,
      sql`select id, full_name, lower(full_name) as sort_key from people where firm_id = ${firmId} order by md5(id::text || ${salt}) limit ${n}`,
    );

  // (1) Timelines of 1,000 random people, first page.
  const timeline = (await sample('timeline', 1000)).map((p) => `${API}/people/${p.id}/timeline?limit=${TIMELINE_LIMIT}`);

  // (2) 500 searches for 3–6 letters of a real first or last name, as someone would type them.
  const search: string[] = [];
  for (const p of await sample('search', 500)) {
    const words = p.full_name.split(' ').filter((w) => w.length >= 3 && !w.endsWith('.'));
    const word = words[Math.floor(random() * words.length)] ?? p.full_name;
    const len = Math.min(word.length, 3 + Math.floor(random() * 4));
    const start = Math.floor(random() * (word.length - len + 1));
    search.push(`${API}/people?q=${encodeURIComponent(word.slice(start, start + len))}&limit=${PEOPLE_LIMIT}`);
  }

  // (3) The list: a quarter first pages, the rest pages that start after a random person (the
  // cursor the server would have handed out there; checked against a real nextCursor below).
  const list: string[] = [];
  for (const p of await sample('list', 750)) list.push(`${API}/people?limit=${PEOPLE_LIMIT}&cursor=${encodeCursor([p.sort_key, p.id])}`);
  for (let i = 0; i < 250; i++) list.push(`${API}/people?limit=${PEOPLE_LIMIT}`);
  return { timeline, search, list };
}

