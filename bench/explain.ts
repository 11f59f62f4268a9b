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
import { listCommitments } from '../src/domain/commitments/list-commitments.ts';
import { listNeeds } from '../src/domain/needs/list-needs.ts';
import { getReliability } from '../src/domain/reliability/get-reliability.ts';
import { getPersonTimeline } from '../src/domain/timeline/get-person-timeline.ts';
import { getToday } from '../src/domain/today/get-today.ts';
import type { EndpointName } from './bench-results.ts';
import { BENCH_TODAY } from './firm-vocabulary.ts';
import { PRACTICE_LIMIT } from './pools.ts';

export interface ExplainedStatement {
  sql: string;
  params: unknown[];
  executionMs: number;
  planningMs: number;
  plan: string;
}

export interface ExplainedCase {
  endpoint: EndpointName;
  label: string;
  /** Show every statement's plan in the report, not only the slowest (Today: one per list). */
  allStatements?: boolean;
  statements: ExplainedStatement[];
  /** Sum of execution times: the database's share of one request when nothing else runs. */
  totalExecutionMs: number;
}

export interface ExplainCaseInput {
  endpoint: ExplainedCase['endpoint'];
  label: string;
  allStatements?: boolean;
  /** Who asks; the firm's owner by default. */
  actor?: Actor;
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

export const todayCase = (label: string, actor: Actor, scope: 'mine' | 'firm'): ExplainCaseInput => ({
  endpoint: scope === 'mine' ? 'today-mine' : 'today-firm',
  label,
  actor,
  allStatements: true,
  run: (db, a) => getToday(db, a, { date: BENCH_TODAY, scope }),
});
export const reliabilityCase = (label: string, actor: Actor): ExplainCaseInput => ({
  endpoint: 'reliability',
  label,
  actor,
  allStatements: true,
  run: (db, a) => getReliability(db, a, { window: '12m' }, BENCH_TODAY),
});
export const needsCase = (label: string, actor: Actor, cursor?: string): ExplainCaseInput => ({
  endpoint: 'needs',
  label,
  actor,
  run: (db, a) => listNeeds(db, a, { status: 'open', limit: PRACTICE_LIMIT, cursor }, BENCH_TODAY),
});
export const commitmentsCase = (label: string, actor: Actor, cursor?: string): ExplainCaseInput => ({
  endpoint: 'commitments',
  label,
  actor,
  run: (db, a) => listCommitments(db, a, { status: 'open', limit: PRACTICE_LIMIT, cursor }, BENCH_TODAY),
});

/** A statement a use case sent, with its parameters. */
export interface CapturedStatement {
  sql: string;
  params: unknown[];
}

/** A drizzle instance that records every statement it sends, and a raw query on the same database. */
export function capturingDb(opened: OpenedDb): {
  db: Db;
  take: () => CapturedStatement[];
  raw: (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
} {
  let captured: CapturedStatement[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => captured.push({ sql: query, params }) };
  const take = () => {
    // Only reads: a use case's transaction control (begin, set transaction, commit) has no plan.
    const reads = captured.filter((x) => /^\s*(select|with)\b/i.test(x.sql));
    captured = [];
    return reads;
  };
  if (opened.target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: opened.target.url, max: 1 });
    return {
      db: drizzlePg(pool, { schema, logger }) as unknown as Db,
      take,
      raw: async (text, params) => (await pool.query(text, params)).rows as Record<string, unknown>[],
      close: () => pool.end(),
    };
  }
  const pglite = opened.pglite!;
  return {
    db: drizzlePglite(pglite, { schema, logger }) as unknown as Db,
    take,
    raw: async (text, params) => (await pglite.query<Record<string, unknown>>(text, params)).rows,
    close: async () => {},
  };
}

/** `settings`: statements run first on the explaining connection (e.g. `set enable_seqscan = off`). */
export async function explainCases(opened: OpenedDb, actor: Actor, cases: ExplainCaseInput[], settings: string[] = []): Promise<ExplainedCase[]> {
  const capturing = capturingDb(opened);
  try {
    for (const setting of settings) await capturing.raw(setting, []);
    const results: ExplainedCase[] = [];
    for (const c of cases) {
      capturing.take();
      await c.run(capturing.db, c.actor ?? actor);
      const statements: ExplainedStatement[] = [];
      for (const q of capturing.take()) {
        const rows = await capturing.raw(`explain (analyze, buffers) ${q.sql}`, q.params);
        const plan = rows.map((r) => String(Object.values(r)[0])).join('\n');
        const num = (re: RegExp) => Number(re.exec(plan)?.[1] ?? Number.NaN);
        statements.push({ sql: q.sql, params: q.params, plan, executionMs: num(/Execution Time: ([\d.]+) ms/), planningMs: num(/Planning Time: ([\d.]+) ms/) });
      }
      results.push({ endpoint: c.endpoint, label: c.label, allStatements: c.allStatements, statements, totalExecutionMs: statements.reduce((a, s) => a + s.executionMs + s.planningMs, 0) });
    }
    return results;
  } finally {
    await capturing.close();
  }
}
