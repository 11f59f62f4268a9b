/**
 * The benchmark's settings, read once from the command line and BENCH_* environment variables (see
 * the header of bench/run-bench.ts for the list), and the repository paths it writes to.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const benchDataDir = join(root, '.bench-data');

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
if (only && !['pglite', 'postgres', 'listening', 'import', 'web'].includes(only)) throw new Error('--only must be pglite, postgres, listening, import or web');

export const config = {
  people: intEnv('BENCH_PEOPLE', 100_000, 2),
  conversations: intEnv('BENCH_CONVERSATIONS', 1_000_000),
  seconds: intEnv('BENCH_SECONDS', 15),
  warmupSeconds: intEnv('BENCH_WARMUP_SECONDS', 5, 0),
  connections: intEnv('BENCH_CONNECTIONS', 16),
  /** Per-request timeout of the load client: long enough that a slow endpoint is measured, not failed. */
  timeoutSeconds: intEnv('BENCH_TIMEOUT_SECONDS', 60),
  pgPool: process.env.BENCH_PG_POOL ? intEnv('BENCH_PG_POOL', 10) : undefined,
  /** Also measure two auth-only baselines (token vs session cookie); 0 turns them off. */
  baselines: process.env.BENCH_BASELINES !== '0',
  /** EXPLAIN ANALYZE the endpoints' SQL after the load; 0 turns it off. */
  explain: process.env.BENCH_EXPLAIN !== '0',
  /** Before each measurement, wait (up to this long) for other processes to use < BENCH_QUIET_CPU % of the machine. */
  quietWaitSeconds: intEnv('BENCH_QUIET_WAIT_SECONDS', 60, 0),
  quietCpuPercent: intEnv('BENCH_QUIET_CPU', 25, 1),
  /** Rows of the contacts file the import speed is measured with (PostgreSQL); the embedded database gets a tenth. */
  importRows: intEnv('BENCH_IMPORT_ROWS', 1_000_000, 1000),
  postgresUrl: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined,
  fresh: flag('fresh'),
  write: !flag('no-write'),
  only,
};

export type BenchConfig = typeof config;

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

/** The database name in the PostgreSQL URL (the bench only wipes or prewarms databases named like one). */
export function postgresDbName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** The command that started this run, with its BENCH_* variables (URLs redacted), for the report. */
export function commandLine(): string {
  const env = Object.entries(process.env)
    .filter(([k]) => k.startsWith('BENCH_') || k === 'DATABASE_URL')
    .map(([k, v]) => `${k}=${k.endsWith('URL') ? redactUrl(v ?? '') : v}`);
  const viaNpm = process.env.npm_lifecycle_event === 'bench';
  const rest = args.length ? (viaNpm ? ` -- ${args.join(' ')}` : ` ${args.join(' ')}`) : '';
  return `${env.join(' ')}${env.length ? ' ' : ''}${viaNpm ? 'npm run bench' : 'node bin/run-ts.js bench/run-bench.ts'}${rest}`;
}
