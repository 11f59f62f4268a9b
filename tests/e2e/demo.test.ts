/**
 * "Explore the demo firm": one click from the sign-up page builds a believable practice and logs in,
 * with progress shown while it is set up. Also screenshots the main screens full of realistic data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, phone, screenshot, scrollWidth, startHarness, type Harness } from './harness.ts';

describe.skipIf(!hasChromium)('the demo firm', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('sets up the demo firm from the sign-up page and shows its clients', async () => {
    const { page, problems } = await harness.newPage(desktop);
    await page.goto('/signup');
    await page.getByRole('button', { name: 'Explore the demo firm' }).click();
    await page.getByRole('status').getByText('Setting up the demo firm…').waitFor();
    await screenshot(page, 'desktop-demo-progress');
    await page.getByRole('heading', { name: 'Recent conversations' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'desktop-demo-home');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await page.getByRole('status').getByText(/\d+ people/).waitFor();
    await screenshot(page, 'desktop-demo-people');

    // The person with the longest history makes the fullest page.
    await page.locator('.record-list a').first().click();
    await page.getByRole('region', { name: 'Conversations' }).locator('article').first().waitFor();
    await screenshot(page, 'desktop-demo-person');

    await page.getByRole('region', { name: 'Conversations' }).locator('article h3 a').first().click();
    await page.getByRole('heading', { name: 'What they told us' }).waitFor();
    await screenshot(page, 'desktop-demo-conversation');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('status').getByText(/\d+ organisations?/).waitFor();
    await screenshot(page, 'desktop-demo-organizations');
    await page.locator('.record-list a').first().click();
    await page.getByRole('heading', { name: /People/ }).waitFor();
    await screenshot(page, 'desktop-demo-organization');

    // The same data on a phone: nothing scrolls sideways.
    await page.setViewportSize(phone);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Recent conversations' }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.locator('.record-list a').first().click();
    await page.getByRole('region', { name: 'Conversations' }).locator('article').first().waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'phone-demo-person');
    expect(problems).toEqual([]);
  }, 60_000);
});
