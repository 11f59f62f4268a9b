/**
 * `npm run bench`: generates (or reuses) a large firm, with its trust-based practices, on PGlite and,
 * when a URL is given, on a PostgreSQL server; serves it with the real Fastify app on loopback (its
 * clock on the bench's today); drives the person timeline, people search, people list, Today (mine and
 * firm), reliability, open needs and open commitments with autocannon (16 connections) from a separate
 * process; and writes the measured p50/p95/p99 latencies into docs/BENCHMARKS.md.
 *
 *   npm run bench                      PGlite (and PostgreSQL if BENCH_DATABASE_URL/DATABASE_URL is set)
 *   npm run bench -- --fresh           regenerate the data instead of reusing it
 *   npm run bench -- --only=postgres   one target only (pglite | postgres), or only the listening speed (listening)
 *                                      or only the import speed (import), or only the start time and the
 *                                      web app's first load (web)
 *   npm run bench -- --no-write        do not touch docs/BENCHMARKS.md
 *
 * Environment: BENCH_PEOPLE (100000), BENCH_CONVERSATIONS (1000000), BENCH_SECONDS (15 per endpoint),
 * BENCH_WARMUP_SECONDS (5), BENCH_CONNECTIONS (16), BENCH_TIMEOUT_SECONDS (60: per request), BENCH_DATABASE_URL or DATABASE_URL,
 * BENCH_PG_POOL (the server's pool size; default: the product's default), BENCH_BASELINES=0 (skip the
 * auth-only baselines), BENCH_EXPLAIN=0 (skip EXPLAIN ANALYZE), BENCH_QUIET_WAIT_SECONDS (60) and
 * BENCH_QUIET_CPU (25: wait before each measurement while other processes use more than this % of
 * the machine), BENCH_REPORT (write the report elsewhere than docs/BENCHMARKS.md).
 *
 * First, always: the listening analysis's words per second on one core (bench/listening/), written to its
 * own section of docs/BENCHMARKS.md; then the start time and the web app's first load (bench/web/, after a fresh
 * `npm run build:web`), then the import speed (bench/import/, BENCH_IMPORT_ROWS), each in its own section too.
 *
 * This file only orchestrates. Flags and environment: bench-config.ts. One database end to end:
 * bench-target.ts, which uses prepare-target.ts (open, migrate, generate or reuse the firm),
 * prewarm.ts, check-requests.ts, measure-endpoint.ts (with start-load-client.ts) and explain-inputs.ts.
 * Result types: bench-results.ts; the report: report.ts.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchDataDir, commandLine, config, redactUrl, root } from './bench-config.ts';
import { log } from './bench-helpers.ts';
import type { BenchRun, TargetResult } from './bench-results.ts';
import { benchTarget } from './bench-target.ts';
import { renderListeningSpeed, writeListeningSpeed } from './listening/listening-report.ts';
import { measureListeningSpeed } from './listening/listening-speed.ts';
import { renderImportSpeed, writeImportSpeed } from './import/import-report.ts';
import { measureImports } from './import/measure-imports.ts';
import { machineInfo } from './machine.ts';
import { writeSection } from './report-section.ts';
import { measureFirstLoad } from './web/first-load.ts';
import { measureStart } from './web/start-time.ts';
import { renderWebSpeed } from './web/web-report.ts';
import { gitRevision, writeReport } from './report.ts';
import { startLoadClient } from './start-load-client.ts';

/** Benchmarks every configured database in turn, saves the raw results and (unless --no-write) the report. */
async function main() {
  const startedAt = new Date().toISOString();
  const revision = gitRevision();
  const pgliteVersion = (JSON.parse(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
  log(`Code: ${revision}`);
  const doc = resolve(root, process.env.BENCH_REPORT || 'docs/BENCHMARKS.md');
  const speed = measureListeningSpeed();
  log(`Listening: ${speed.wordsPerSecond.toLocaleString('en')} words/s on one core; a one-hour call in ${speed.medianMs} ms (median).`);
  if (config.write) writeListeningSpeed(doc, renderListeningSpeed(speed, machineInfo(), startedAt, revision));
  if (config.only === 'listening') return;
  if (!config.only || config.only === 'web') {
    execSync('npm run build:web', { cwd: root, stdio: 'ignore' });
    const load = measureFirstLoad(join(root, 'web/dist'));
    const start = await measureStart(root);
    log(`Web: ${(load.firstLoadJs / 1000).toFixed(1)} kB of JavaScript (gzip) before Today shows; first answer ${start.freshMs} ms after start.`);
    if (config.write) writeSection(doc, 'web', renderWebSpeed(load, start, machineInfo(), startedAt, revision));
    if (config.only === 'web') return;
  }
  if (!config.only || config.only === 'import') {
    const runs = await measureImports();
    if (config.write) writeImportSpeed(doc, renderImportSpeed(runs, machineInfo(), startedAt, revision));
    if (config.only === 'import') return;
  }
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
    writeReport(doc, run);
    log(`Report: ${doc.replace(root, './')}`);
  } else if (failures.length > 0) {
    log('Not writing docs/BENCHMARKS.md: the run failed (see above).');
  }
  if (failures.length > 0) process.exitCode = 1;
}

await main();
