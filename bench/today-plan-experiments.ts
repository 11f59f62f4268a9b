/**
 * Evidence for docs/BENCHMARKS.md's analysis of Today and reliability: replays the exact statements the
 * product sends (captured from getToday and getReliability, as the busiest member on the bench's today)
 * one at a time under EXPLAIN ANALYZE, as planned today and with the indexes and rewrites proposed
 * there. Nothing is changed for good: every variant runs in a transaction that is rolled back.
 *
 *   node bin/run-ts.js bench/today-plan-experiments.ts                   PGlite data of the default sizes
 *   BENCH_DATABASE_URL=postgres://… node bin/run-ts.js bench/today-plan-experiments.ts --postgres
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays } from '../src/common/days.ts';
import { practiceLimits } from '../src/common/practices.ts';
import { lockDataDir } from '../src/db/data-dir-lock.ts';
import { openDb, type OpenedDb } from '../src/db/open-db.ts';
import { getReliability } from '../src/domain/reliability/get-reliability.ts';
import { getToday } from '../src/domain/today/get-today.ts';
import { capturingDb, type CapturedStatement } from './explain.ts';
import { BENCH_TODAY } from './firm-vocabulary.ts';
import { findGeneratedFirm } from './generate-firm.ts';
import { busiestMember } from './practice-member.ts';
import { summarise } from './stats.ts';
import { isTotals, listTable } from './today-plan-checks.ts';

const usePostgres = process.argv.includes('--postgres');
const people = Number(process.env.BENCH_PEOPLE || 100_000);
const conversations = Number(process.env.BENCH_CONVERSATIONS || 1_000_000);
const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
if (usePostgres && !url) throw new Error('--postgres needs BENCH_DATABASE_URL');
const REPEAT = 5;

const dataDir = join(fileURLToPath(new URL('..', import.meta.url)), '.bench-data', `pglite-${people}p-${conversations}c`);
const lock = usePostgres ? undefined : await lockDataDir(dataDir, 'bench/today-plan-experiments.ts');
const opened: OpenedDb = usePostgres ? await openDb({ kind: 'postgres', url: url!, poolSize: 2 }) : await openDb({ kind: 'pglite', dataDir });

type Row = Record<string, unknown>;
let query: (text: string, params?: unknown[]) => Promise<Row[]>;
let release = async () => {};
if (usePostgres) {
  // One dedicated connection, so SET LOCAL, the transaction and its temporary indexes apply to every replay.
  const client = await (opened.db as unknown as { $client: import('pg').Pool }).$client.connect();
  query = async (text, params) => (await client.query(text, params)).rows as Row[];
  release = async () => client.release();
} else {
  query = async (text, params) => (await opened.pglite!.query<Row>(text, params)).rows;
}

/** Median planning + execution of REPEAT runs, and the last plan. */
async function timed(text: string, params: unknown[]): Promise<{ ms: number; plan: string }> {
  const times: number[] = [];
  let plan = '';
  for (let i = 0; i < REPEAT; i++) {
    const rows = await query(`explain (analyze) ${text}`, params);
    plan = rows.map((r) => String(Object.values(r)[0])).join('\n');
    const num = (re: RegExp) => Number(re.exec(plan)?.[1] ?? 0);
    times.push(num(/Planning Time: ([\d.]+)/) + num(/Execution Time: ([\d.]+)/));
  }
  return { ms: summarise(times).p50, plan };
}

async function variant(label: string, setup: string[], run: () => Promise<string>): Promise<void> {
  await query('begin');
  try {
    const t0 = performance.now();
    for (const s of setup) await query(s);
    const setupNote = setup.length ? ` (setup ${((performance.now() - t0) / 1000).toFixed(1)} s)` : '';
    console.log(`  ${label}${setupNote}\n${await run()}`);
  } finally {
    await query('rollback');
  }
}

const nameOf = (s: CapturedStatement) => (isTotals(s) ? 'totals' : (listTable(s) ?? '?'));
const indexesIn = (plan: string) => [...new Set([...plan.matchAll(/(?:using|on) (\w+_(?:idx|pk))\b/g)].map((m) => m[1]))].join(', ');

/** Replays statements and prints each one's median time and the indexes its plan reads. */
const replay = (statements: CapturedStatement[]) => async () => {
  const lines: string[] = [];
  let total = 0;
  for (const s of statements) {
    const { ms, plan } = await timed(s.sql, s.params);
    total += ms;
    lines.push(`    ${nameOf(s).padEnd(14)} ${ms.toFixed(2).padStart(8)} ms  ${plan.includes('Gather') ? '[parallel] ' : ''}${indexesIn(plan)}`);
  }
  lines.push(`    ${'all'.padEnd(14)} ${total.toFixed(2).padStart(8)} ms`);
  return lines.join('\n');
};
const one = (text: string, params: unknown[]) => async () => {
  const { ms, plan } = await timed(text, params);
  return `    ${ms.toFixed(2).padStart(8)} ms  ${plan.includes('Gather') ? '[parallel] ' : ''}${indexesIn(plan)}`;
};

const PARALLEL_OFF = 'set local max_parallel_workers_per_gather = 0';
const COMMITMENTS_MEMBER_INDEX = `create index commitments_open_member_due_idx on commitments (firm_id, member_id, due_on) where status = 'open'`;
const RELIABILITY_COVER = `create index commitments_resolved_cover_idx on commitments (firm_id, resolved_at) include (side, member_id, status, kept_on, due_on, renegotiation_count) where status <> 'open'`;

