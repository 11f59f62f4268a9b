/**
 * Email from Yellowpad in Chromium, with a real SMTP receiver on loopback: from a follow-up, "Email them
 * about it" opens the form; a pushy line shows up in the check beside the email before sending; sending
 * lands on the logged email conversation, the client receives it, the follow-up is done. The Team page's
 * daily email switch. Desktop and phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpReceiver, type SmtpReceiver } from '../support/smtp-receiver.ts';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness } from './harness.ts';

describe.skipIf(!hasChromium)('email from Yellowpad', () => {
  let harness: Harness;
  let receiver: SmtpReceiver;

  beforeAll(async () => {
    receiver = await startSmtpReceiver();
    harness = await startHarness({ mailer: receiver.mailer });
  });

  afterAll(async () => {
    await harness?.close();
    await receiver?.close();
  });

  it('writes an email from a follow-up, sees the check flag a pushy line, sends it and lands on the conversation', async () => {
    const { page, context, problems } = await harness.newPage(desktop);
    const firm = await signUpViaApi(context, 'Nadia Brennan');
    const tom = await firm.post('/api/v1/people', { fullName: 'Tom Calder', emails: ['tom@calder.example', 'tom.home@example.net'] });
    const dueOn = new Date().toISOString().slice(0, 10);
    await firm.post('/api/v1/follow-ups', { personId: tom.id, content: 'Send Tom the two stock-count templates he asked about', dueOn });

    await page.goto('/follow-ups');
    await page.getByRole('link', { name: 'Email them about it' }).click();
    await page.getByRole('heading', { name: 'Email Tom Calder' }).waitFor();
    await page.getByText('This email brings the follow-up').waitFor();

    await page.getByLabel('To').selectOption('tom.home@example.net');
    await page.getByLabel('Subject').fill('The two stock-count templates');
    await page
      .getByLabel('Your email')
      .fill('Hi Tom,\n\nHere are the two stock-count templates you asked about for your year-end count. Sign today, this offer is only for a limited time.\n\nNadia');
    const check = page.getByRole('region', { name: 'Before you send' });
    const finding = check.locator('.finding', { hasText: /sign today/i }).first();
    await finding.waitFor();
    await screenshot(page, 'desktop-email-form');

    // Take the pushy line out, then send.
    await page.getByLabel('Your email').fill('Hi Tom,\n\nHere are the two stock-count templates you asked about for your year-end count.\n\nNadia');
    await expect.poll(() => finding.count()).toBe(0);
    await page.getByRole('button', { name: 'Send email' }).click();
    await page.waitForURL(/\/conversations\/[0-9a-f-]+$/);
    await page.getByRole('heading', { name: /The two stock-count templates|Email/ }).first().waitFor();
    await screenshot(page, 'desktop-email-sent-conversation');

    const [mail] = await receiver.waitFor(1);
    expect(mail!.to).toEqual(['tom.home@example.net']);
    expect(mail!.header('subject')).toBe('The two stock-count templates');
    expect(mail!.text).toContain('year-end count');
    const followUps = await context.request.get('/api/v1/follow-ups?status=done');
    expect((await followUps.json()).items.map((f: { content: string }) => f.content)).toEqual(['Send Tom the two stock-count templates he asked about']);

    await page.goto('/team');
    const panel = page.getByRole('region', { name: 'Daily digest' });
    const toggle = panel.getByLabel('Send me my Today list each morning');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await panel.getByText('Off: no daily digest.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('region', { name: 'Daily digest' }).getByLabel('Send me my Today list each morning').isChecked()).toBe(false);
    await page.getByRole('region', { name: 'Daily digest' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'desktop-email-digest-panel');
    expect(problems).toEqual([]);

    const small = await harness.newPage(phone);
    await small.context.addCookies(await context.cookies());
    await small.page.goto(`/people/${tom.id}`);
    await small.page.getByRole('link', { name: 'Send an email' }).click();
    await small.page.getByLabel('Your email').fill('Hi Tom, we are the leading firm and our award-winning team offers the best service. Sign today.');
    await small.page.getByRole('region', { name: 'Before you send' }).locator('.finding').first().waitFor();
    expect(await scrollWidth(small.page)).toBeLessThanOrEqual(phone.width);
    await screenshot(small.page, 'phone-email-form');
    expect(small.problems).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('email when the server has no SMTP_URL', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('says plainly that email is off and how to turn it on, and offers no email links on follow-ups', async () => {
    const { page, context, problems } = await harness.newPage(desktop);
    const firm = await signUpViaApi(context, 'Nadia Brennan');
    const tom = await firm.post('/api/v1/people', { fullName: 'Tom Calder', emails: ['tom@calder.example'] });
    await firm.post('/api/v1/follow-ups', { personId: tom.id, content: 'Send Tom the two stock-count templates he asked about', dueOn: new Date().toISOString().slice(0, 10) });

    await page.goto(`/people/${tom.id}/email`);
    await page.getByRole('heading', { name: 'Email is not set up on this server' }).waitFor();
    await page.getByText('SMTP_URL').first().waitFor();
    await screenshot(page, 'desktop-email-off');

    await page.goto('/follow-ups');
    await page.getByText('Send Tom the two stock-count templates he asked about').waitFor();
    expect(await page.getByRole('link', { name: 'Email them about it' }).count()).toBe(0);
    await page.goto('/team');
    await page.getByRole('region', { name: 'Daily digest' }).getByText('Email is not set up on this server.').waitFor();
    expect(problems).toEqual([]);
  });
});
