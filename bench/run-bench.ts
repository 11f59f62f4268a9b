/**
 * `npm run bench`: generates (or reuses) a large firm on PGlite and, when a URL is given, on a
 * PostgreSQL server; serves it with the real Fastify app on loopback; drives the person timeline,
 * people search and people list with autocannon (16 connections) from a separate process; and
 * writes the measured p50/p95/p99 latencies into docs/BENCHMARKS.md.
 *
 *   npm run bench                      PGlite (and PostgreSQL if BENCH_DATABASE_URL/DATABASE_URL is set)
 *   npm run bench -- --fresh           regenerate the data instead of reusing it
 *   npm run bench -- --only=postgres   one target only (pglite | postgres)
 *   npm run bench -- --no-write        do not touch docs/BENCHMARKS.md
 *
 * Environment: BENCH_PEOPLE (100000), BENCH_CONVERSATIONS (1000000), BENCH_SECONDS (15 per endpoint),
 * BENCH_WARMUP_SECONDS (5), BENCH_CONNECTIONS (16), BENCH_DATABASE_URL or DATABASE_URL,
 * BENCH_PG_POOL (the server's pool size; default: the product's default), BENCH_BASELINES=0 (skip the
 * auth-only baselines), BENCH_EXPLAIN=0 (skip EXPLAIN ANALYZE), BENCH_QUIET_WAIT_SECONDS (60) and
 * BENCH_QUIET_CPU (25: wait before each measurement while other processes use more than this % of
 * the machine), BENCH_REPORT (write the report elsewhere than docs/BENCHMARKS.md).
 */
