/**
 * A person's own details in the browser: title, birthday (day, month, optional year) and two postal
 * addresses typed into the form, an impossible date refused next to the field, then shown readably on the
 * person's page; at phone width the year is cleared ("year not known") and an address removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness } from './harness.ts';
import type { Page } from 'playwright-core';

const details = (page: Page) => page.locator('dl.details');

describe.skipIf(!hasChromium)('a person’s title, birthday and addresses', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('adds them with a new person and shows them on the person’s page', async () => {
    const { page, context, problems } = await harness.newPage(desktop);
    await signUpViaApi(context);

    await page.goto('/people/new');
    await page.getByRole('heading', { name: 'Add a person', level: 1 }).waitFor();
    await page.getByLabel('Full name').fill('Maya Okafor');
    await page.getByLabel('Title or role').fill('Finance director');
    const birthday = page.getByRole('group', { name: 'Birthday' });
    await birthday.getByLabel('Day').fill('30');
    await birthday.getByLabel('Month').selectOption({ label: 'February' });
    await birthday.getByLabel('Year').fill('1980');

    await page.getByRole('button', { name: 'Add an address' }).click();
    const first = page.getByRole('group', { name: 'Address 1', exact: true });
    expect(await first.getByLabel('Label').evaluate((el) => el === document.activeElement)).toBe(true);
    await first.getByLabel('Label').fill('Home');
    await first.getByLabel('Street').fill('Flat 3\n12 Orchard Lane');
    await first.getByLabel('Town or city').fill('Bristol');
    await first.getByLabel('Postcode').fill('BS1 4DJ');
    await first.getByLabel('Country').fill('United Kingdom');
    await page.getByRole('button', { name: 'Add another address' }).click();
    const second = page.getByRole('group', { name: 'Address 2', exact: true });
    await second.getByLabel('Label').fill('Work');
    await second.getByLabel('Street').fill('1 Wellington Place');
    await second.getByLabel('Town or city').fill('Leeds');
    await second.getByLabel('County or region').fill('West Yorkshire');
    await second.getByLabel('Postcode').fill('LS1 4AP');
    await screenshot(page, 'desktop-person-details-form');

    // 30 February does not exist: the summary and the field say how to write a real date.
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('alert').filter({ hasText: 'This could not be saved' }).getByRole('link', { name: /^Birthday: must be a real date/i }).waitFor();
    await birthday.getByText('Must be a real date').waitFor();
    expect(await birthday.getByLabel('Day').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'desktop-person-details-error');

    await birthday.getByLabel('Day').fill('14');
    await birthday.getByLabel('Month').selectOption({ label: 'March' });
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { name: 'Maya Okafor', level: 1 }).waitFor();
    await details(page).getByText('Finance director').waitFor();
    await details(page).getByText('14 March 1980').waitFor();
    const addresses = details(page).locator('address');
    expect(await addresses.allInnerTexts()).toEqual([
      'Home\nFlat 3\n12 Orchard Lane\nBristol\nBS1 4DJ\nUnited Kingdom',
      'Work\n1 Wellington Place\nLeeds\nWest Yorkshire\nLS1 4AP',
    ]);
    await screenshot(page, 'desktop-person-details-page');
    expect(problems).toEqual([]);
  }, 60_000);

  it('edits them at phone width: the year cleared, an address removed', async () => {
    const { page, context, problems } = await harness.newPage(phone);
    const firm = await signUpViaApi(context);
    const person = await firm.post('/api/v1/people', {
      fullName: 'Priya Raghunathan',
      title: 'Managing partner',
      birthday: '1975-02-28',
      addresses: [
        { label: 'Clinic', street: '4 Mill Road', city: 'Cambridge', postalCode: 'CB1 2AD' },
        { label: 'Home', city: 'Ely' },
      ],
    });

    await page.goto(`/people/${person.id}`);
    await details(page).getByText('28 February 1975').waitFor();
    await screenshot(page, 'phone-person-details-page-before');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);

    await page.goto(`/people/${person.id}/edit`);
    const birthday = page.getByRole('group', { name: 'Birthday' });
    expect(await birthday.getByLabel('Day').inputValue()).toBe('28');
    expect(await birthday.getByLabel('Year').inputValue()).toBe('1975');
    await birthday.getByLabel('Day').fill('29');
    await birthday.getByLabel('Year').fill('');
    expect(await page.getByRole('group', { name: 'Address 2', exact: true }).getByLabel('Town or city').inputValue()).toBe('Ely');
    await screenshot(page, 'phone-person-details-form');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await page.getByRole('button', { name: 'Remove address 1' }).click();
    await page.getByLabel('Title or role').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await page.getByRole('heading', { name: 'Priya Raghunathan', level: 1 }).waitFor();
    await details(page).getByText('29 February', { exact: true }).waitFor();
    expect(await details(page).locator('address').allInnerTexts()).toEqual(['Home\nEly']);
    expect(await details(page).getByText('Title or role').count()).toBe(0);
    await screenshot(page, 'phone-person-details-page');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    expect(problems).toEqual([]);
  }, 60_000);
});
