/**
 * The calendar feed: a member creates their private calendar link on the Team page, copies it, and a
 * calendar app (here: a plain HTTP client with no session) reads their follow-ups from it; replacing
 * the link stops the old one.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, phone, screenshot, signUpViaApi, startHarness, type Harness } from './harness.ts';

describe.skipIf(!hasChromium)('the calendar feed', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('creates a private link whose feed a calendar app can read, and replaces it', async () => {
    const { page, context } = await harness.newPage(desktop);
    const firm = await signUpViaApi(context, 'Nadia Brennan');
    const person = await firm.post('/api/v1/people', { fullName: 'Tom Calder' });
    const dueOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await firm.post('/api/v1/follow-ups', { personId: person.id, content: 'Send Tom the two stock-count templates he asked about', dueOn });

    await page.goto('/team');
    const panel = page.getByRole('region', { name: 'Calendar feed' });
    await panel.getByRole('button', { name: 'Create calendar link' }).click();
    const url = await panel.getByLabel('Your calendar link').inputValue();
    expect(url).toMatch(new RegExp(`^${harness.baseUrl}/calendar/.+\\.ics$`));
    await screenshot(page, 'desktop-calendar-feed');

    // A calendar app fetches it without any session.
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('summary')))).toEqual([expect.stringContaining('Send Tom the two stock-count templates')]);

    // Replacing the link stops the old one.
    await panel.getByRole('button', { name: 'Replace link' }).click();
    await panel.getByRole('button', { name: 'Yes, replace the link' }).click();
    await expect.poll(async () => panel.getByLabel('Your calendar link').inputValue()).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);

    const small = await harness.newPage(phone);
    await small.context.addCookies(await context.cookies());
    await small.page.goto('/team');
    await small.page.getByRole('heading', { name: 'Calendar feed' }).scrollIntoViewIfNeeded();
    expect(await small.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(small.page, 'phone-calendar-feed');
  });
});
