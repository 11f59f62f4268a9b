/**
 * Email tests' setup: an app whose mailer sends to a real SMTP receiver on loopback (or no mailer: email off),
 * a movable clock, and a client with email addresses and a follow-up due.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll } from 'vitest';
import type { Db } from '../../src/db/open-db.ts';
import type { Mailer } from '../../src/email/mailer.ts';
import { buildApp } from '../../src/http/build-app.ts';
import type { ApiClient } from '../support/api-client.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../support/smtp-receiver.ts';
import { openTestDb } from '../support/test-db.ts';
import { created } from './needs-fixtures.ts';

export interface EmailTestSetup {
  app: FastifyInstance;
  /** The same database, served by an app with no mailer (SMTP_URL unset). */
  appWithoutEmail: FastifyInstance;
  db: Db;
  receiver: SmtpReceiver;
  clock: { now: Date; set(iso: string): void; advanceMinutes(minutes: number): void; fn: () => Date };
}

export async function setUpEmailTestApp(start = '2026-03-10T08:00:00Z'): Promise<EmailTestSetup> {
  const clock = {
    now: new Date(start),
    set(iso: string) {
      this.now = new Date(iso);
    },
    advanceMinutes(minutes: number) {
      this.now = new Date(this.now.getTime() + minutes * 60_000);
    },
    fn: () => clock.now,
  };
  const opened = await openTestDb();
  const receiver = await startSmtpReceiver();
  const build = (mailer?: Mailer) => buildApp({ db: opened.db, logger: false, clock: clock.fn, mailer });
  const app = await build(receiver.mailer);
  const appWithoutEmail = await build();
  afterAll(async () => {
    await app.close();
    await appWithoutEmail.close();
    await receiver.close();
  });
  return { app, appWithoutEmail, db: opened.db, receiver, clock };
}

/** A client with two addresses and a follow-up due today (the clock's day). */
export async function clientWithFollowUp(client: ApiClient, day: string) {
  const person = await created(client, '/api/v1/people', { fullName: 'Ines Okafor', emails: ['ines@northwind.example', 'ines.home@example.net'] });
  const followUp = await created(client, '/api/v1/follow-ups', { content: 'Send Ines the cash-flow template we discussed', dueOn: day, personId: person.id });
  return { personId: person.id, followUpId: followUp.id };
}
