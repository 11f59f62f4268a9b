/**
 * The server's import worker: takes queued imports one at a time (claim-import-job.ts), runs them, and
 * looks again every few seconds — or at once when woken by a start. Several servers on one PostgreSQL
 * database each run one; SKIP LOCKED keeps them off each other's jobs. Stopping lets the batch in hand
 * commit and puts its job back in the queue.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/open-db.ts';
import { claimImportJob } from '../domain/import-jobs/claim-import-job.ts';
import { runImportJob } from '../domain/import-jobs/run-import-job.ts';

export interface ImportWorker {
  /** Looks for work now (e.g. right after an import is started). */
  wake(): void;
  /** Finishes the batch in hand, requeues its job, and stops. */
  stop(): Promise<void>;
}

export function startImportWorker(db: Db, options: { pollMs?: number; onError?: (error: unknown) => void } = {}): ImportWorker {
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let stopping = false;
  let running: Promise<void> | null = null;

  const drain = async () => {
    while (!stopping) {
      const job = await claimImportJob(db, workerId);
      if (!job) return;
      await runImportJob(db, job, workerId, { stopping: () => stopping });
    }
  };
  const wake = () => {
    if (running || stopping) return;
    running = drain()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(wake, options.pollMs ?? 3000);
  timer.unref();
  wake();
  return {
    wake,
    async stop() {
      stopping = true;
      clearInterval(timer);
      await running;
    },
  };
}