import { sql } from 'drizzle-orm';
import { fork, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from '../src/db/data-dir-lock.ts';
import { migrateDb } from '../src/db/migrate-db.ts';
import { openDb, type Db, type DbTarget, type OpenedDb } from '../src/db/open-db.ts';
import { createApiToken } from '../src/domain/auth/create-api-token.ts';
import { startSession } from '../src/domain/auth/start-session.ts';
import { encodeCursor } from '../src/domain/support/cursor.ts';
import { queryRows, toCount } from '../src/domain/support/rows.ts';
import { buildApp } from '../src/http/build-app.ts';
import { findGeneratedFirm, generateFirm, type GenerationReport } from './generate-firm.ts';
import type { LoadJob, LoadOutcome } from './load-client.ts';
import { API, buildPools, PEOPLE_LIMIT, TIMELINE_LIMIT, type Pools } from './pools.ts';
import { explainCases, listCase, searchCase, timelineCase, type ExplainCaseInput, type ExplainedCase } from './explain.ts';
import { cpuShares, machineInfo, readProcessCpu, type CpuShares } from './machine.ts';
import { gitRevision, writeReport } from './report.ts';
import { summarise, type LatencySummary } from './stats.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDataDir = join(root, '.bench-data');

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

function intEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
for (const a of args) {
  if (!['--fresh', '--no-write'].includes(a) && !a.startsWith('--only=')) throw new Error(`Unknown argument ${a}. See the header of bench/run-bench.ts.`);
}
if (only && only !== 'pglite' && only !== 'postgres') throw new Error('--only must be pglite or postgres');

export const config = {
  people: intEnv('BENCH_PEOPLE', 100_000, 2),
  conversations: intEnv('BENCH_CONVERSATIONS', 1_000_000),
  seconds: intEnv('BENCH_SECONDS', 15),
  warmupSeconds: intEnv('BENCH_WARMUP_SECONDS', 5, 0),
  connections: intEnv('BENCH_CONNECTIONS', 16),
  pgPool: process.env.BENCH_PG_POOL ? intEnv('BENCH_PG_POOL', 10) : undefined,
  /** Also measure two auth-only baselines (token vs session cookie); 0 turns them off. */
  baselines: process.env.BENCH_BASELINES !== '0',
  /** EXPLAIN ANALYZE the endpoints' SQL after the load; 0 turns it off. */
  explain: process.env.BENCH_EXPLAIN !== '0',
  /** Before each measurement, wait (up to this long) for other processes to use < BENCH_QUIET_CPU % of the machine. */
  quietWaitSeconds: intEnv('BENCH_QUIET_WAIT_SECONDS', 60, 0),
  quietCpuPercent: intEnv('BENCH_QUIET_CPU', 25, 1),
  postgresUrl: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined,
  fresh: flag('fresh'),
  write: !flag('no-write'),
  only,
};

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

export type EndpointName = 'timeline' | 'search' | 'list' | 'auth-token' | 'auth-cookie';

export interface EndpointResult {
  name: EndpointName;
  title: string;
  request: string;
  poolSize: number;
  latency: LatencySummary;
  requestsPerSecond: number;
  durationSeconds: number;
  statusCodes: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** A diagnostic baseline rather than one of the endpoints the goal is about. */
  baseline: boolean;
  rssMaxMiB: number;
  /** CPU during the measured run, in percent of the whole machine. */
  cpu: CpuShares | undefined;
  /** Other processes' share of the machine just before the run (after waiting for quiet). */
  otherCpuBeforePercent: number | undefined;
  waitedForQuietSeconds: number;
  loadAverage: number[];
  eventLoopDelayP99Ms: number;
  slowest: { path: string; count: number; meanMs: number; maxMs: number }[];
}

export interface GenerationInfo {
  generatedThisRun: boolean;
  generatedAt?: string;
  report?: Omit<GenerationReport, 'firmId' | 'ownerId'>;
}

export interface TargetResult {
  kind: 'pglite' | 'postgres';
  title: string;
  version: string;
  where: string;
  poolSize?: number;
  rows: Record<string, number>;
  dataSizeMiB: number;
  openAndMigrateMs: number;
  /** How the data was brought into memory before measuring, and how long it took. */
  prewarm: { method: string; ms: number };
  generation: GenerationInfo;
  endpoints: EndpointResult[];
  rssAfterMiB: number;
  explained: ExplainedCase[];
}

export interface BenchRun {
  startedAt: string;
  /** git commit at the start of the run (and whether src/ had uncommitted changes). */
  revision: string;
  finishedAt: string;
  command: string;
  config: Omit<typeof config, 'postgresUrl'> & { postgresUrl?: string };
  machine: ReturnType<typeof machineInfo>;
  pgliteVersion: string;
  targets: TargetResult[];
  /** Why PostgreSQL was not measured, when it was not. */
  postgresSkipped?: string;
  failures: string[];
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const mib = (bytes: number) => bytes / 1024 ** 2;
const log = (line: string) => console.log(line);

/** Never print a password that may be in a database URL. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function dirSize(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) total += dirSize(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

function metaPath(key: string): string {
  return join(benchDataDir, `generation-${key}.json`);
}

function readMeta(key: string): GenerationInfo | undefined {
  try {
    return JSON.parse(readFileSync(metaPath(key), 'utf8')) as GenerationInfo;
  } catch {
    return undefined;
  }
}

async function scalar<T>(db: Db, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await queryRows<Record<string, T>>(db, query);
  return Object.values(row ?? {})[0] as T;
}

/** The load generator child process. */
interface LoadClient {
  pid: number | undefined;
  run(job: LoadJob): Promise<LoadOutcome>;
  stop(): void;
}

/** Forks the load generator and waits until it is ready to take jobs. */
async function startLoadClient(): Promise<LoadClient> {
  const child: ChildProcess = fork(join(root, 'bin/run-ts.js'), [join(root, 'bench/load-client.ts')], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((res, rej) => {
    child.once('message', () => res());
    child.once('exit', (code) => rej(new Error(`The load client exited (code ${code}) before it was ready`)));
  });
  return {
    pid: child.pid,
    run: (job) =>
      new Promise((res, rej) => {
        const onExit = (code: number | null) => rej(new Error(`The load client exited (code ${code}) during a run`));
        child.once('exit', onExit);
        child.once('message', (msg: { ok: boolean; outcome?: LoadOutcome; error?: string }) => {
          child.off('exit', onExit);
          if (msg.ok) res(msg.outcome!);
          else rej(new Error(`Load client failed: ${msg.error}`));
        });
        child.send(job);
      }),
    stop: () => {
      child.disconnect();
      child.kill();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Preparing a target: open, migrate, generate or reuse the firm
// ---------------------------------------------------------------------------------------------

interface Prepared {
  opened: OpenedDb;
  lock?: DataDirLock;
  firmId: string;
  ownerId: string;
  generation: GenerationInfo;
  openAndMigrateMs: number;
}

async function openAndMigrate(target: DbTarget): Promise<{ opened: OpenedDb; lock?: DataDirLock; ms: number }> {
  const t0 = performance.now();
  const lock = target.kind === 'pglite' && target.dataDir !== 'memory' ? await lockDataDir(target.dataDir, 'npm run bench') : undefined;
  try {
    const opened = await openDb(target);
    await migrateDb(opened);
    return { opened, lock, ms: performance.now() - t0 };
  } catch (err) {
    await lock?.release();
    throw err;
  }
}

/** Empties a PostgreSQL benchmark database (only one whose name says it is one). */
async function wipePostgres(url: string): Promise<void> {
  const dbName = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/bench/i.test(dbName) && process.env.BENCH_ALLOW_WIPE !== '1') {
    throw new Error(
      `Refusing to wipe database "${dbName}": its name does not contain "bench". Point BENCH_DATABASE_URL at a dedicated ` +
        'benchmark database (e.g. yellowpad_bench), or set BENCH_ALLOW_WIPE=1 if you really mean it.',
    );
  }
  log(`  wiping database ${dbName} (drop schema public, drizzle)…`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('drop schema if exists drizzle cascade');
    await client.query('drop schema public cascade');
    await client.query('create schema public');
  } finally {
    await client.end();
  }
}

async function prepare(kind: 'pglite' | 'postgres'): Promise<Prepared> {
  const sizeKey = `${config.people}p-${config.conversations}c`;
  let target: DbTarget;
  let metaKey: string;
  if (kind === 'pglite') {
    const dataDir = join(benchDataDir, `pglite-${sizeKey}`);
    target = { kind: 'pglite', dataDir };
    metaKey = `pglite-${sizeKey}`;
    if (config.fresh && existsSync(dataDir)) {
      log(`  --fresh: removing ${dataDir}`);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(metaPath(metaKey), { force: true });
    }
  } else {
    const url = config.postgresUrl!;
    target = { kind: 'postgres', url, poolSize: config.pgPool };
    const u = new URL(url);
    metaKey = `postgres-${u.hostname}-${u.port || 5432}-${u.pathname.slice(1)}-${sizeKey}`;
    if (config.fresh) {
      await wipePostgres(url);
      rmSync(metaPath(metaKey), { force: true });
    }
  }

  let { opened, lock, ms } = await openAndMigrate(target);
  log(`  opened and migrated in ${(ms / 1000).toFixed(1)} s`);
  let existing = await findGeneratedFirm(opened.db);
  if (existing && (existing.people !== config.people || existing.conversations !== config.conversations)) {
    log(
      `  found a bench firm with ${existing.people} people / ${existing.conversations} conversations, ` +
        `but ${config.people} / ${config.conversations} were asked for: regenerating`,
    );
    await opened.close();
    await lock?.release();
    if (kind === 'pglite') rmSync((target as { dataDir: string }).dataDir, { recursive: true, force: true });
    else await wipePostgres(config.postgresUrl!);
    rmSync(metaPath(metaKey), { force: true });
    ({ opened, lock, ms } = await openAndMigrate(target));
    existing = undefined;
  }

  try {
    if (existing) {
      log(`  reusing the generated firm (${existing.people.toLocaleString('en')} people, ${existing.conversations.toLocaleString('en')} conversations); --fresh regenerates`);
      const meta = readMeta(metaKey) ?? { generatedThisRun: false };
      return { opened, lock, firmId: existing.firmId, ownerId: existing.ownerId, generation: { ...meta, generatedThisRun: false }, openAndMigrateMs: ms };
    }
    log(`  generating ${config.people.toLocaleString('en')} people and ${config.conversations.toLocaleString('en')} conversations…`);
    const report = await generateFirm(opened.db, { people: config.people, conversations: config.conversations, log });
    const { firmId, ownerId, ...rest } = report;
    const generation: GenerationInfo = { generatedThisRun: true, generatedAt: new Date().toISOString(), report: rest };
    mkdirSync(benchDataDir, { recursive: true });
    writeFileSync(metaPath(metaKey), JSON.stringify(generation, null, 2));
    log(`  generated in ${(report.totalMs / 1000).toFixed(1)} s`);
    // Serve from a freshly opened database, as a server restarted on existing data would (for PGlite
    // this also leaves the generator's WebAssembly heap behind).
    await opened.close();
    await lock?.release();
    ({ opened, lock, ms } = await openAndMigrate(target));
    return { opened, lock, firmId, ownerId, generation, openAndMigrateMs: ms };
  } catch (err) {
    await opened.close();
    await lock?.release();
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Request pools
// ---------------------------------------------------------------------------------------------

/** Fails unless every kind of request works and the list cursors are the ones the server hands out. */
async function checkRequests(baseUrl: string, token: string, db: Db, firmId: string, pools: Pools): Promise<void> {
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

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

interface EndpointSpec {
  name: EndpointName;
  title: string;
  request: string;
  baseline: boolean;
}

const ENDPOINTS: EndpointSpec[] = [
  { name: 'timeline', title: 'Person timeline', request: `GET ${API}/people/{id}/timeline?limit=${TIMELINE_LIMIT}`, baseline: false },
  { name: 'search', title: 'People search', request: `GET ${API}/people?q={3–6 letters}&limit=${PEOPLE_LIMIT}`, baseline: false },
  { name: 'list', title: 'People list', request: `GET ${API}/people?limit=${PEOPLE_LIMIT}[&cursor=…]`, baseline: false },
];
const BASELINES: EndpointSpec[] = [
  { name: 'auth-token', title: 'Baseline: auth only, API token', request: `GET ${API}/auth/session (Bearer)`, baseline: true },
  { name: 'auth-cookie', title: 'Baseline: auth only, session cookie', request: `GET ${API}/auth/session (cookie)`, baseline: true },
];

/** Other processes' share of the machine over a short window, in percent of all cores. */
async function otherCpuNow(ids: { server: number; loadClient?: number; postgresDb?: string }, windowMs = 2000): Promise<number | undefined> {
  const before = readProcessCpu();
  await sleep(windowMs);
  const shares = cpuShares(before, readProcessCpu(), ids);
  return shares ? shares.other + shares.postgresBackends : undefined;
}

/** Waits, up to BENCH_QUIET_WAIT_SECONDS, until other processes leave the machine mostly idle. */
async function waitForQuiet(ids: { server: number; loadClient?: number; postgresDb?: string }): Promise<{ other: number | undefined; waited: number }> {
  const t0 = performance.now();
  let other = await otherCpuNow(ids);
  let announced = false;
  while (other !== undefined && other > config.quietCpuPercent && (performance.now() - t0) / 1000 < config.quietWaitSeconds) {
    if (!announced) log(`    waiting for a quieter machine: other processes use ${other.toFixed(0)} % of it (threshold ${config.quietCpuPercent} %)…`);
    announced = true;
    await sleep(3000);
    other = await otherCpuNow(ids);
  }
  return { other, waited: (performance.now() - t0) / 1000 };
}

async function measure(
  load: LoadClient,
  baseUrl: string,
  headers: Record<string, string>,
  endpoint: EndpointSpec,
  paths: string[],
  seed: number,
  postgresDb: string | undefined,
): Promise<EndpointResult> {
  const job = (seconds: number, s: number): LoadJob => ({ url: baseUrl, headers, paths, connections: config.connections, durationSeconds: seconds, seed: s });
  const ids = { server: process.pid, loadClient: load.pid, postgresDb };
  const quiet = await waitForQuiet(ids);
  if (config.warmupSeconds > 0) {
    const warm = await load.run(job(config.warmupSeconds, seed + 1));
    if (warm.non2xx || warm.errors) throw new Error(`${endpoint.title} warm-up failed: ${warm.sampleFailures.join(' | ')} (${warm.errors} errors)`);
  }
  const loop = monitorEventLoopDelay({ resolution: 5 });
  let rssMax = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, process.memoryUsage().rss);
  }, 200);
  const loadAverage = os.loadavg();
  const cpu0 = readProcessCpu();
  loop.enable();
  const outcome = await load.run(job(config.seconds, seed));
  loop.disable();
  const cpu = cpuShares(cpu0, readProcessCpu(), ids);
  clearInterval(sampler);
  rssMax = Math.max(rssMax, process.memoryUsage().rss);

  const latency = summarise(outcome.latenciesMs);
  const result: EndpointResult = {
    ...endpoint,
    poolSize: paths.length,
    latency,
    requestsPerSecond: latency.count / outcome.durationSeconds,
    durationSeconds: outcome.durationSeconds,
    statusCodes: outcome.statusCodes,
    non2xx: outcome.non2xx,
    errors: outcome.errors,
    timeouts: outcome.timeouts,
    rssMaxMiB: mib(rssMax),
    cpu,
    otherCpuBeforePercent: quiet.other,
    waitedForQuietSeconds: quiet.waited,
    loadAverage,
    eventLoopDelayP99Ms: loop.percentile(99) / 1e6,
    slowest: outcome.byPath.sort((a, b) => b.meanMs - a.meanMs).slice(0, 5),
  };
  const share = (v: number | undefined) => (v === undefined ? '?' : `${v.toFixed(0)} %`);
  log(
    `    ${endpoint.title.padEnd(36)} p50 ${latency.p50.toFixed(1)} ms  p95 ${latency.p95.toFixed(1)} ms  p99 ${latency.p99.toFixed(1)} ms  ` +
      `${result.requestsPerSecond.toFixed(0)} req/s  non-2xx ${outcome.non2xx}  errors ${outcome.errors}  RSS ${result.rssMaxMiB.toFixed(0)} MiB  ` +
      `CPU server ${share(cpu?.server)} pg ${share(cpu?.postgresBackends)} client ${share(cpu?.loadClient)} other ${share(cpu?.other)}`,
  );
  if (outcome.non2xx || outcome.errors || outcome.timeouts || latency.count === 0) {
    throw new Error(
      `${endpoint.title}: ${outcome.non2xx} non-2xx, ${outcome.errors} errors, ${outcome.timeouts} timeouts, ${latency.count} answers. ` +
        `Status codes ${JSON.stringify(outcome.statusCodes)}. Samples: ${outcome.sampleFailures.join(' | ')}`,
    );
  }
  return result;
}

/** Picks what to EXPLAIN: a typical and the busiest person, the slowest searches seen, first and deep list pages. */
async function explainInputs(db: Db, firmId: string, pools: Pools, endpoints: EndpointResult[]): Promise<ExplainCaseInput[]> {
  const qOf = (path: string) => new URL(path, 'http://x').searchParams.get('q') ?? '';
  const cursorOf = (path: string) => new URL(path, 'http://x').searchParams.get('cursor') ?? undefined;
  const personOf = (path: string) => path.split('/')[4]!;
  const [busiest] = await queryRows<{ person_id: string; n: unknown }>(
    db,
    sql`select person_id, count(*) as n from conversation_people where firm_id = ${firmId} group by person_id order by count(*) desc limit 1`,
  );
  const slowest = (name: EndpointName) => endpoints.find((e) => e.name === name)?.slowest[0]?.path;
  const cases: ExplainCaseInput[] = [timelineCase('a random person', personOf(pools.timeline[0]!))];
  if (busiest) cases.push(timelineCase(`the busiest person (${toCount(busiest.n).toLocaleString('en')} conversations)`, busiest.person_id));
  const slowSearch = slowest('search');
  if (slowSearch) cases.push(searchCase(`q=${qOf(slowSearch)} (slowest search in the run)`, qOf(slowSearch)));
  const q0 = qOf(pools.search[0]!);
  if (!slowSearch || qOf(slowSearch) !== q0) cases.push(searchCase(`q=${q0} (first of the pool)`, q0));
  cases.push(listCase('first page'));
  const slowList = slowest('list');
  const deep = slowList && cursorOf(slowList) ? slowList : pools.list[0]!;
  cases.push(listCase('a page after a cursor (slowest list request in the run)', cursorOf(deep)));
  return cases;
}

/** Reads a file to warm the operating system's page cache. */
async function readThrough(path: string): Promise<void> {
  await new Promise<void>((res, rej) => {
    const stream = createReadStream(path, { highWaterMark: 1 << 20 });
    stream.on('data', () => undefined);
    stream.on('end', () => res());
    stream.on('error', rej);
  });
}

function filesUnder(path: string): string[] {
  return readdirSync(path, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(path, e.name)) : e.isFile() ? [join(path, e.name)] : [],
  );
}

/**
 * Measures steady state, not a cold start: the tables and indexes are read once before the warm-up
 * (a 2 GB database is otherwise read page by page, at random-I/O speed, during the first minutes).
 * PGlite: every file of its data directory. PostgreSQL: pg_prewarm(…, 'read') on every table and
 * index when the extension exists or may be created (benchmark databases only), else sequential scans.
 */
async function prewarm(opened: OpenedDb): Promise<{ method: string; ms: number }> {
  const t0 = performance.now();
  let method: string;
  if (opened.target.kind === 'pglite') {
    const dataDir = (opened.target as { dataDir: string }).dataDir;
    for (const file of filesUnder(dataDir)) await readThrough(file);
    method = 'read every file of the data directory (OS page cache)';
  } else {
    const db = opened.db;
    const dbName = decodeURIComponent(new URL(config.postgresUrl!).pathname.slice(1));
    const installed = toCount(await scalar(db, sql`select count(*) from pg_extension where extname = 'pg_prewarm'`)) > 0;
    const available = toCount(await scalar(db, sql`select count(*) from pg_available_extensions where name = 'pg_prewarm'`)) > 0;
    if (installed || (available && /bench/i.test(dbName))) {
      if (!installed) await db.execute(sql`create extension if not exists pg_prewarm`);
      await db.execute(
        sql`select pg_prewarm(c.oid, 'read') from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'i')`,
      );
      method = "pg_prewarm(…, 'read') on every table and index (OS page cache)";
    } else {
      for (const table of ['people', 'organizations', 'affiliations', 'conversations', 'conversation_people', 'conversation_members']) {
        await db.execute(sql`select count(*) from ${sql.identifier(table)}`);
      }
      method = 'sequential scan of every table (indexes not prewarmed: pg_prewarm unavailable)';
    }
  }
  const ms = performance.now() - t0;
  log(`  prewarmed in ${(ms / 1000).toFixed(1)} s: ${method}`);
  return { method, ms };
}

async function benchTarget(kind: 'pglite' | 'postgres', load: LoadClient): Promise<TargetResult> {
  const title = kind === 'pglite' ? 'PGlite (embedded, WASM)' : 'PostgreSQL server';
  log(`\n== ${title} ==`);
  const prepared = await prepare(kind);
  const { opened, lock, firmId, ownerId } = prepared;
  const db = opened.db;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    const version = await scalar<string>(db, sql`select version()`);
    const rows: Record<string, number> = {};
    for (const table of ['people', 'organizations', 'affiliations', 'conversations', 'conversation_people', 'conversation_members', 'members']) {
      rows[table] = toCount(await scalar(db, sql`select count(*) from ${sql.identifier(table)} where firm_id = ${firmId}`));
    }
    const dataSizeMiB =
      kind === 'pglite'
        ? mib(dirSize((opened.target as { dataDir: string }).dataDir))
        : mib(toCount(await scalar(db, sql`select pg_database_size(current_database())`)));

    const actor = { firmId, memberId: ownerId, role: 'owner' as const };
    const { token } = await createApiToken(db, actor, { name: `bench ${new Date().toISOString()}` });
    const session = await startSession(db, { firmId, id: ownerId });
    const pools = await buildPools(db, firmId);
    const warmed = await prewarm(opened);
    const postgresDb = kind === 'postgres' ? decodeURIComponent(new URL(config.postgresUrl!).pathname.slice(1)) : undefined;
    app = await buildApp({ db, logger: false });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    log(`  serving on ${address}`);
    await checkRequests(address, token, db, firmId, pools);

    const endpoints: EndpointResult[] = [];
    let seed = 1;
    const bearer = { authorization: `Bearer ${token}` };
    for (const endpoint of ENDPOINTS) {
      endpoints.push(await measure(load, address, bearer, endpoint, pools[endpoint.name as keyof Pools], (seed += 10), postgresDb));
    }
    if (config.baselines) {
      const sessionPaths = [`${API}/auth/session`];
      endpoints.push(await measure(load, address, bearer, BASELINES[0]!, sessionPaths, (seed += 10), postgresDb));
      endpoints.push(await measure(load, address, { cookie: `yp_session=${session.token}` }, BASELINES[1]!, sessionPaths, (seed += 10), postgresDb));
    }
    const rssAfterMiB = mib(process.memoryUsage().rss);
    let explained: ExplainedCase[] = [];
    if (config.explain) {
      log('  EXPLAIN ANALYZE of the endpoints\' SQL (one request each, no load)…');
      explained = await explainCases(opened, actor, await explainInputs(db, firmId, pools, endpoints));
      for (const c of explained) log(`    ${c.endpoint} ${c.label}: ${c.statements.length} statements, ${c.totalExecutionMs.toFixed(2)} ms planning + execution`);
    }

    return {
      kind,
      title,
      version,
      where: kind === 'pglite' ? (opened.target as { dataDir: string }).dataDir.replace(root, './') : redactUrl(config.postgresUrl!),
      poolSize: kind === 'postgres' ? (config.pgPool ?? 10) : undefined,
      rows,
      dataSizeMiB,
      openAndMigrateMs: prepared.openAndMigrateMs,
      prewarm: warmed,
      generation: prepared.generation,
      endpoints,
      rssAfterMiB,
      explained,
    };
  } finally {
    await app?.close();
    await opened.close();
    await lock?.release();
  }
}

// ---------------------------------------------------------------------------------------------

function commandLine(): string {
  const env = Object.entries(process.env)
    .filter(([k]) => k.startsWith('BENCH_') || k === 'DATABASE_URL')
    .map(([k, v]) => `${k}=${k.endsWith('URL') ? redactUrl(v ?? '') : v}`);
  const viaNpm = process.env.npm_lifecycle_event === 'bench';
  const rest = args.length ? (viaNpm ? ` -- ${args.join(' ')}` : ` ${args.join(' ')}`) : '';
  return `${env.join(' ')}${env.length ? ' ' : ''}${viaNpm ? 'npm run bench' : 'node bin/run-ts.js bench/run-bench.ts'}${rest}`;
}

async function main() {
  const startedAt = new Date().toISOString();
  const revision = gitRevision();
  const pgliteVersion = (JSON.parse(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
  log(`Code: ${revision}`);
  log(
    `Yellowpad bench: ${config.people.toLocaleString('en')} people, ${config.conversations.toLocaleString('en')} conversations, ` +
      `${config.connections} connections, ${config.seconds} s per endpoint (+${config.warmupSeconds} s warm-up)`,
  );
  const kinds: ('pglite' | 'postgres')[] = [];
  if (config.only !== 'postgres') kinds.push('pglite');
  let postgresSkipped: string | undefined;
  if (config.only !== 'pglite') {
    if (config.postgresUrl) kinds.push('postgres');
    else postgresSkipped = 'no BENCH_DATABASE_URL or DATABASE_URL was set';
  } else {
    postgresSkipped = '--only=pglite';
  }
  if (kinds.length === 0) throw new Error('--only=postgres needs BENCH_DATABASE_URL (or DATABASE_URL)');

  const load = await startLoadClient();
  const targets: TargetResult[] = [];
  const failures: string[] = [];
  try {
    for (const kind of kinds) {
      try {
        targets.push(await benchTarget(kind, load));
      } catch (err) {
        const message = `${kind}: ${err instanceof Error ? err.message : String(err)}`;
        console.error(`\nFAILED ${message}`);
        if (err instanceof Error && err.stack) console.error(err.stack);
        failures.push(message);
      }
    }
  } finally {
    load.stop();
  }

  const run: BenchRun = {
    startedAt,
    revision,
    finishedAt: new Date().toISOString(),
    command: commandLine(),
    config: { ...config, postgresUrl: config.postgresUrl ? redactUrl(config.postgresUrl) : undefined },
    machine: machineInfo(),
    pgliteVersion,
    targets,
    postgresSkipped,
    failures,
  };
  mkdirSync(benchDataDir, { recursive: true });
  const rawPath = join(benchDataDir, `results-${startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(rawPath, JSON.stringify(run, null, 2));
  log(`\nRaw results: ${rawPath.replace(root, './')}`);
  if (config.write && failures.length === 0) {
    const doc = resolve(root, process.env.BENCH_REPORT || 'docs/BENCHMARKS.md');
    writeReport(doc, run);
    log(`Report: ${doc.replace(root, './')}`);
  } else if (failures.length > 0) {
    log('Not writing docs/BENCHMARKS.md: the run failed (see above).');
  }
  if (failures.length > 0) process.exitCode = 1;
}

await main();
