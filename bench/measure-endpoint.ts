/**
 * Measures one endpoint: waits for a quiet machine, warms up, then drives it with the load client
 * while sampling the server's memory, event-loop delay and every process's CPU.
 */
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { config } from './bench-config.ts';
import { log, mib } from './bench-helpers.ts';
import type { EndpointName, EndpointResult } from './bench-results.ts';
import type { LoadJob } from './load-client.ts';
import { cpuShares, readProcessCpu } from './machine.ts';
import { API, PEOPLE_LIMIT, PRACTICE_LIMIT, TIMELINE_LIMIT } from './pools.ts';
import type { LoadClient } from './start-load-client.ts';
import { summarise } from './stats.ts';

/** What is measured and how the report names it. */
export interface EndpointSpec {
  name: EndpointName;
  title: string;
  request: string;
  baseline: boolean;
}

/** The endpoints the latency goals are about, measured in this order. */
export const ENDPOINTS: EndpointSpec[] = [
  { name: 'timeline', title: 'Person timeline', request: `GET ${API}/people/{id}/timeline?limit=${TIMELINE_LIMIT}`, baseline: false },
  { name: 'search', title: 'People search', request: `GET ${API}/people?q={3–6 letters}&limit=${PEOPLE_LIMIT}`, baseline: false },
  { name: 'list', title: 'People list', request: `GET ${API}/people?limit=${PEOPLE_LIMIT}[&cursor=…]`, baseline: false },
];
/** The trust-based practices' reads, asked by the busiest member on the bench's today (BENCH_TODAY). */
export const PRACTICE_ENDPOINTS: EndpointSpec[] = [
  { name: 'today-mine', title: 'Today, mine', request: `GET ${API}/today?date={today}&scope=mine`, baseline: false },
  { name: 'today-firm', title: 'Today, firm', request: `GET ${API}/today?date={today}&scope=firm`, baseline: false },
  { name: 'reliability', title: 'Reliability, 12 months', request: `GET ${API}/reliability?window=12m`, baseline: false },
  { name: 'needs', title: 'Open needs list', request: `GET ${API}/needs?status=open&limit=${PRACTICE_LIMIT}[&cursor=…]`, baseline: false },
  { name: 'commitments', title: 'Open commitments list', request: `GET ${API}/commitments?status=open&limit=${PRACTICE_LIMIT}[&cursor=…]`, baseline: false },
];
/** Auth-only requests that show the fixed cost of every request (token vs session cookie). */
export const BASELINES: EndpointSpec[] = [
  { name: 'auth-token', title: 'Baseline: auth only, API token', request: `GET ${API}/auth/session (Bearer)`, baseline: true },
  { name: 'auth-cookie', title: 'Baseline: auth only, session cookie', request: `GET ${API}/auth/session (cookie)`, baseline: true },
];

type ProcessIds = { server: number; loadClient?: number; postgresDb?: string };

/** Other processes' share of the machine over a short window, in percent of all cores. */
async function otherCpuNow(ids: ProcessIds, windowMs = 2000): Promise<number | undefined> {
  const before = readProcessCpu();
  await sleep(windowMs);
  const shares = cpuShares(before, readProcessCpu(), ids);
  return shares ? shares.other + shares.postgresBackends : undefined;
}

/** Waits, up to BENCH_QUIET_WAIT_SECONDS, until other processes leave the machine mostly idle. */
async function waitForQuiet(ids: ProcessIds): Promise<{ other: number | undefined; waited: number }> {
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

/** Load-tests one endpoint over the given request paths; throws on any non-2xx, error or timeout. */
export async function measureEndpoint(
  load: LoadClient,
  baseUrl: string,
  headers: Record<string, string>,
  endpoint: EndpointSpec,
  paths: string[],
  seed: number,
  postgresDb: string | undefined,
): Promise<EndpointResult> {
  const job = (seconds: number, s: number): LoadJob => ({ url: baseUrl, headers, paths, connections: config.connections, durationSeconds: seconds, timeoutSeconds: config.timeoutSeconds, seed: s });
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
