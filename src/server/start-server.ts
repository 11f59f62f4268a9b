/**
 * Runs Yellowpad's HTTP server until SIGTERM or SIGINT, then closes connections, the database and the
 * data-directory lock in that order, so no write is cut off half-way.
 */
import { sql } from 'drizzle-orm';
import pino from 'pino';
import type { Env } from '../config/env.ts';
import { targetFromEnv } from '../db/open-db.ts';
import { queryRows, toCount } from '../domain/support/rows.ts';
import { buildApp, logRedact, logSerializers } from '../http/build-app.ts';
import { digestJob, startDigestScheduler } from '../email/digest-scheduler.ts';
import { startClientNoticeScheduler } from '../email/client-notice-scheduler.ts';
import { createSmtpMailer } from '../email/mailer.ts';
import { readEmailConfig } from '../email/smtp-config.ts';
import { describeTarget, openDatabase } from './open-database.ts';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export async function startServer(env: Env, options: { serveWeb?: boolean; installSignalHandlers?: boolean } = {}): Promise<RunningServer> {
  const log = pino({ level: env.LOG_LEVEL, redact: logRedact, serializers: logSerializers });
  const target = targetFromEnv(env);
  const email = readEmailConfig();
  const mailer = email ? createSmtpMailer(email) : undefined;
  const database = await openDatabase(
    target,
    'the Yellowpad server',
    'Is Yellowpad already running? Use that server, or stop it before starting another.',
  );
  const app = await buildApp({
    db: database.db,
    logger: log,
    cookieSecure: env.YELLOWPAD_COOKIE_SECURE,
    demoEnabled: env.YELLOWPAD_DEMO === 'on',
    serveWeb: options.serveWeb ?? true,
    publicUrl: env.YELLOWPAD_PUBLIC_URL,
    mailer,
  });
  let address: string;
  try {
    address = await app.listen({ port: env.PORT, host: env.HOST });
  } catch (err) {
    await database.shutdown();
    throw err;
  }
  const url = env.YELLOWPAD_PUBLIC_URL ?? address.replace('127.0.0.1', 'localhost');
  database.lock?.describe({ url });
  const digests = email && mailer ? startDigestScheduler({ job: digestJob({ db: database.db, mailer, baseUrl: url }), digestHour: email.digestHour, log }) : null;
  const clientNotices = mailer ? startClientNoticeScheduler({ db: database.db, mailer, baseUrl: url, log }) : null;

  const [{ count } = { count: 0 }] = await queryRows<{ count: unknown }>(database.db, sql`select count(*) as count from firms`);
  const lines = [`Yellowpad is running at ${url} (data: ${describeTarget(target)}).`];
  if (toCount(count) === 0) {
    lines.push(
      '',
      'This database is empty. To begin:',
      `  • Sign up at ${url}/signup — it creates your firm and its owner account.`,
      `  • Or explore a ready-made practice: click "Explore the demo firm" on ${url}/signup,`,
      '    or stop the server and run `npx yellowpad demo`.',
      '',
    );
  }
  console.log(lines.join('\n'));

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await digests?.stop();
      await clientNotices?.stop();
      await app.close();
      await database.shutdown();
    })();
    return stopping;
  };
  if (options.installSignalHandlers) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        console.log(`Received ${signal}: finishing requests and closing the database…`);
        stop().then(
          () => process.exit(0),
          (err: unknown) => {
            console.error('Shutdown failed:', err);
            process.exit(1);
          },
        );
      });
    }
  }
  return { url, stop };
}
