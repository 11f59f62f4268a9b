/**
 * Runs the daily digest job inside the server (decision 023): every few minutes (a periodic job), once the
 * clock is past DIGEST_HOUR (UTC), it calls sendDailyDigests — whose claims make repeated runs, and other
 * servers doing the same, harmless. Started by the server only when SMTP is configured.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/open-db.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { sendDailyDigests, type DigestRunResult } from '../domain/email/send-daily-digests.ts';
import type { Mailer } from './mailer.ts';
import { startPeriodicJob, type PeriodicJob, type SchedulerLog } from '../server/periodic-job.ts';

export const digestCheckEveryMs = 5 * 60_000;

/** Whether today's digests are due at `now`: from the digest hour (UTC) to the end of the day. */
export function digestDue(now: Date, digestHour: number): boolean {
  return now.getUTCHours() >= digestHour;
}

/** The digest job one server runs: sendDailyDigests under this process's own worker id. */
export function digestJob(options: { db: Db; mailer: Mailer; baseUrl: string }): DigestJob {
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return (clock) => sendDailyDigests(options.db, options.mailer, clock, workerId, { baseUrl });
}

export type DigestJob = (clock: Clock) => Promise<DigestRunResult>;

export interface DigestSchedulerOptions {
  job: DigestJob;
  digestHour: number;
  log: SchedulerLog;
  clock?: Clock;
  everyMs?: number;
}

export type DigestScheduler = PeriodicJob;

export function startDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const clock = options.clock ?? systemClock;
  const { log } = options;
  return startPeriodicJob({
    name: 'daily digest',
    log,
    everyMs: options.everyMs ?? digestCheckEveryMs,
    due: () => digestDue(clock(), options.digestHour),
    run: async () => {
      const result = await options.job(clock);
      if (result.sent + result.empty + result.failed.length > 0) {
        log.info({ sent: result.sent, empty: result.empty, failed: result.failed.length }, 'daily digests');
      }
      for (const failure of result.failed) log.warn(failure, 'daily digest not sent; a later run retries');
    },
  });
}
