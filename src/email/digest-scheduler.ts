/**
 * Runs the daily digest job inside the server (decision 023): every few minutes, once the clock is past
 * DIGEST_HOUR (UTC), it calls sendDailyDigests — whose claims make repeated runs, and other servers doing
 * the same, harmless. Started by the server only when SMTP is configured; its timer never keeps the
 * process alive, and stop() waits for a run in progress so the database can close after it.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/open-db.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { sendDailyDigests, type DigestRunResult } from '../domain/email/send-daily-digests.ts';
import type { Mailer } from './mailer.ts';

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

/** The few pino methods the scheduler logs with. */
type LogMethod = (details: object, message: string) => void;
export interface SchedulerLog {
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
}

export interface DigestSchedulerOptions {
  job: DigestJob;
  digestHour: number;
  log: SchedulerLog;
  clock?: Clock;
  everyMs?: number;
}

export interface DigestScheduler {
  /** Runs the job now if it is due (what each tick does); resolves when the run ends. */
  tick(): Promise<void>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

export function startDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const clock = options.clock ?? systemClock;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function run() {
    try {
      const result = await options.job(clock);
      if (result.sent + result.empty + result.failed.length > 0) {
        options.log.info({ sent: result.sent, empty: result.empty, failed: result.failed.length }, 'daily digests');
      }
      for (const failure of result.failed) options.log.warn(failure, 'daily digest not sent; a later run retries');
    } catch (err) {
      options.log.error({ err }, 'daily digest run failed');
    }
  }

  function tick(): Promise<void> {
    if (stopped || !digestDue(clock(), options.digestHour)) return running ?? Promise.resolve();
    running ??= run().finally(() => (running = null));
    return running;
  }

  const timer = setInterval(() => void tick(), options.everyMs ?? digestCheckEveryMs);
  timer.unref();
  const first = setTimeout(() => void tick(), 1_000);
  first.unref();

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