try {
  const firm = await findGeneratedFirm(opened.db);
  if (!firm) throw new Error('No generated bench firm here: run npm run bench first.');
  const member = await busiestMember(opened.db, firm.firmId);
  const [version] = await query('select version() as v');
  console.log(`${String(version?.v)}\nAs ${member.name} on ${BENCH_TODAY}; median of ${REPEAT} runs, planning + execution, no load.\n`);

  const capturing = capturingDb(opened);
  capturing.take();
  await getToday(capturing.db, member.actor, { date: BENCH_TODAY, scope: 'mine' });
  const mine = capturing.take();
  await getToday(capturing.db, member.actor, { date: BENCH_TODAY, scope: 'firm' });
  const firmWide = capturing.take();
  await getReliability(capturing.db, member.actor, { window: '12m' }, BENCH_TODAY);
  const reliability = capturing.take().filter((s) => s.sql.includes('"commitments"'));
  await capturing.close();

  console.log('Today, mine (the six lists and the totals statement):');
  await variant('as the product runs it', [], replay(mine));
  await variant('parallel query off (max_parallel_workers_per_gather = 0)', [PARALLEL_OFF], replay(mine));
  await variant('+ commitments_open_member_due_idx (firm_id, member_id, due_on) where open', [PARALLEL_OFF, COMMITMENTS_MEMBER_INDEX, 'analyze commitments'], replay(mine));

  console.log('\nToday, firm:');
  await variant('as the product runs it', [], replay(firmWide));
  await variant('parallel query off', [PARALLEL_OFF], replay(firmWide));

  const F = firm.firmId;
  const from = new Date(`${addDays(BENCH_TODAY, -practiceLimits.openLoopDays)}T00:00:00Z`);
  const to = new Date(`${addDays(BENCH_TODAY, 1)}T00:00:00Z`);
  const notClosed = (alias: string, id: string) => `not exists (select 1 from close_outs o where o.firm_id = ${alias}.firm_id and o.conversation_id = ${id})`;
  const loopsNow = `select count(*) from conversations c where c.firm_id = $1 and c.occurred_at >= $2 and c.occurred_at < $3 and ${notClosed('c', 'c.id')}
                      and exists (select 1 from conversation_members m where m.firm_id = c.firm_id and m.conversation_id = c.id and m.member_id = $4)`;
  const loopsByMember = `select count(*) from conversation_members m where m.firm_id = $1 and m.member_id = $4 and m.occurred_at >= $2 and m.occurred_at < $3 and ${notClosed('m', 'm.conversation_id')}`;
  const loopsListByMember = `select c.id, c.occurred_at, c.channel, c.summary from conversation_members m join conversations c on c.firm_id = m.firm_id and c.id = m.conversation_id
                              where m.firm_id = $1 and m.member_id = $4 and m.occurred_at >= $2 and m.occurred_at < $3 and ${notClosed('m', 'm.conversation_id')}
                              order by m.occurred_at desc nulls last, m.conversation_id desc nulls last limit 50`;
  const loopParams = [F, from, to, member.actor.memberId];
  console.log("\nOpen loops of the member, count (the totals' subquery):");
  await variant('as the product runs it', [], one(loopsNow, loopParams));
  await variant('parallel query off', [PARALLEL_OFF], one(loopsNow, loopParams));
  await variant('by conversation_members_timeline_idx (migration 0004), parallel off', [PARALLEL_OFF], async () =>
    [await one(loopsByMember, loopParams)(), `    list of 50 from it:\n${await one(loopsListByMember, loopParams)()}`].join('\n'),
  );

  const lastBefore = `select cp.occurred_at from conversation_people cp where cp.firm_id = p.firm_id and cp.person_id = p.id and cp.occurred_at < $3 order by cp.occurred_at desc nulls last limit 1`;
  const dueOn = `(coalesce((last.occurred_at at time zone 'UTC')::date, (p.created_at at time zone 'UTC')::date) + p.stay_in_touch_days)`;
  const losing = `from people p left join lateral (${lastBefore}) last on true where p.firm_id = $1 and p.stay_in_touch_days is not null and ${dueOn} < $2::date`;
  const touchParams = [F, BENCH_TODAY, to];
  console.log('\nLosing touch (parallel off): the list and its count as two statements, or one:');
  await variant('list (limit 50) + count, two statements', [PARALLEL_OFF], async () =>
    [await one(`select p.id, p.full_name, last.occurred_at ${losing} order by ${dueOn}, lower(p.full_name), p.id limit 50`, touchParams)(), await one(`select count(*) ${losing}`, touchParams)()].join('\n'),
  );
  await variant('one statement: count(*) over () beside the list', [PARALLEL_OFF], one(`select p.id, p.full_name, last.occurred_at, count(*) over () as total ${losing} order by ${dueOn}, lower(p.full_name), p.id limit 50`, touchParams));

  console.log('\nReliability, 12 months (the commitments statement):');
  await variant('as the product runs it', [], replay(reliability));
  await variant('parallel query off', [PARALLEL_OFF], replay(reliability));
  await variant('+ covering commitments_resolved_cover_idx', [PARALLEL_OFF, RELIABILITY_COVER, 'analyze commitments'], replay(reliability));
} finally {
  await release();
  await opened.close();
  await lock?.release();
}
