/**
 * Email on the client's side, against a real SMTP receiver: a share link sent to its person (the message as
 * written, then the link), and the lead told what the client did — batched, one email per plan an hour,
 * however often the job runs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sendClientNotices } from '../../src/domain/email/send-client-notices.ts';
import { signUpFirm } from '../support/api-client.ts';
import { setUpEmailTestApp, type EmailTestSetup } from './email-fixtures.ts';
import { created } from './needs-fixtures.ts';
import { asClient, tokenOf } from './share-links-fixtures.ts';

let t: EmailTestSetup;
beforeAll(async () => {
  t = await setUpEmailTestApp('2026-03-10T08:00:00Z');
});

const baseUrl = 'https://yellowpad.example';

async function sharedByEmail() {
  const firm = await signUpFirm(t.app, { name: 'Dana Whitfield' });
  const person = await created(firm.client, '/api/v1/people', { fullName: 'Ines Okafor', emails: [`ines-${crypto.randomUUID().slice(0, 6)}@northwind.example`] });
  const need = await created(firm.client, '/api/v1/needs', { title: 'Cash-flow forecast', personIds: [person.id], problemStatement: { text: 'We run out of cash in March.' } });
  const res = await firm.client.post('/api/v1/share-links', {
    personId: person.id,
    needId: need.id,
    email: { subject: 'Our plan for your decision', body: 'Dear Ines,\n\nHere is the plan we talked about.' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { firm, person, need, res: res.json() };
}

describe('client-side email', () => {
  it('emails the link to its person under the professional’s message', async () => {
    const { person, res } = await sharedByEmail();
    const email = (person.emails as string[])[0]!;
    expect(res.emailedTo).toBe(email);
    const [mail] = t.receiver.messages.filter((m) => m.to.includes(email));
    expect(mail!.header('subject')).toBe('Our plan for your decision');
    expect(mail!.text).toContain('Here is the plan we talked about.');
    expect(mail!.text).toContain(res.url);
    expect(mail!.text).toContain('This link is for you only');
    expect(res.link.lastEmailedAt).not.toBeNull();
    // The address in the email works (the first email keeps the address just made).
    expect((await asClient(t.app, tokenOf(res.url)).get()).statusCode).toBe(200);
  });

  it('tells the lead once an hour per plan, however often the job runs', async () => {
    t.clock.set('2026-03-10T08:00:00Z');
    const { firm, res } = await sharedByEmail();
    const page = asClient(t.app, tokenOf(res.url));
    const run = () => sendClientNotices(t.db, t.receiver.mailer, t.clock.fn(), { baseUrl, firmId: firm.firm.id });
    const toLead = () => t.receiver.messages.filter((m) => m.to.includes(firm.email));

    expect((await page.post('/confirm', { version: 1 })).statusCode).toBe(201);
    t.clock.advanceMinutes(1);
    expect((await page.post('/comments', { text: 'Could we start in April?' })).statusCode).toBe(201);
    const [first, second] = await Promise.all([run(), run()]);
    expect(first!.sent + second!.sent).toBe(1);
    expect(await run()).toEqual({ sent: 0, waiting: 0, failed: [] });
    expect(toLead()).toHaveLength(1);
    const mail = toLead()[0]!;
    expect(mail.header('subject')).toContain('Cash-flow forecast');
    expect(mail.text).toContain('confirmed the problem statement (version 1)');
    expect(mail.text).toContain('“Could we start in April?”');
    expect(mail.text).toContain(`${baseUrl}/needs/`);

    // Within the hour: the next act waits.
    t.clock.advanceMinutes(20);
    expect((await page.post('/comments', { text: 'And one more thing' })).statusCode).toBe(201);
    expect(await run()).toMatchObject({ sent: 0, waiting: 1 });
    expect(toLead()).toHaveLength(1);
    // An hour after the first email, it goes.
    t.clock.advanceMinutes(41);
    expect(await run()).toMatchObject({ sent: 1 });
    expect(toLead()).toHaveLength(2);
    expect(toLead()[1]!.text).toContain('And one more thing');
    expect(toLead()[1]!.text).not.toContain('Could we start in April?');
  });

  it('gives the claim back when the mail server refuses, and the next run sends', async () => {
    t.clock.set('2026-03-11T08:00:00Z');
    const { firm, res } = await sharedByEmail();
    await asClient(t.app, tokenOf(res.url)).post('/comments', { text: 'Hello' });
    t.receiver.failNext(1);
    const failed = await sendClientNotices(t.db, t.receiver.mailer, t.clock.fn(), { baseUrl, firmId: firm.firm.id });
    expect(failed.failed).toHaveLength(1);
    expect(await sendClientNotices(t.db, t.receiver.mailer, t.clock.fn(), { baseUrl, firmId: firm.firm.id })).toMatchObject({ sent: 1 });
  });

  it('re-sends a link by email with a new address; the old one stops working', async () => {
    const { firm, res } = await sharedByEmail();
    const again = await firm.client.post(`/api/v1/share-links/${res.id}/email`, { subject: 'Again', body: 'The link once more.' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().url).not.toBe(res.url);
    expect((await asClient(t.app, tokenOf(res.url), '10.1.1.1').get()).statusCode).toBe(404);
    expect((await asClient(t.app, tokenOf(again.json().url)).get()).statusCode).toBe(200);
  });
});
