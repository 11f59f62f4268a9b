/**
 * The load generator, run as a child process (forked by run-bench.ts) so autocannon never shares an
 * event loop — or, with PGlite, a CPU-bound WebAssembly database — with the server it measures.
 *
 * Protocol over IPC: the parent sends one LoadJob per run; the child answers with a LoadOutcome.
 * Latencies of every 2xx response are returned raw, so the parent computes exact percentiles
 * (autocannon's own summary has p50, p97.5 and p99, but no p95).
 */
import autocannon from 'autocannon';
import { mulberry32 } from './stats.ts';

export interface LoadJob {
  url: string;
  /** Sent with every request (the Bearer token or the session cookie). */
  headers: Record<string, string>;
  /** Request paths (with query strings); each request picks one at random. */
  paths: string[];
  connections: number;
  durationSeconds: number;
  /** A request unanswered after this long counts as a timeout (which fails the run). */
  timeoutSeconds: number;
  seed: number;
}

export interface LoadOutcome {
  /** Milliseconds from request written to response complete, 2xx responses only. */
  latenciesMs: number[];
  /** Responses by status code. */
  statusCodes: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Wall time autocannon ran, in seconds. */
  durationSeconds: number;
  /** A few non-2xx response bodies, for the error message. */
  sampleFailures: string[];
  /** Per request path: how often it was answered and how long it took (2xx only). */
  byPath: { path: string; count: number; meanMs: number; maxMs: number }[];
}

async function runJob(job: LoadJob): Promise<LoadOutcome> {
  const random = mulberry32(job.seed);
  const latenciesMs: number[] = [];
  const statusCodes: Record<string, number> = {};
  const sampleFailures: string[] = [];
  const byPath = new Map<string, { count: number; sum: number; max: number }>();
  // onResponse (which knows the request's context) runs synchronously just before the 'response'
  // event (which knows the latency) for the same response, so this hands the path from one to the other.
  let answeredPath = '';
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.durationSeconds,
    timeout: job.timeoutSeconds,
    headers: { ...job.headers, accept: 'application/json' },
    requests: [
      {
        method: 'GET',
        setupRequest: (request, context) => {
          const path = job.paths[Math.floor(random() * job.paths.length)]!;
          context.path = path;
          return { ...request, path };
        },
        onResponse: (status, body, context) => {
          answeredPath = String(context.path);
          if ((status < 200 || status > 299) && sampleFailures.length < 5) sampleFailures.push(`${status} ${String(body).slice(0, 300)}`);
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    if (statusCode >= 200 && statusCode <= 299) {
      latenciesMs.push(responseTime);
      const entry = byPath.get(answeredPath) ?? { count: 0, sum: 0, max: 0 };
      entry.count++;
      entry.sum += responseTime;
      entry.max = Math.max(entry.max, responseTime);
      byPath.set(answeredPath, entry);
    }
  });
  const result = await instance;
  return {
    latenciesMs,
    statusCodes,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSeconds: result.duration,
    sampleFailures,
    byPath: [...byPath].map(([path, e]) => ({ path, count: e.count, meanMs: e.sum / e.count, maxMs: e.max })),
  };
}

if (process.send) {
  process.on('message', (job: LoadJob) => {
    runJob(job).then(
      (outcome) => process.send!({ ok: true, outcome }),
      (err: unknown) => process.send!({ ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) }),
    );
  });
  process.send({ ready: true });
}
