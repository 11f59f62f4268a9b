/**
 * Runs the client-activity emails inside the server (decision 025): every minute a periodic job sends what
 * has waited, within the "one email per subject an hour" claims. Started only when SMTP is configured.
 */
import type { Db } from '../db/open-db.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { sendClientNotices } from '../domain/email/send-client-notices.ts';
import type { Mailer } from './mailer.ts';
import { startPeriodicJob, type PeriodicJob, type SchedulerLog } from '../server/periodic-job.ts';

export function startClientNoticeScheduler(options: { db: Db; mailer: Mailer; baseUrl: string; log: SchedulerLog; clock?: Clock }): PeriodicJob {
  const clock = options.clock ?? systemClock;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return startPeriodicJob({
    name: 'client activity email',
    log: options.log,
    everyMs: 60_000,
    firstMs: 5_000,
    run: async () => {
      const result = await sendClientNotices(options.db, options.mailer, clock(), { baseUrl });
      if (result.sent > 0) options.log.info({ sent: result.sent, waiting: result.waiting }, 'client activity emails');
      for (const failure of result.failed) options.log.warn(failure, 'client activity email not sent; a later run retries');
    },
  });
}
