/**
 * Evidence for docs/BENCHMARKS.md's analysis: replays the benchmark's 500 searches and the list's
 * affiliation lookup one at a time (no load) under EXPLAIN ANALYZE, as the product plans them today
 * and with the alternatives discussed there. Nothing is changed for good: every variant runs in a
 * transaction that is rolled back.
 *
 *   node bin/run-ts.js bench/plan-experiments.ts                   PGlite data of the default sizes
 *   BENCH_DATABASE_URL=postgres://… node bin/run-ts.js bench/plan-experiments.ts --postgres
 *
 * The SQL has the shape of listPeople's and loadAffiliations' queries (same predicates, order and
 * limit; `select *` instead of the column list).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockDataDir } from '../src/db/data-dir-lock.ts';
import { openDb, type OpenedDb } from '../src/db/open-db.ts';
import { likePattern } from '../src/domain/support/cursor.ts';
import { findGeneratedFirm } from './generate-firm.ts';
import { buildPools } from './pools.ts';
import { summarise } from './stats.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const usePostgres = process.argv.includes('--postgres');
const people = Number(process.env.BENCH_PEOPLE || 100_000);
const conversations = Number(process.env.BENCH_CONVERSATIONS || 1_000_000);
const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
if (usePostgres && !url) throw new Error('--postgres needs BENCH_DATABASE_URL');

const dataDir = join(root, '.bench-data', `pglite-${people}p-${conversations}c`);
const lock = usePostgres ? undefined : await lockDataDir(dataDir, 'bench/plan-experiments.ts');
const opened: OpenedDb = usePostgres ? await openDb({ kind: 'postgres', url: url!, poolSize: 2 }) : await openDb({ kind: 'pglite', dataDir });

type Row = Record<string, unknown>;
let query: (text: string, params?: unknown[]) => Promise<Row[]>;
let release = async () => {};
if (usePostgres) {
  // One dedicated connection, so SET LOCAL and the transaction apply to every replayed statement
  // (the pool's other connection serves the drizzle reads).
  const client = await (opened.db as unknown as { $client: import('pg').Pool }).$client.connect();
  query = async (text, params) => (await client.query(text, params)).rows as Row[];
  release = async () => client.release();
} else {
  query = async (text, params) => (await opened.pglite!.query<Row>(text, params)).rows;
}

async function explainMs(text: string, params: unknown[]): Promise<{ ms: number; plan: string }> {
  const rows = await query(`explain (analyze) ${text}`, params);
  const plan = rows.map((r) => String(Object.values(r)[0])).join('\n');
  const num = (re: RegExp) => Number(re.exec(plan)?.[1] ?? 0);
  return { ms: num(/Planning Time: ([\d.]+)/) + num(/Execution Time: ([\d.]+)/), plan };
}

async function variant(label: string, setup: string[], run: () => Promise<string>): Promise<void> {
  await query('begin');
  try {
    for (const s of setup) await query(s);
    console.log(`  ${label.padEnd(58)} ${await run()}`);
  } finally {
    await query('rollback');
  }
}

try {
  const firm = await findGeneratedFirm(opened.db);
  if (!firm) throw new Error('No generated bench firm here: run npm run bench first.');
  const pools = await buildPools(opened.db, firm.firmId);
  const searches = pools.search.map((p) => new URL(p, 'http://x').searchParams.get('q')!);
  const [version] = await query('select version() as v');
  console.log(`${String(version?.v)}\n`);

  const plain = `select *, lower(full_name) from people where firm_id = $1 and search_text like $2 order by lower(full_name), id limit 51`;
  const gathered = `with m as materialized (select * from people where firm_id = $1 and search_text like $2) select *, lower(full_name) from m order by lower(full_name), id limit 51`;
  const replay = (text: string) => async () => {
    const times: number[] = [];
    let walks = 0;
    for (const q of searches) {
      const { ms, plan } = await explainMs(text, [firm.firmId, likePattern(q)]);
      times.push(ms);
      if (plan.includes('people_name_idx')) walks++;
    }
    const s = summarise(times);
    return `p50 ${s.p50.toFixed(2)}  p95 ${s.p95.toFixed(2)}  max ${s.max.toFixed(2)}  mean ${s.mean.toFixed(2)} ms  (${walks} name-index walks, ${searches.length - walks} trigram)`;
  };
  console.log(`Searches: the bench's ${searches.length} queries, planning + execution each:`);
  await variant('as the product runs them', [], replay(plain));
  await variant('matches gathered first (materialized CTE)', [], replay(gathered));
  await variant('statistics target 1000 on search_text', ['alter table people alter column search_text set statistics 1000', 'analyze people'], replay(plain));
  await variant('random_page_cost = 1.1', ['set local random_page_cost = 1.1'], replay(plain));
  await variant('trigram path forced (enable_indexscan = off)', ['set local enable_indexscan = off'], replay(plain));

  const ids = (await query(`select id from people where firm_id = $1 order by lower(full_name), id limit 50`, [firm.firmId])).map((r) => r.id);
  const affiliations = `select a.person_id, a.organization_id, o.name, a.title from affiliations a join organizations o on o.firm_id = a.firm_id and o.id = a.organization_id where a.firm_id = $1 and a.person_id = any($2::uuid[]) order by o.name`;
  const repeat = async () => {
    const times: number[] = [];
    let plan = '';
    for (let i = 0; i < 31; i++) ({ ms: times[i], plan } = await explainMs(affiliations, [firm.firmId, ids]));
    const join = /Hash Join|Nested Loop|Merge Join/.exec(plan)?.[0] ?? '?';
    return `median ${summarise(times).p50.toFixed(3)} ms  (${join}${plan.includes('Seq Scan on organizations') ? ' + Seq Scan on organizations' : ''})`;
  };
  console.log(`\nAffiliations of the first list page (50 people), 31 repetitions:`);
  await variant('as the product runs it', [], repeat);
  await variant('random_page_cost = 1.1', ['set local random_page_cost = 1.1'], repeat);
  await variant('hash and merge joins off', ['set local enable_hashjoin = off', 'set local enable_mergejoin = off'], repeat);
} finally {
  await release();
  await opened.close();
  await lock?.release();
}
