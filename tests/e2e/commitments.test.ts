/**
 * Reliability is promises kept, in the browser: record commitments both ways, keep one late,
 * renegotiate one, break one, read the reliability figures and follow one to the commitments behind it;
 * then report an incident and take it through acknowledged, explained, prevention and verified.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness } from './harness.ts';

/** A calendar day in London (the browser's zone), `offset` days from today, as a date input takes it. */
function londonDay(offset = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + offset * 86_400_000));
}

/** The row of a list that mentions `text`. */
const row = (page: Page, text: string) => page.locator('li.commitment-item').filter({ hasText: text });

describe.skipIf(!hasChromium)('commitments, reliability and incidents', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('keeps, renegotiates and breaks commitments both ways, and follows a figure to its evidence', async () => {
    const { page, context, problems } = await harness.newPage(desktop);
    const firm = await signUpViaApi(context, 'Margaret Hale');
    const org = await firm.post('/api/v1/organizations', { name: 'Northwind Logistics' });
    const maya = await firm.post('/api/v1/people', { fullName: 'Maya Okafor', affiliations: [{ organizationId: org.id, title: 'Finance director' }] });
    // Two more promises recorded earlier, through the API.
    await firm.post('/api/v1/commitments', { side: 'us', description: 'Introduce Maya to our payroll specialist', dueOn: londonDay(10), personId: maya.id });
    await firm.post('/api/v1/commitments', { side: 'us', description: 'Book the close-process workshop', dueOn: londonDay(14), personId: maya.id });

    // Ours, recorded from the form, prefilled with Maya.
    await page.goto(`/commitments/new?personId=${maya.id}`);
    await page.getByRole('heading', { name: 'Record a commitment', level: 1 }).waitFor();
    await page.getByText('Maya Okafor').waitFor();
    expect(await page.getByLabel('We promised them').isChecked()).toBe(true);
    await page.getByLabel('What exactly was promised?').fill('Send two client stories about a faster month-end close');
    await page.getByLabel('By when').fill(londonDay(3));
    await screenshot(page, 'desktop-commitment-new');
    await page.getByRole('button', { name: 'Record the commitment' }).click();
    await page.getByRole('heading', { name: 'Send two client stories about a faster month-end close', level: 1 }).waitFor();
    await page.getByText('Margaret Hale promised Maya Okafor').first().waitFor();

    // Theirs, already past its date when recorded.
    await page.goto(`/commitments/new?personId=${maya.id}&organizationId=${org.id}`);
    await page.getByLabel('They promised us').check();
    await page.getByRole('button', { name: 'Record the commitment' }).click();
    await page.getByRole('alert').getByText('This could not be saved').waitFor();
    await page.getByLabel('What exactly was promised?').fill('Share last year’s trial balance');
    await page.getByLabel('By when').fill(londonDay(-2));
    await page.getByRole('button', { name: 'Record the commitment' }).click();
    await page.getByRole('heading', { name: 'Share last year’s trial balance', level: 1 }).waitFor();
    await page.getByText('Overdue by 2 days').waitFor();

    // The open list, soonest due first: the overdue one leads.
    await page.goto('/commitments');
    await page.getByRole('status').getByText('4 commitments, soonest due first.').waitFor();
    const titles = await page.locator('li.commitment-item .commitment-title').allTextContents();
    expect(titles[0]).toBe('Share last year’s trial balance');
    await screenshot(page, 'desktop-commitments-open');

    // Past its date it can no longer be renegotiated; it is kept late.
    const late = row(page, 'Share last year’s trial balance');
    expect(await late.getByRole('button', { name: 'Renegotiate' }).isDisabled()).toBe(true);
    await late.getByText('it is now kept late or broken').waitFor();
    await late.getByRole('button', { name: 'Kept', exact: true }).click();
    await late.getByText(/it will count as kept late/).waitFor();
    await screenshot(page, 'desktop-commitment-keep-panel');
    await late.getByRole('button', { name: 'Mark kept' }).click();
    await page.getByRole('status').getByText('3 commitments, soonest due first.').waitFor();

    // Renegotiate ours before its date, with the reason.
    const stories = row(page, 'Send two client stories');
    await stories.getByRole('button', { name: 'Renegotiate' }).click();
    await stories.getByRole('button', { name: 'Save the new date' }).click();
    await stories.getByText('Pick the new date you agreed').waitFor();
    await stories.getByLabel('New date', { exact: true }).fill(londonDay(9));
    await stories.getByLabel('Why it moved, as agreed').fill('Maya asked for them after her board meeting');
    await stories.getByRole('button', { name: 'Save the new date' }).click();
    await stories.getByText('Moved once').waitFor();

    // Keep one on time; break one honestly.
    await row(page, 'Introduce Maya').getByRole('button', { name: 'Kept', exact: true }).click();
    await row(page, 'Introduce Maya').getByRole('button', { name: 'Mark kept' }).click();
    const workshop = row(page, 'Book the close-process workshop');
    await workshop.getByRole('button', { name: 'Broken' }).click();
    await workshop.getByLabel('Why it was not kept').fill('We could not find a date before their year end');
    await workshop.getByRole('button', { name: 'Record as broken' }).click();
    await page.getByRole('status').getByText('1 commitment, soonest due first.').waitFor();

    // The detail page keeps the date history.
    await stories.getByRole('link', { name: 'Send two client stories about a faster month-end close' }).click();
    await page.getByRole('heading', { name: 'Dates' }).waitFor();
    await page.getByText('Maya asked for them after her board meeting').waitFor();
    await screenshot(page, 'desktop-commitment-detail');

    // Reliability: counts with their evidence.
    await page.getByRole('link', { name: '← Commitments' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Reliability' }).click();
    await page.getByRole('heading', { name: 'Reliability', level: 1 }).waitFor();
    const ours = page.getByRole('region', { name: 'Our promises to clients' });
    await ours.getByText('Kept on time: 1 of 2 (50%).').waitFor();
    const theirs = page.getByRole('region', { name: 'Clients’ promises to us' });
    await theirs.getByText('Kept on time: 0 of 1 (0%).').waitFor();
    await page.getByRole('region', { name: 'Our promises, member by member' }).getByRole('link', { name: 'Margaret Hale', exact: true }).waitFor();
    await screenshot(page, 'desktop-reliability');

    await theirs.getByRole('link', { name: /Kept late/ }).click();
    await page.getByRole('heading', { name: 'Their promises kept late in the last 12 months' }).waitFor();
    // The heading shows before the list has loaded: wait for the list itself.
    await expect.poll(() => page.locator('li.commitment-item .commitment-title').allTextContents()).toEqual(['Share last year’s trial balance']);
    await screenshot(page, 'desktop-commitments-evidence');
    await page.getByRole('link', { name: '← Back to reliability' }).click();
    await ours.getByRole('link', { name: /Broken/ }).click();
    await page.getByRole('heading', { name: 'Our promises broken in the last 12 months' }).waitFor();
    await page.getByText('Broken: We could not find a date before their year end').waitFor();
    expect(problems).toEqual([]);
  }, 90_000);

  it('reports an incident and takes it through the four steps', async () => {
    const { page, context, problems } = await harness.newPage(desktop);
    const firm = await signUpViaApi(context, 'Margaret Hale');
    const maya = await firm.post('/api/v1/people', { fullName: 'Maya Okafor' });

    await page.goto('/incidents');
    await page.getByRole('heading', { name: 'No open incidents' }).waitFor();
    await page.goto(`/incidents/new?personId=${maya.id}`);
    await page.getByRole('heading', { name: 'Report an incident', level: 1 }).waitFor();
    await page.getByLabel('Title').fill('Wrong VAT figure in the Q4 report');
    await page.getByLabel('What happened').fill('The Q4 report showed last year’s VAT figure; Maya’s board saw it before we noticed.');
    // Heard of it 25 minutes ago.
    const reported = await page.evaluate(() => {
      const d = new Date(Date.now() - 25 * 60_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    });
    await page.getByLabel('Reported to us at').fill(reported);
    await page.getByRole('button', { name: 'Report the incident' }).click();

    await page.getByRole('heading', { name: 'Wrong VAT figure in the Q4 report', level: 1 }).waitFor();
    await page.getByText('Not acknowledged yet').waitFor();
    await screenshot(page, 'desktop-incident-reported');

    await page.getByLabel('The message we sent the client').fill('Maya — we got the VAT figure wrong. A corrected report is on its way within the hour.');
    await page.getByRole('button', { name: 'Record the acknowledgement' }).click();
    await page.getByText(/Acknowledged in 2[5-7] minutes/).waitFor();

    await page.getByLabel('What happened, and why').fill('Our template pulled the prior-year column after a layout change.');
    await page.getByRole('button', { name: 'Record the explanation' }).click();

    await page.getByLabel('What we will do so it does not happen again').fill('A second person checks every figure against the ledger before a report goes out');
    await page.getByRole('button', { name: 'Record the prevention' }).click();
    await page.getByText('Say by when it will be in place').waitFor();
    await page.getByLabel('In place by').fill(londonDay(14));
    await page.getByRole('button', { name: 'Record the prevention' }).click();
    await page.getByRole('link', { name: /in place by/ }).waitFor();
    await screenshot(page, 'desktop-incident-prevention');

    await page.getByLabel('How we checked that the fix held').fill('Checked the next two reports: the second check caught one slip before sending.');
    await page.getByRole('button', { name: 'Record the verification' }).click();
    await page.getByText('Resolved: the fix held').waitFor();
    await screenshot(page, 'desktop-incident-resolved');

    // The prevention is one of our commitments, linked back to the incident.
    await page.getByRole('link', { name: /in place by/ }).click();
    await page.getByRole('heading', { name: 'A second person checks every figure against the ledger before a report goes out', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'The incident' }).waitFor();

    await page.goto('/incidents');
    await page.getByRole('link', { name: 'Wrong VAT figure in the Q4 report' }).waitFor();
    await page.getByText(/Resolved · acknowledged in/).waitFor();
    await page.goto('/reliability');
    await page.getByText(/Median time to acknowledge: 2[5-7] minutes/).waitFor();
    expect(problems).toEqual([]);
  }, 90_000);

  it('works on a phone with no sideways scrolling', async () => {
    const { page, context, problems } = await harness.newPage(phone);
    const noSidewaysScroll = async () => expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    const firm = await signUpViaApi(context, 'Margaret Hale');
    const org = await firm.post('/api/v1/organizations', { name: 'Greenfield Veterinary Partners' });
    const priya = await firm.post('/api/v1/people', { fullName: 'Dr. Priya Raghunathan-Ellingsworth', affiliations: [{ organizationId: org.id }] });
    const overdue = await firm.post('/api/v1/commitments', { side: 'client', description: 'Send the payroll exports for the last three months', dueOn: londonDay(-3), personId: priya.id });
    await firm.post('/api/v1/commitments', { side: 'us', description: 'Draft the payroll migration plan for the third clinic', dueOn: londonDay(5), personId: priya.id, organizationId: org.id });
    const kept = await firm.post('/api/v1/commitments', { side: 'us', description: 'Share the clinic-opening checklist', dueOn: londonDay(-1), personId: priya.id });
    await firm.post(`/api/v1/commitments/${kept.id}/keep`, {});
    const incident = await firm.post('/api/v1/incidents', { title: 'Payslips sent to the wrong clinic', whatHappened: 'March payslips went to the Northside clinic manager.', personId: priya.id });

    await page.goto('/commitments');
    await page.getByRole('heading', { name: 'Commitments', level: 1 }).waitFor();
    await row(page, 'Send the payroll exports').getByText('Overdue by 3 days').waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-commitments');
    await row(page, 'Draft the payroll migration plan').getByRole('button', { name: 'Renegotiate' }).click();
    await row(page, 'Draft the payroll migration plan').getByLabel('New date', { exact: true }).waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-commitment-renegotiate');

    await page.goto(`/commitments/${overdue.id}`);
    await page.getByRole('heading', { name: 'Where does it stand?' }).waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-commitment-detail');

    await page.goto('/reliability');
    await page.getByRole('region', { name: 'Our promises to clients' }).getByText('Kept on time: 0 of 1 (0%).').waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-reliability');

    await page.goto('/commitments/new');
    await page.getByLabel('They promised us').waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-commitment-new');

    await page.goto(`/incidents/${incident.id}`);
    await page.getByText('Not acknowledged yet').waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-incident');
    expect(problems).toEqual([]);
  }, 90_000);
});
