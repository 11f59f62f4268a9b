/**
 * A need in the browser, as a professional lives it: write down the problem as the client first stated it,
 * refine it twice (once racing a colleague), record the client's confirmation, read how the statement
 * evolved, lay out the client's decision journey from the template, watch it fall behind, and close the
 * need with an honest outcome. Then the same screens at phone width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../src/common/days.ts';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness, type TestPage } from './harness.ts';

const firstStated = 'We need a new accounting system before the auditors come back.';
const working = 'The board does not trust the monthly numbers, and the close takes three weeks.';
const jointly = 'The board gets monthly numbers it trusts within five working days of month end.';

describe.skipIf(!hasChromium)('needs: from the first words to an honest outcome', () => {
  let harness: Harness;
  let t: TestPage;
  let firm: Awaited<ReturnType<typeof signUpViaApi>>;
  let needUrl = '';

  beforeAll(async () => {
    harness = await startHarness();
    t = await harness.newPage(desktop);
    firm = await signUpViaApi(t.context, 'Ada Hartley');
    const org = await firm.post('/api/v1/organizations', { name: 'Northwind Logistics' });
    await firm.post('/api/v1/people', { fullName: 'Sandra Okoye', affiliations: [{ organizationId: org.id, title: 'Finance director' }] });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('writes down a need, refines the statement twice, confirms it and shows how it evolved', async () => {
    const { page } = t;
    await page.goto('/needs');
    await page.getByRole('heading', { name: 'No open needs' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'New need' }).first().click();

    await page.getByRole('heading', { name: 'New need', level: 1 }).waitFor();
    await page.getByLabel('What they want to change').fill('Faster month-end close');
    await page.getByLabel('Organisation').fill('Northw');
    await page.getByRole('option', { name: /Northwind Logistics/ }).click();
    await page.getByLabel('Their people').fill('Sandra');
    await page.getByRole('option', { name: /Sandra Okoye/ }).click();
    await page.getByLabel('The problem as they first stated it — in their words').fill(firstStated);
    await screenshot(page, 'needs-desktop-new');
    await page.getByRole('button', { name: 'Save the need' }).click();

    await page.getByRole('heading', { name: 'Faster month-end close', level: 1 }).waitFor();
    needUrl = new URL(page.url()).pathname;
    await page.getByText('Not yet confirmed by the client').waitFor();
    await page.getByText('As first stated').waitFor();

    // First refinement.
    await page.getByRole('button', { name: 'Refine the statement' }).click();
    await page.getByLabel('The problem statement').fill(working);
    await page.getByLabel('Why did it change?').fill('The system was a symptom: the board does not trust the numbers.');
    await page.getByRole('button', { name: 'Save the new version' }).click();
    await page.getByRole('button', { name: 'Refine the statement' }).waitFor();
    await page.locator('.statement-current').getByText(working).waitFor();

    // Second refinement, while a colleague saves one first: their version is shown and the draft kept.
    await page.getByRole('button', { name: 'Refine the statement' }).click();
    await page.getByLabel('The problem statement').fill(jointly);
    await page.getByLabel('Jointly defined').check();
    await page.getByLabel('Why did it change?').fill('Agreed with Sandra: five working days is the goal.');
    const needId = needUrl.split('/').pop()!;
    await firm.post(`/api/v1/needs/${needId}/problem-statements`, {
      text: 'The board does not trust the monthly numbers.',
      origin: 'working',
      basedOnVersion: 2,
    });
    await page.getByRole('button', { name: 'Save the new version' }).click();
    await page.getByRole('heading', { name: 'Someone refined the statement while you were writing' }).waitFor();
    await page.getByText('Version 3 by Ada Hartley now reads as follows').waitFor();
    expect(await page.getByLabel('The problem statement').inputValue()).toBe(jointly);
    await screenshot(page, 'needs-desktop-stale-refinement');
    await page.getByRole('button', { name: 'Save the new version' }).click();
    await page.getByRole('button', { name: 'Refine the statement' }).waitFor();
    await page.locator('.statement-current').getByText(jointly).waitFor();
    await page.getByText('Version 4, written by Ada Hartley').waitFor();

    // The client confirms the latest version.
    await page.getByRole('button', { name: 'The client confirmed it' }).click();
    await page.getByLabel('How', { exact: true }).selectOption('in_person');
    await page.getByRole('button', { name: 'Record the confirmation' }).click();
    await page.getByText(/^Confirmed by Sandra Okoye in person on \d+ \w+/).first().waitFor();

    // How it evolved: newest first, with reasons and word diffs.
    const history = page.getByRole('region', { name: 'How the statement evolved' });
    await history.getByRole('heading', { name: 'Version 4 · Jointly defined' }).waitFor();
    await history.getByText('Agreed with Sandra: five working days is the goal.').waitFor();
    expect(await history.locator('.statement-history-item').count()).toBe(3);
    await history.getByRole('button', { name: 'Show the first version' }).click();
    await history.getByRole('heading', { name: 'Version 1 · As first stated' }).waitFor();
    expect(await history.locator('.statement-history-item').count()).toBe(4);
    expect(await history.locator('.statement-history-item').first().locator('ins').count()).toBeGreaterThan(0);
    expect(await history.locator('.statement-history-item').first().locator('del').count()).toBeGreaterThan(0);
    expect(await history.locator('ins .sr-only').first().textContent()).toBe('added: ');
    await screenshot(page, 'needs-desktop-statement-history');
    expect(t.problems).toEqual([]);
  }, 90_000);

  it('lays out the client’s journey from the template, adapts it, and shows when it falls behind', async () => {
    const { page } = t;
    const journey = page.getByRole('region', { name: 'The client’s decision journey' });
    await journey.getByRole('button', { name: 'Start from a template' }).click();
    await journey.getByLabel('Step 1', { exact: true }).waitFor();
    const rows = journey.locator('.template-row');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(5);
    await journey.getByLabel('Step 1', { exact: true }).fill('Sandra and Ada agree what the problem really is');
    await journey.getByRole('button', { name: /^Remove step 2:/ }).click();
    await screenshot(page, 'needs-desktop-template');
    await journey.getByRole('button', { name: `Add these ${count - 1} steps to the journey` }).click();

    const steps = journey.locator('.journey-step');
    await journey.getByRole('heading', { name: 'Sandra and Ada agree what the problem really is' }).waitFor();
    expect(await steps.count()).toBe(count - 1);

    // Quick Done, and Move up from the keyboard's point of view (focus stays on the step).
    await journey.getByRole('group', { name: 'Actions for “Sandra and Ada agree what the problem really is”' }).getByRole('button', { name: 'Done' }).click();
    await journey.locator('.journey-step.status-done').first().waitFor();
    const third = (await steps.nth(2).locator('.step-title').textContent())!;
    await journey.getByRole('button', { name: `Move “${third}” up` }).click();
    await expect.poll(async () => steps.nth(1).locator('.step-title').textContent()).toBe(third);
    await expect.poll(async () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Move “.*” (up|down)$/);

    // The client's date for the second step was three days ago: the journey is at risk, and says why.
    await journey.getByRole('group', { name: `Actions for “${third}”` }).getByRole('button', { name: 'Edit' }).click();
    await journey.getByLabel('The client’s date').fill(addDays(localDay(new Date()), -3));
    await journey.getByRole('button', { name: 'Save the step' }).click();
    await journey.getByText('3 days past the client’s date').first().waitFor();
    await page.getByRole('main').locator('.need-health').getByText('At risk').waitFor();
    await page.getByText(`“${third}” is 3 days past the client’s date`).first().waitFor();
    await screenshot(page, 'needs-desktop-journey');
    expect(t.problems).toEqual([]);
  }, 90_000);

  it('closes the need with an honest outcome and lists it among the closed', async () => {
    const { page } = t;
    const outcome = page.getByRole('region', { name: 'Outcome' });
    await outcome.getByRole('button', { name: 'Record the outcome' }).click();
    await outcome.getByLabel('Advised not to buy').check();
    await outcome.getByLabel('Why').fill('Their current system can do it; they need a better close calendar, not software.');
    await outcome.getByLabel('What we learned (optional)').fill('Ask about the close calendar in the first meeting.');
    await outcome.getByRole('button', { name: 'Record the outcome' }).click();
    await outcome.getByRole('button', { name: 'Reopen' }).waitFor();
    await outcome.getByText('Help given', { exact: true }).waitFor();
    // Closed: the journey and statement are read-only.
    expect(await page.getByRole('button', { name: 'Refine the statement' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Move / }).count()).toBe(0);
    await screenshot(page, 'needs-desktop-need-closed');

    await page.getByRole('link', { name: '← Needs' }).click();
    await page.getByRole('heading', { name: 'No open needs' }).waitFor();
    await page.getByRole('link', { name: 'Closed' }).click();
    await page.getByRole('link', { name: 'Faster month-end close' }).waitFor();
    expect(await page.getByRole('link', { name: 'Closed' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('link', { name: 'Open', exact: true }).getAttribute('aria-current')).toBeNull();
    await page.getByText('Confirmed', { exact: true }).waitFor();
    await screenshot(page, 'needs-desktop-list-closed');
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('works at phone width without sideways scrolling', async () => {
    const { page } = t;
    await page.setViewportSize(phone);
    const needId = needUrl.split('/').pop()!;
    await firm.post(`/api/v1/needs/${needId}/reopen`, {});
    await page.goto(needUrl);
    await page.getByRole('heading', { name: 'Faster month-end close', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'The client’s decision journey' }).getByRole('button', { name: 'Add a step' }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'needs-phone-need');

    await page.getByRole('region', { name: 'Outcome' }).getByRole('button', { name: 'Record the outcome' }).click();
    await page.getByLabel('Deferred').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'needs-phone-outcome-form');

    await page.goto('/needs');
    await page.getByRole('link', { name: 'Faster month-end close' }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'needs-phone-list');

    await page.goto('/needs/new');
    await page.getByRole('heading', { name: 'New need', level: 1 }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'needs-phone-new');
    expect(t.problems).toEqual([]);
  }, 60_000);
});
