/**
 * Runs the product's own use cases once each with a query-capturing drizzle instance, then replays
 * every captured statement under EXPLAIN (ANALYZE, BUFFERS) with the same parameters. The plans are
 * therefore those of the exact SQL the endpoints send, not of a hand-written copy.
 */
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Db, OpenedDb } from '../src/db/open-db.ts';
import * as schema from '../src/db/schema.ts';
import type { Actor } from '../src/domain/actor.ts';
import { listPeople } from '../src/domain/people/list-people.ts';
import { getPersonTimeline } from '../src/domain/timeline/get-person-timeline.ts';

export interface ExplainedStatement {
  sql: string;
  params: unknown[];
  executionMs: number;
  planningMs: number;
  plan: string;
}

export interface ExplainedCase {
  endpoint: 'timeline' | 'search' | 'list';
  label: string;
  statements: ExplainedStatement[];
  /** Sum of execution times: the database's share of one request when nothing else runs. */
  totalExecutionMs: number;
}

export interface ExplainCaseInput {
  endpoint: ExplainedCase['endpoint'];
  label: string;
  run: (db: Db, actor: Actor) => Promise<unknown>;
}

export const timelineCase = (label: string, personId: string): ExplainCaseInput => ({
  endpoint: 'timeline',
  label,
  run: (db, actor) => getPersonTimeline(db, actor, personId, { limit: 20 }),
});
export const searchCase = (label: string, q: string): ExplainCaseInput => ({
  endpoint: 'search',
  label,
  run: (db, actor) => listPeople(db, actor, { q, limit: 50 }),
});
export const listCase = (label: string, cursor?: string): ExplainCaseInput => ({
  endpoint: 'list',
  label,
  run: (db, actor) => listPeople(db, actor, { limit: 50, cursor }),
});

export async function explainCases(opened: OpenedDb, actor: Actor, cases: ExplainCaseInput[]): Promise<ExplainedCase[]> {
  let captured: { sql: string; params: unknown[] }[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => captured.push({ sql: query, params }) };
  let pool: pg.Pool | undefined;
  let capturing: Db;
  let raw: (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;
  if (opened.target.kind === 'postgres') {
    pool = new pg.Pool({ connectionString: opened.target.url, max: 1 });
    capturing = drizzlePg(pool, { schema, logger }) as unknown as Db;
    raw = async (text, params) => (await pool!.query(text, params)).rows as Record<string, unknown>[];
  } else {
    const pglite = opened.pglite!;
    capturing = drizzlePglite(pglite, { schema, logger }) as unknown as Db;
    raw = async (text, params) => (await pglite.query<Record<string, unknown>>(text, params)).rows;
  }
  try {
    const results: ExplainedCase[] = [];
    for (const c of cases) {
      captured = [];
      await c.run(capturing, actor);
      const statements: ExplainedStatement[] = [];
      for (const q of captured) {
        const rows = await raw(`explain (analyze, buffers) ${q.sql}`, q.params);
        const plan = rows.map((r) => String(Object.values(r)[0])).join('\n');
        const num = (re: RegExp) => Number(re.exec(plan)?.[1] ?? Number.NaN);
        statements.push({ sql: q.sql, params: q.params, plan, executionMs: num(/Execution Time: ([\d.]+) ms/), planningMs: num(/Planning Time: ([\d.]+) ms/) });
      }
      results.push({ ...c, statements, totalExecutionMs: statements.reduce((a, s) => a + s.executionMs + s.planningMs, 0) });
    }
    return results.map(({ endpoint, label, statements, totalExecutionMs }) => ({ endpoint, label, statements, totalExecutionMs }));
  } finally {
    await pool?.end();
  }
}
