/**
 * A professional's morning on Today, in the browser: follow-ups and commitments due, an open incident, an
 * open loop, journeys at risk and a client they are losing touch with — each one click from acting. Done
 * and Kept work in place; the person page says how long it has been; it all fits a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness } from './harness.ts';

/** A day `n` days from now (negative: ago), as YYYY-MM-DD, and a moment at 10:00 UTC on it. */
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const moment = (n: number) => `${day(n)}T10:00:00Z`;

/** One firm with something in each of Today's six lists, all written through the API. */
async function seedFirm(context: BrowserContext) {
  const firm = await signUpViaApi(context, 'Ada Hartley');
  const org = await firm.post('/api/v1/organizations', { name: 'Northwind Logistics' });
  const maya = await firm.post('/api/v1/people', { fullName: 'Maya Okafor', affiliations: [{ organizationId: org.id, title: 'Finance director' }] });
  const ben = await firm.post('/api/v1/people', { fullName: 'Ben Adeyemi' });
  const priya = await firm.post('/api/v1/people', { fullName: 'Priya Raman', stayInTouchDays: 30 });
  await firm.post('/api/v1/conversations', { occurredAt: moment(-45), channel: 'meal', personIds: [priya.id], summary: 'Lunch after her board meeting.' });
  const talk = await firm.post('/api/v1/conversations', {
    occurredAt: moment(-1),
    channel: 'call',
    personIds: [maya.id],
    summary: 'Walked through why the close takes three weeks.',
  });
  await firm.post('/api/v1/follow-ups', {
    content: 'Send Maya the two client stories about a five-day close',
    dueOn: day(-2),
    personId: maya.id,
    conversationId: talk.id,
  });
  await firm.post('/api/v1/follow-ups', { content: 'Bring Ben the draft payroll calendar for the third clinic', dueOn: day(0), personId: ben.id });
  await firm.post('/api/v1/commitments', { side: 'us', description: 'Send the month-end timetable', dueOn: day(-3), personId: maya.id, organizationId: org.id });
  await firm.post('/api/v1/commitments', { side: 'client', description: 'Share last year’s ledgers', dueOn: day(3), personId: maya.id });
  await firm.post('/api/v1/incidents', { title: 'Payroll file went out a day late', whatHappened: 'The bank rejected the first upload.', personId: ben.id });
  const need = await firm.post('/api/v1/needs', { title: 'A five-day monthly close', organizationId: org.id, personIds: [maya.id] });
  await firm.post(`/api/v1/needs/${need.id}/journey-steps`, { title: 'Board approves the budget', ownerSide: 'client', targetOn: day(-9) });
  return firm;
}

describe.skipIf(!hasChromium)('today: what needs attention, one click from acting', () => {
  let harness: Harness;
  let login: { email: string; password: string };

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('shows each section with its items, and Done and Kept work in place', async () => {
    const { page, context, problems } = await harness.newPage(desktop);
    const firm = await seedFirm(context);
    login = { email: firm.email, password: firm.password };
    await page.goto('/');
    // The first page of a cold browser can be slow on a busy machine.
    await page.getByRole('heading', { level: 1, name: /Ada$/ }).waitFor({ timeout: 30_000 });

    const section = (name: RegExp) => page.getByRole('region', { name });
    await section(/^Follow-ups due/).getByText('Send Maya the two client stories about a five-day close', { exact: true }).waitFor();
    await section(/^Follow-ups due/).getByText('2 days overdue').waitFor();
    await section(/^Commitments due/).getByRole('link', { name: 'Send the month-end timetable' }).waitFor();
    await section(/^Commitments due/).getByText('They promised').waitFor();
    await section(/^Open incidents/).getByRole('link', { name: /Acknowledge/ }).waitFor();
    await section(/^Open loops/).getByRole('link', { name: /Close the loop/ }).waitFor();
    await section(/^Journeys at risk/).getByText('“Board approves the budget” is 9 days past the client’s date', { exact: false }).waitFor();
    await section(/^Journeys at risk/).getByText('Stalled').waitFor();
    await section(/^Losing touch/).getByText('Last conversation 45 days ago').waitFor();
    await page.getByRole('heading', { name: 'Recent conversations' }).waitFor();
    expect(await page.getByRole('heading', { name: /^Follow-ups due/ }).textContent()).toContain('2');
    await screenshot(page, 'desktop-today');

    // Done, right there: the follow-up leaves the list and the count drops.
    await section(/^Follow-ups due/).getByRole('button', { name: /^Done\b.*Send Maya/ }).click();
    await section(/^Follow-ups due/).getByRole('status').getByText('Marked done: Send Maya the two client stories').waitFor();
    await expect.poll(() => section(/^Follow-ups due/).getByRole('listitem').count()).toBe(1);
    expect(await page.getByRole('heading', { name: /^Follow-ups due/ }).textContent()).toContain('1');

    // Kept, right there.
    await section(/^Commitments due/).getByRole('button', { name: /^Kept\b.*Send the month-end timetable/ }).click();
    await expect.poll(() => section(/^Commitments due/).getByRole('link', { name: 'Send the month-end timetable' }).count()).toBe(0);
    await screenshot(page, 'desktop-today-after-actions');

    // The whole firm's view keeps the same sections.
    await page.getByLabel('Whole firm').check();
    await section(/^Open loops/).getByText('Walked through why the close takes three weeks.').waitFor();

    // Losing touch → log a conversation with her, preselected.
    await section(/^Losing touch/).getByRole('link', { name: 'Log a conversation with Priya Raman' }).click();
    await page.getByRole('heading', { name: 'Log a conversation', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Remove Priya Raman' }).count()).toBe(1);
    expect(problems).toEqual([]);
  }, 90_000);

  it('shows how long it has been on the person page, and sets a cadence in the person form', async () => {
    const { page, context, problems } = await harness.newPage(desktop);
    await context.request.post('/api/v1/auth/login', { data: login });
    await page.goto('/people');
    await page.getByRole('link', { name: /Priya Raman/ }).click();
    await page.getByRole('heading', { name: 'Priya Raman', level: 1 }).waitFor();
    await page.getByText('Last conversation 45 days ago · stay in touch every 30 days').waitFor();
    await page.getByText('Losing touch', { exact: true }).waitFor();
    await screenshot(page, 'desktop-person-losing-touch');

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: 'Edit Priya Raman', level: 1 }).waitFor();
    expect(await page.getByLabel('Stay in touch', { exact: true }).inputValue()).toBe('30');
    await page.getByLabel('Stay in touch', { exact: true }).selectOption({ label: 'Another number of days' });
    await page.getByLabel('Stay in touch every how many days').fill('60');
    await screenshot(page, 'desktop-person-cadence');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Last conversation 45 days ago · stay in touch every 60 days').waitFor();
    expect(await page.getByText('Losing touch', { exact: true }).count()).toBe(0);
    expect(problems).toEqual([]);
  }, 60_000);

  it('fits a phone: one column, no sideways scrolling', async () => {
    const { page, context, problems } = await harness.newPage(phone);
    await seedFirm(context);
    await page.goto('/');
    await page.getByRole('region', { name: /^Losing touch/ }).getByRole('link', { name: 'Priya Raman', exact: true }).waitFor({ timeout: 30_000 });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'phone-today');
    await page.getByRole('region', { name: /^Follow-ups due/ }).getByRole('button', { name: /^Done\b.*Bring Ben/ }).click();
    await expect.poll(() => page.getByRole('region', { name: /^Follow-ups due/ }).getByRole('listitem').count()).toBe(1);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    expect(problems).toEqual([]);
  }, 90_000);
});
