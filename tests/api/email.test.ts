/**
 * Email over SMTP (decision 023), against a real SMTP receiver on loopback: the daily digest (its content,
 * its claim — twice, concurrently, on two database handles: one email; off for a member who turned it off;
 * nothing for an empty Today; a refused send retried later, at most three times), the member's setting, and
 * sending an email to a client (delivered, logged as an email conversation, follow-up completed; refusals).
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestSends, sentEmails } from '../../src/db/schema.ts';
import { sendDailyDigests } from '../../src/domain/email/send-daily-digests.ts';
import { ApiClient, signUpFirm, sessionCookieFrom, type SignedUp } from '../support/api-client.ts';
import { openDatabaseForTests, usingPostgres } from '../support/test-db.ts';
import { clientWithFollowUp, setUpEmailTestApp, type EmailTestSetup } from './email-fixtures.ts';
import { created } from './needs-fixtures.ts';

let t: EmailTestSetup;
beforeAll(async () => {
  t = await setUpEmailTestApp('2026-03-10T08:00:00Z');
});

const baseUrl = 'https://yellowpad.example';
const runDigests = (firm: SignedUp, worker = 'worker-1', db = t.db) => sendDailyDigests(db, t.receiver.mailer, t.clock.fn, worker, { baseUrl, firmId: firm.firm.id });
const mailTo = (address: string) => t.receiver.messages.filter((m) => m.to.includes(address));
const claimsOf = (firm: SignedUp) => t.db.select().from(digestSends).where(eq(digestSends.firmId, firm.firm.id));

/** A second member of the firm (by invitation), with a follow-up of their own due today. */
async function addColleague(owner: SignedUp) {
  const email = `colleague-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const invite = await owner.client.post('/api/v1/invitations', { email });
  const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token: invite.json().token, name: 'Lee Park', password: 'another long password' } });
  expect(accepted.statusCode, accepted.body).toBe(201);
  const client = new ApiClient(t.app, { cookie: sessionCookieFrom(accepted), csrfToken: accepted.json().csrfToken });
  await created(client, '/api/v1/follow-ups', { content: 'Call Bo about the VAT return questions', dueOn: '2026-03-10' });
  return { email, client };
}

describe('the daily digest', () => {
  it('emails the member their Today, with links back into Yellowpad, and records the send', async () => {
    t.clock.set('2026-03-10T08:00:00Z');
    const firm = await signUpFirm(t.app, { name: 'Dana Whitfield' });
    await clientWithFollowUp(firm.client, '2026-03-09');
    const promise = await created(firm.client, '/api/v1/commitments', { side: 'us', description: 'Send the close checklist <draft>', dueOn: '2026-03-10' });

    expect(await runDigests(firm)).toEqual({ sent: 1, empty: 0, failed: [] });
    const [mail, ...others] = mailTo(firm.email);
    expect(others).toEqual([]);
    expect(mail!.header('subject')).toBe('Today: 2 things for you — Tuesday 10 March 2026');
    expect(mail!.header('from')).toContain('yellowpad@localhost');
    expect(mail!.text).toContain('Hello Dana Whitfield,');
    expect(mail!.text).toContain('Follow-ups due\n- Send Ines the cash-flow template we discussed — Ines Okafor (1 day late)\n  https://yellowpad.example/follow-ups');
    expect(mail!.text).toContain(`Promises due\n- We promised: Send the close checklist <draft> (due today)\n  https://yellowpad.example/commitments/${promise.id}`);
    expect(mail!.html).toContain(`<a href="https://yellowpad.example/commitments/${promise.id}">We promised: Send the close checklist &lt;draft&gt; (due today)</a>`);

    const [claim] = await claimsOf(firm);
    expect(claim).toMatchObject({ memberId: firm.member.id, day: '2026-03-10', claimedBy: 'worker-1', itemCount: 2, attempts: 1, lastError: null });
    expect(claim!.sentAt).toEqual(new Date('2026-03-10T08:00:00Z'));
  });

  it('sends one email when the job runs twice, or twice at once (also from a second database handle)', async () => {
    t.clock.set('2026-03-10T08:00:00Z');
    const firm = await signUpFirm(t.app);
    await clientWithFollowUp(firm.client, '2026-03-10');
    const colleague = await addColleague(firm);
    // Two "servers": on PostgreSQL a second pool on the same database; PGlite is one process, so two runs on it.
    const second = usingPostgres ? await openDatabaseForTests() : null;
    try {
      const results = await Promise.all([runDigests(firm, 'server-a'), runDigests(firm, 'server-b', second?.db ?? t.db), runDigests(firm, 'server-a')]);
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(2);
    } finally {
      await second?.close();
    }
    expect(await runDigests(firm, 'server-c')).toEqual({ sent: 0, empty: 0, failed: [] });
    expect(mailTo(firm.email)).toHaveLength(1);
    expect(mailTo(colleague.email)).toHaveLength(1);
    expect(mailTo(colleague.email)[0]!.text).toContain('Call Bo about the VAT return questions');
    expect(mailTo(colleague.email)[0]!.text).not.toContain('Ines');
    expect((await claimsOf(firm)).map((c) => c.attempts)).toEqual([1, 1]);
  });

  it('sends nothing to a member who turned it off, and nothing for an empty Today', async () => {
    t.clock.set('2026-03-10T08:00:00Z');
    const off = await signUpFirm(t.app);
    await clientWithFollowUp(off.client, '2026-03-10');
    expect((await off.client.get('/api/v1/me/email-settings')).json()).toEqual({ smtpConfigured: true, digestEnabled: true });
    const put = await off.client.request('PUT', '/api/v1/me/email-settings', { digestEnabled: false });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toEqual({ smtpConfigured: true, digestEnabled: false });
    expect((await off.client.get('/api/v1/me/email-settings')).json()).toEqual({ smtpConfigured: true, digestEnabled: false });
    expect(await runDigests(off)).toEqual({ sent: 0, empty: 0, failed: [] });
    expect(mailTo(off.email)).toEqual([]);
    expect(await claimsOf(off)).toEqual([]);

    const empty = await signUpFirm(t.app);
    expect(await runDigests(empty)).toEqual({ sent: 0, empty: 1, failed: [] });
    expect(await runDigests(empty)).toEqual({ sent: 0, empty: 0, failed: [] });
    expect(mailTo(empty.email)).toEqual([]);
    expect(await claimsOf(empty)).toMatchObject([{ itemCount: 0, sentAt: null, lastError: null }]);
  });

  it('records a refused send and retries it on a later run, at most three times in all', async () => {
    t.clock.set('2026-03-10T08:00:00Z');
    const firm = await signUpFirm(t.app);
    await clientWithFollowUp(firm.client, '2026-03-10');
    t.receiver.failNext(1);
    const failed = await runDigests(firm);
    expect(failed).toMatchObject({ sent: 0, failed: [{ memberId: firm.member.id, error: expect.stringContaining('Mailbox busy') }] });
    expect(await claimsOf(firm)).toMatchObject([{ sentAt: null, attempts: 1, itemCount: 1, lastError: expect.stringContaining('Mailbox busy') }]);

    // Not straight away: the claim is retried once it is 15 minutes old.
    t.clock.advanceMinutes(10);
    expect(await runDigests(firm)).toEqual({ sent: 0, empty: 0, failed: [] });
    t.clock.advanceMinutes(6);
    expect(await runDigests(firm, 'worker-2')).toEqual({ sent: 1, empty: 0, failed: [] });
    expect(mailTo(firm.email)).toHaveLength(1);
    expect(await claimsOf(firm)).toMatchObject([{ claimedBy: 'worker-2', attempts: 2, lastError: null, sentAt: t.clock.now }]);

    const stubborn = await signUpFirm(t.app);
    await clientWithFollowUp(stubborn.client, '2026-03-10');
    for (let attempt = 1; attempt <= 3; attempt++) {
      t.receiver.failNext(1);
      expect((await runDigests(stubborn)).failed).toHaveLength(1);
      t.clock.advanceMinutes(16);
    }
    expect(await runDigests(stubborn)).toEqual({ sent: 0, empty: 0, failed: [] });
    expect(mailTo(stubborn.email)).toEqual([]);
    expect(await claimsOf(stubborn)).toMatchObject([{ attempts: 3, sentAt: null }]);
  });

  it('says when this server cannot send email', async () => {
    const firm = await signUpFirm(t.appWithoutEmail);
    expect((await firm.client.get('/api/v1/me/email-settings')).json()).toEqual({ smtpConfigured: false, digestEnabled: true });
  });
});

