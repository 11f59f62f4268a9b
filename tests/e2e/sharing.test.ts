/**
 * Sharing with the client, as the professional does it in Chromium (email on, a real SMTP receiver): from a
 * need's page, share the plan with one of its people, see the address once and copy it, change when it
 * stops working (racing a colleague), revoke it; share with another person by email. The client's "not
 * quite…" (sent through the token-only API) shows beside the statement and is adopted as a new version, and
 * their confirmation on the page reads "on the share page". On a conversation's page, send "what I heard"
 * with the confidential part left out, and read their correction beside it. Then the same at phone width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../src/common/days.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../support/smtp-receiver.ts';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness, type TestPage } from './harness.ts';

const needTitle = 'Faster month-end close';
const firstStated = 'We need a new accounting system before the auditors come back.';
const theirWords = 'The board does not trust the numbers; the close is the symptom, not the problem.';
const theirQuote = 'The close takes three weeks and the board stopped reading the pack.';
const confidential = 'Sandra is worried her role is at risk if the close slips again.';
const tokenPattern = /\/s\/yps_[A-Za-z0-9_-]{43}$/;

describe.skipIf(!hasChromium)('sharing with the client, the professional’s side', () => {
  let harness: Harness;
  let receiver: SmtpReceiver;
  let t: TestPage;
  let firm: Awaited<ReturnType<typeof signUpViaApi>>;
  let needId = '';
  let conversationId = '';
  let sandraId = '';

  const tokenOf = (url: string) => url.slice(url.lastIndexOf('/s/') + 3);

  /** The client's API: no cookies, the token in the path is the only authorisation. */
  async function asClient(token: string, path: string, body?: unknown) {
    const res = await fetch(`${harness.baseUrl}/api/v1/shared/${token}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }

  /** The calendar day `days` from today, as the browser (Europe/London) and its date input write it. */
  const dayAhead = (days: number) => addDays(localDay(new Date()), days);

  beforeAll(async () => {
    receiver = await startSmtpReceiver();
    harness = await startHarness({ mailer: receiver.mailer });
    t = await harness.newPage(desktop);
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.baseUrl });
    firm = await signUpViaApi(t.context, 'Ada Hartley');
    const org = await firm.post('/api/v1/organizations', { name: 'Northwind Logistics' });
    const sandra = await firm.post('/api/v1/people', { fullName: 'Sandra Okoye', emails: ['sandra@northwind.test'], affiliations: [{ organizationId: org.id }] });
    const tom = await firm.post('/api/v1/people', { fullName: 'Tom Calder', emails: ['tom@northwind.test'], affiliations: [{ organizationId: org.id }] });
    // Someone who is not one of the need's people: never offered.
    await firm.post('/api/v1/people', { fullName: 'Priya Raman', emails: ['priya@elsewhere.test'] });
    sandraId = sandra.id;
    const need = await firm.post('/api/v1/needs', { title: needTitle, organizationId: org.id, personIds: [sandra.id, tom.id], problemStatement: { text: firstStated } });
    needId = need.id;
    const conversation = await firm.post('/api/v1/conversations', {
      occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
      channel: 'meeting',
      personIds: [sandra.id],
      notes: { inTheirWords: theirQuote, goals: 'Numbers the board trusts within five working days.', personal: confidential },
      summary: 'We agreed to send a two-page outline of a five-day close by Friday.',
    });
    conversationId = conversation.id;
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
    await receiver?.close();
  });

  it('shares the plan with one of the need’s people, shows the address once, changes its expiry and revokes it', async () => {
    const { page } = t;
    await page.goto(`/needs/${needId}`);
    const panel = page.getByRole('region', { name: 'Shared with the client' });
    await panel.getByRole('radio', { name: 'Sandra Okoye' }).waitFor();
    // Only the need's people are offered.
    expect(await panel.getByRole('radio').count()).toBe(2);
    expect(await panel.getByRole('radio', { name: 'Priya Raman' }).count()).toBe(0);
    await panel.getByRole('radio', { name: 'Sandra Okoye' }).check();
    expect(await panel.getByLabel('Works until').inputValue()).toBe(dayAhead(60));
    await panel.getByLabel('Works until').fill(dayAhead(30));
    await screenshot(page, 'sharing-desktop-need-form');
    await panel.getByRole('button', { name: 'Make Sandra Okoye’s link' }).click();

    // The address, once, with Copy and the warning.
    const ready = page.getByRole('region', { name: 'Sandra Okoye’s link is ready' });
    await ready.waitFor();
    const url = await ready.getByLabel('The link').inputValue();
    expect(url).toMatch(tokenPattern);
    await ready.getByText('Yellowpad cannot show it again').waitFor();
    expect(await ready.evaluate((el) => el === document.activeElement)).toBe(true);
    await ready.getByRole('button', { name: 'Copy the link' }).click();
    await ready.getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await screenshot(page, 'sharing-desktop-need-address-once');

    const links = panel.getByRole('list', { name: 'Links to this plan' });
    const sandrasLink = links.getByRole('article', { name: /Sandra Okoye’s link, active/ });
    await sandrasLink.getByText('Not opened yet').waitFor();
    await sandrasLink.getByText('Works until', { exact: true }).waitFor();

    // The client opens it; once Done, the address is gone from the page for good.
    const opened = await asClient(tokenOf(url), '');
    expect(opened.status).toBe(200);
    expect(opened.body.kind).toBe('need');
    expect(opened.body.need.title).toBe(needTitle);
    await ready.getByRole('button', { name: 'Done' }).click();
    await ready.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(tokenOf(url));
    await page.reload();
    await sandrasLink.getByText('once in all').waitFor();
    expect(await page.content()).not.toContain(tokenOf(url));

    // Sandra now has a live link: she is marked, and choosing her points to it.
    await panel.getByRole('radio', { name: 'Sandra Okoye' }).check();
    await panel.getByText('Sandra Okoye already has a live link to this plan').waitFor();
    await panel.getByRole('button', { name: 'Show their link' }).click();
    await expect.poll(() => sandrasLink.evaluate((el) => el === document.activeElement)).toBe(true);

    // Change the expiry while a colleague changes it first: the conflict is said, reload, save again.
    await sandrasLink.getByRole('button', { name: 'Change expiry' }).click();
    await sandrasLink.getByLabel('Works until').fill(dayAhead(90));
    const listed = (await (await t.context.request.get(`/api/v1/share-links?needId=${needId}`)).json()).items[0];
    const raced = await t.context.request.patch(`/api/v1/share-links/${listed.id}`, {
      data: { version: listed.version, expiresAt: new Date(Date.now() + 45 * 86_400_000).toISOString() },
      headers: { 'x-csrf-token': firm.session.csrfToken },
    });
    expect(raced.status()).toBe(200);
    await sandrasLink.getByRole('button', { name: 'Save the new expiry' }).click();
    await sandrasLink.getByRole('heading', { name: 'Someone else changed this link' }).waitFor();
    await sandrasLink.getByRole('button', { name: 'Reload the latest version' }).click();
    await sandrasLink.getByRole('heading', { name: 'Someone else changed this link' }).waitFor({ state: 'detached' });
    await sandrasLink.getByRole('button', { name: 'Save the new expiry' }).click();
    await panel.getByText(/^Saved: the link now works until/).waitFor();
    const after = (await (await t.context.request.get(`/api/v1/share-links?needId=${needId}`)).json()).items[0];
    expect(localDay(new Date(after.expiresAt))).toBe(dayAhead(90));

    // Revoke, confirmed first: the page stops working at once.
    await sandrasLink.getByRole('button', { name: 'Revoke' }).click();
    await sandrasLink.getByRole('button', { name: 'Yes, revoke it' }).click();
    await panel.getByText('Revoked: Sandra Okoye’s page no longer opens.').waitFor();
    expect((await asClient(tokenOf(url), '')).status).toBe(410);
    await panel.getByText('One link that no longer works').click();
    await panel.getByRole('article', { name: /Sandra Okoye’s link, revoked/ }).waitFor();
    expect(await panel.getByRole('article', { name: /Sandra Okoye’s link, revoked/ }).getByRole('button').count()).toBe(0);
    await screenshot(page, 'sharing-desktop-need-links');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(desktop.width);
    expect(t.problems).toEqual([]);
  }, 90_000);

  it('shares with another of the need’s people by email, with the draft check beside it', async () => {
    const { page } = t;
    const panel = page.getByRole('region', { name: 'Shared with the client' });
    await panel.getByRole('radio', { name: 'Tom Calder' }).check();
    await panel.getByLabel('Send it to Tom Calder by email').check();
    expect(await panel.getByLabel('Subject').inputValue()).toContain(needTitle);
    const body = await panel.getByLabel('Your message').inputValue();
    expect(body).toMatch(/^Hi Tom,/);
    expect(body).toContain(needTitle);
    expect(body).toContain('Ada');
    await panel.getByRole('region', { name: 'Before you send' }).getByText(/Checked:/).waitFor();
    await screenshot(page, 'sharing-desktop-need-email');
    await panel.getByRole('button', { name: 'Share and email Tom Calder' }).click();
    const ready = page.getByRole('region', { name: 'Tom Calder’s link is ready' });
    await ready.getByText('Emailed to tom@northwind.test.').waitFor();
    const url = await ready.getByLabel('The link').inputValue();
    const [mail] = await receiver.waitFor(1);
    expect(mail!.to).toEqual(['tom@northwind.test']);
    expect(mail!.text).toContain('Hi Tom,');
    expect(mail!.text).toContain(url);
    await ready.getByRole('button', { name: 'Done' }).click();
    await panel.getByRole('article', { name: /Tom Calder’s link, active/ }).getByText(/^Last sent/).waitFor();
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('shows the client’s “not quite…” beside the statement and adopts it as a new version', async () => {
    const { page } = t;
    const shared = await firm.post('/api/v1/share-links', { personId: sandraId, needId });
    const token = tokenOf(shared.url);
    const suggested = await asClient(token, '/suggest', { version: 1, text: theirWords });
    expect(suggested.status).toBe(201);

    await page.goto(`/needs/${needId}`);
    const suggestions = page.getByRole('region', { name: '“Not quite…” from the client' });
    await suggestions.getByText(theirWords).waitFor();
    await suggestions.getByText(/^Sandra Okoye, .+, about version 1:$/).waitFor();
    await suggestions.scrollIntoViewIfNeeded();
    await screenshot(page, 'sharing-desktop-suggestion');
    await suggestions.getByRole('button', { name: 'Adopt as the new version' }).click();
    await suggestions.getByText('Adopted: Sandra Okoye’s words are now version 2, a working version of the problem statement.').waitFor();
    await page.locator('.statement-current').getByText(theirWords).waitFor();
    await page.getByText('Version 2, written by Ada Hartley').waitFor();
    await suggestions.getByText('One answered suggestion').click();
    await suggestions.getByText(/^Adopted as version 2 by Ada Hartley on /).waitFor();
    expect(await suggestions.getByRole('button', { name: 'Adopt as the new version' }).count()).toBe(0);

    // Sandra confirms the new version on her page: it reads "on the share page".
    expect((await asClient(token, '/confirm', { version: 2 })).status).toBe(201);
    await page.reload();
    await page.getByText(/^Confirmed by Sandra Okoye on the share page on \d+ \w+/).first().waitFor();
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('sends “what I heard” with the confidential part left out, and shows the correction beside it', async () => {
    const { page } = t;
    await page.goto(`/conversations/${conversationId}`);
    const panel = page.getByRole('region', { name: 'Send “what I heard”' });
    const recap = panel.getByLabel('What you heard — as they will read it');
    await recap.waitFor();
    const personal = panel.getByRole('checkbox', { name: /^Personal/ });
    const summary = panel.getByRole('checkbox', { name: /^Our summary/ });
    await expect.poll(() => personal.isChecked()).toBe(false);
    expect(await summary.isChecked()).toBe(false);
    expect(await panel.getByRole('checkbox', { name: /^In their words/ }).isChecked()).toBe(true);
    await panel.locator('.recap-part', { has: page.getByRole('checkbox', { name: /^Personal/ }) }).getByText('Confidential').waitFor();
    expect(await recap.inputValue()).toContain(theirQuote);
    expect(await recap.inputValue()).not.toContain(confidential);

    // Ticking redrafts while the text is untouched; once edited, ticks leave it and "Redraft from notes" offers it back.
    await personal.check();
    expect(await recap.inputValue()).toContain(confidential);
    await personal.uncheck();
    expect(await recap.inputValue()).not.toContain(confidential);
    await recap.fill(`${await recap.inputValue()}\n\nI will send the outline by Friday.`);
    await summary.check();
    expect(await recap.inputValue()).not.toContain('two-page outline');
    await summary.uncheck();
    await panel.getByRole('button', { name: 'Redraft from notes' }).click();
    expect(await recap.inputValue()).not.toContain('I will send the outline by Friday.');
    await recap.fill(`${await recap.inputValue()}\n\nI will send the outline by Friday.`);
    await screenshot(page, 'sharing-desktop-recap-form');

    await panel.getByRole('button', { name: 'Make Sandra Okoye’s link' }).click();
    const ready = page.getByRole('region', { name: 'Sandra Okoye’s recap is ready' });
    const url = await ready.getByLabel('The link').inputValue();
    expect(url).toMatch(tokenPattern);
    const token = tokenOf(url);
    const seen = await asClient(token, '');
    expect(seen.body.kind).toBe('recap');
    expect(seen.body.recap.text).toContain(theirQuote);
    expect(seen.body.recap.text).toContain('I will send the outline by Friday.');
    expect(seen.body.recap.text).not.toContain(confidential);
    expect(seen.body.recap.text).not.toContain('two-page outline');
    await ready.getByRole('button', { name: 'Done' }).click();

    // Sandra corrects it; her words show beside what she read.
    const correction = '<b>Nearly</b>: it is four weeks at year end, not three.';
    expect((await asClient(token, '/recap-reply', { agrees: false, correction })).status).toBe(201);
    await page.reload();
    const link = panel.getByRole('article', { name: /Sandra Okoye’s link, active/ });
    await link.getByText('Sandra Okoye corrected it on').waitFor();
    await link.locator('.share-recap-correction').getByText(correction).waitFor();
    expect(await link.locator('.share-recap-correction b').count()).toBe(0);
    await link.locator('.share-recap-text').getByText('I will send the outline by Friday.').waitFor();
    await link.scrollIntoViewIfNeeded();
    await screenshot(page, 'sharing-desktop-recap-reply');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(desktop.width);
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('works at phone width: no sideways scrolling on the need or the conversation', async () => {
    const small = await harness.newPage(phone);
    await small.context.addCookies(await t.context.cookies());
    const { page } = small;
    await page.goto(`/needs/${needId}`);
    const panel = page.getByRole('region', { name: 'Shared with the client' });
    await panel.getByRole('article', { name: /Tom Calder’s link, active/ }).waitFor();
    await panel.getByRole('article', { name: /Tom Calder’s link, active/ }).getByRole('button', { name: 'Send again by email' }).click();
    await panel.getByRole('region', { name: 'Before you send' }).getByText(/Checked:/).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'sharing-phone-need');

    await page.goto(`/conversations/${conversationId}`);
    await page.getByRole('region', { name: 'Send “what I heard”' }).getByRole('article', { name: /Sandra Okoye’s link, active/ }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'sharing-phone-recap');
    expect(small.problems).toEqual([]);
  }, 60_000);
});
