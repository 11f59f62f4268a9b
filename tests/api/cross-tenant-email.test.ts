/**
 * Email across firms: firm B cannot email firm A's person, nor complete A's follow-up by naming it (404, nothing
 * sent or logged), B's email settings are its own, and B's digest never lists A's records.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { sentEmails } from '../../src/db/schema.ts';
import { sendDailyDigests } from '../../src/domain/email/send-daily-digests.ts';
import { signUpFirm, type SignedUp } from '../support/api-client.ts';
import { clientWithFollowUp, setUpEmailTestApp, type EmailTestSetup } from './email-fixtures.ts';
import { created } from './needs-fixtures.ts';

let t: EmailTestSetup;
let a: SignedUp;
let b: SignedUp;
let aClient: { personId: string; followUpId: string };
let bPersonId: string;
beforeAll(async () => {
  t = await setUpEmailTestApp('2026-03-10T08:00:00Z');
  [a, b] = [await signUpFirm(t.app), await signUpFirm(t.app)];
  aClient = await clientWithFollowUp(a.client, '2026-03-10');
  bPersonId = (await created(b.client, '/api/v1/people', { fullName: 'Bo Lund', emails: ['bo@lund.example'] })).id;
});

const email = { subject: 'Your template', body: 'Here it is.' };

describe('cross-tenant isolation: email', () => {
  it("B cannot email A's person, or complete A's follow-up with its own email: 404, nothing sent or logged", async () => {
    const before = t.receiver.messages.length;
    for (const input of [
      { ...email, personId: aClient.personId },
      { ...email, personId: aClient.personId, to: 'ines@northwind.example' },
      { ...email, personId: bPersonId, followUpId: aClient.followUpId },
    ]) {
      const res = await b.client.post('/api/v1/emails', input);
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect(t.receiver.messages.length).toBe(before);
    expect(await t.db.$count(sentEmails, eq(sentEmails.firmId, b.firm.id))).toBe(0);
    expect((await a.client.get(`/api/v1/follow-ups/${aClient.followUpId}`)).json().status).toBe('open');
  });

  it("B cannot read the email logged on A's conversation", async () => {
    const sent = await a.client.post('/api/v1/emails', { ...email, personId: aClient.personId });
    expect(sent.statusCode, sent.body).toBe(201);
    const res = await b.client.get(`/api/v1/conversations/${sent.json().conversationId}/sent-emails`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect((await a.client.get(`/api/v1/conversations/${sent.json().conversationId}/sent-emails`)).json().items).toHaveLength(1);
  });

  it("B's email settings are B's own", async () => {
    expect((await a.client.request('PUT', '/api/v1/me/email-settings', { digestEnabled: false })).statusCode).toBe(200);
    expect((await b.client.get('/api/v1/me/email-settings')).json()).toEqual({ smtpConfigured: true, digestEnabled: true });
    expect((await a.client.request('PUT', '/api/v1/me/email-settings', { digestEnabled: true })).statusCode).toBe(200);
  });

  it("B's digest lists only B's records", async () => {
    expect((await created(b.client, '/api/v1/follow-ups', { content: 'Send Bo the payroll checklist', dueOn: '2026-03-10', personId: bPersonId })).id).toBeTruthy();
    await sendDailyDigests(t.db, t.receiver.mailer, t.clock.fn, 'worker', { baseUrl: 'https://yp.example', firmId: b.firm.id });
    const [digest, ...others] = t.receiver.messages.filter((m) => m.to.includes(b.email));
    expect(others).toEqual([]);
    expect(digest!.text).toContain('Send Bo the payroll checklist');
    expect(digest!.text).not.toContain('Ines');
    expect(t.receiver.messages.filter((m) => m.to.includes(a.email))).toEqual([]);
  });
});