describe('sending an email to a client', () => {
  it('delivers it, logs it as an email conversation with both sides, and completes the follow-up it brings', async () => {
    t.clock.set('2026-03-10T09:30:00Z');
    const firm = await signUpFirm(t.app, { name: 'Dana Whitfield' });
    const { personId, followUpId } = await clientWithFollowUp(firm.client, '2026-03-10');
    const body = 'Hi Ines,\n\nHere is the cash-flow template for your Q3 planning.\n\nDana';
    const res = await firm.client.post('/api/v1/emails', { personId, to: 'ines.home@example.net', subject: 'Your Q3 cash-flow template', body, followUpId });
    expect(res.statusCode, res.body).toBe(201);
    const sent = res.json();
    expect(sent).toMatchObject({ to: ['ines.home@example.net'], subject: 'Your Q3 cash-flow template', body, sentAt: '2026-03-10T09:30:00.000Z', followUpCompleted: true });

    const [mail, ...others] = mailTo('ines.home@example.net').filter((m) => m.header('message-id') === sent.messageId);
    expect(others).toEqual([]);
    expect(mail!.header('subject')).toBe('Your Q3 cash-flow template');
    expect(mail!.header('to')).toBe('ines.home@example.net');
    expect(mail!.text.trim()).toBe(body);

    const conversation = (await firm.client.get(`/api/v1/conversations/${sent.conversationId}`)).json();
    expect(conversation).toMatchObject({ channel: 'email', summary: 'Your Q3 cash-flow template', occurredAt: '2026-03-10T09:30:00.000Z' });
    expect(conversation.people.map((p: { id: string }) => p.id)).toEqual([personId]);
    expect(conversation.members.map((m: { id: string }) => m.id)).toEqual([firm.member.id]);
    expect((await firm.client.get(`/api/v1/follow-ups/${followUpId}`)).json()).toMatchObject({ status: 'done', doneAt: '2026-03-10T09:30:00.000Z' });
    const logged = await firm.client.get(`/api/v1/conversations/${sent.conversationId}/sent-emails`);
    expect(logged.statusCode, logged.body).toBe(200);
    const { followUpCompleted: _, ...stored } = sent;
    expect(logged.json()).toEqual({ items: [stored] });
    expect(stored.messageId).toBe(mail!.header('message-id'));
  });

  it('sends to the person’s first address when none is chosen', async () => {
    const firm = await signUpFirm(t.app);
    const { personId } = await clientWithFollowUp(firm.client, '2026-03-10');
    const res = await firm.client.post('/api/v1/emails', { personId, subject: 'Hello', body: 'A short note.' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ to: ['ines@northwind.example'], followUpCompleted: false });
    // Other conversations log no email.
    const call = await created(firm.client, '/api/v1/conversations', { occurredAt: '2026-03-09T10:00:00Z', channel: 'call', personIds: [personId] });
    expect((await firm.client.get(`/api/v1/conversations/${call.id}/sent-emails`)).json()).toEqual({ items: [] });
  });

  it('refuses, sending and logging nothing: email off, invalid input, no or a foreign address, a closed follow-up, a refusing mail server', async () => {
    const firm = await signUpFirm(t.app);
    const { personId, followUpId } = await clientWithFollowUp(firm.client, '2026-03-10');
    const nobody = await created(firm.client, '/api/v1/people', { fullName: 'Noor Haddad' });
    const valid = { personId, subject: 'Your template', body: 'Here it is.' };
    const before = t.receiver.messages.length;

    const off = await signUpFirm(t.appWithoutEmail);
    const offPerson = await created(off.client, '/api/v1/people', { fullName: 'Ines Okafor', emails: ['ines@northwind.example'] });
    const refusedOff = await off.client.post('/api/v1/emails', { ...valid, personId: offPerson.id });
    expect(refusedOff.statusCode).toBe(503);
    expect(refusedOff.json().error).toMatchObject({ code: 'email_not_configured', message: expect.stringContaining('SMTP_URL') });

    for (const [input, field] of [
      [{ ...valid, subject: '  ' }, 'subject'],
      [{ ...valid, subject: 'x'.repeat(201) }, 'subject'],
      [{ ...valid, body: ' \n ' }, 'body'],
      [{ ...valid, body: 'x'.repeat(20_001) }, 'body'],
      [{ ...valid, to: 'not an address' }, 'to'],
      [{ ...valid, to: 'someone.else@example.com' }, 'to'],
      [{ ...valid, personId: nobody.id }, 'to'],
    ] as const) {
      const res = await firm.client.post('/api/v1/emails', input);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation_failed', details: { fields: { [field]: expect.any(String) } } });
    }
    expect((await firm.client.post('/api/v1/emails', { ...valid, personId: nobody.id })).json().error.message).toContain('Noor Haddad has no email address');

    expect((await firm.client.post(`/api/v1/follow-ups/${followUpId}/done`, {})).statusCode).toBe(200);
    const closed = await firm.client.post('/api/v1/emails', { ...valid, followUpId });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('follow_up_closed');

    t.receiver.failNext(1);
    const refused = await firm.client.post('/api/v1/emails', valid);
    expect(refused.statusCode).toBe(502);
    expect(refused.json().error).toMatchObject({ code: 'email_not_sent', message: expect.stringContaining('nothing was sent or logged') });

    expect(t.receiver.messages.length).toBe(before);
    expect(await t.db.$count(sentEmails, eq(sentEmails.firmId, firm.firm.id))).toBe(0);
    expect((await firm.client.get(`/api/v1/conversations?personId=${personId}`)).json().items).toEqual([]);
  });
});
