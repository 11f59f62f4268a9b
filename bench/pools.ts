/** The request paths the load test draws from: deterministic samples of the generated firm. */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/open-db.ts';
import { encodeCursor } from '../src/domain/support/cursor.ts';
import { queryRows } from '../src/domain/support/rows.ts';
import { BENCH_TODAY } from './firm-vocabulary.ts';
import { mulberry32 } from './stats.ts';

export interface Pools {
  timeline: string[];
  search: string[];
  list: string[];
}

/** The practice endpoints' request paths (asked by the busiest member, on the bench's today). */
export interface PracticePools {
  'today-mine': string[];
  'today-firm': string[];
  reliability: string[];
  needs: string[];
  commitments: string[];
}

export const API = '/api/v1';
export const TIMELINE_LIMIT = 20; // the web app's timeline page size
export const PEOPLE_LIMIT = 50; // the web app's people page size
export const PRACTICE_LIMIT = 30; // the web app's needs and commitments page size

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


/**
 * Today for the member and for the firm, reliability over 12 months (one path each: that is what the
 * page asks for), and the open needs and open commitments lists: a quarter first pages, the rest pages
 * after a random open row (the cursor the server would have handed out there; checked in checkRequests).
 */
export async function buildPracticePools(db: Db, firmId: string): Promise<PracticePools> {
  const needs: string[] = [];
  const needKeys = await queryRows<{ id: string; sort_key: string }>(
    db,
    sql`select id, ${NEED_SORT_KEY} as sort_key from needs where firm_id = ${firmId} and outcome is null order by md5(id::text || 'needs') limit 750`,
  );
  for (const n of needKeys) needs.push(`${API}/needs?status=open&limit=${PRACTICE_LIMIT}&cursor=${encodeCursor([n.sort_key, n.id])}`);
  const commitments: string[] = [];
  const commitmentKeys = await queryRows<{ id: string; due: string }>(
    db,
    sql`select id, to_char(due_on, 'YYYY-MM-DD') as due from commitments where firm_id = ${firmId} and status = 'open' order by md5(id::text || 'commitments') limit 750`,
  );
  for (const c of commitmentKeys) commitments.push(`${API}/commitments?status=open&limit=${PRACTICE_LIMIT}&cursor=${encodeCursor([c.due, c.id])}`);
  for (let i = 0; i < Math.max(1, Math.round(needs.length / 3)); i++) needs.push(`${API}/needs?status=open&limit=${PRACTICE_LIMIT}`);
  for (let i = 0; i < Math.max(1, Math.round(commitments.length / 3)); i++) commitments.push(`${API}/commitments?status=open&limit=${PRACTICE_LIMIT}`);
  return {
    'today-mine': [`${API}/today?date=${BENCH_TODAY}&scope=mine`],
    'today-firm': [`${API}/today?date=${BENCH_TODAY}&scope=firm`],
    reliability: [`${API}/reliability?window=12m`],
    needs,
    commitments,
  };
}

/** A need's keyset cursor key as list-needs.ts hands it out (created_at in UTC, microseconds). */
export const NEED_SORT_KEY = sql.raw(`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`);
