/**
 * Importing contacts in the browser: upload a Google Contacts CSV, see the detected format and the column
 * mapping, change a column and watch the sample follow, import it in the background to its report, find
 * the person on the People page; then import the same file again and see nothing created twice. Also: an
 * empty file is refused with a message, and a reload keeps the report (the job id is in the address). On
 * PostgreSQL, a big file shows its progress and can be cancelled while it runs (on the in-process PGlite a
 * big import keeps this test process busy, so the browser could not be driven meanwhile).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness, type TestPage } from './harness.ts';

const googleCsv = join(import.meta.dirname, '../fixtures/formats/own__google-current.csv');

/** The number shown under a figure of the report, e.g. "People created". */
async function figure(page: Page, label: string): Promise<string> {
  const item = page.locator('.import-figures > div').filter({ has: page.getByText(label, { exact: true }) });
  return (await item.locator('.import-figure').textContent()) ?? '';
}

async function atPhoneWidth(page: Page, name: string) {
  await page.setViewportSize(phone);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
  await screenshot(page, name);
  await page.setViewportSize(desktop);
}

describe.skipIf(!hasChromium)('importing contacts', () => {
  let harness: Harness;
  let t: TestPage;

  beforeAll(async () => {
    harness = await startHarness();
    t = await harness.newPage(desktop);
    await signUpViaApi(t.context);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('previews a Google Contacts CSV, follows a changed mapping, imports it and reports what it did', async () => {
    const { page } = t;
    await page.goto('/people');
    await page.getByRole('main').getByRole('link', { name: 'Import contacts' }).click();
    await page.getByRole('heading', { name: 'Import contacts', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Recent imports' }).waitFor();
    await page.getByText('No imports yet.').waitFor();

    // An empty file is refused, with what to do.
    await page.getByLabel('Contacts file').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await page.getByRole('alert').getByText('The file is empty: choose the file your other tool exported.').waitFor();

    await page.getByLabel('Contacts file').setInputFiles(googleCsv);
    await page.getByRole('heading', { name: 'Check the preview' }).waitFor();
    expect(new URL(page.url()).searchParams.get('job')).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByText('Google Contacts CSV (UTF-8, comma-separated)').waitFor();
    await page.getByRole('status').getByText('2 contacts found').waitFor();
    expect(await page.getByLabel('Organization Title').inputValue()).toBe('title');
    expect(await page.getByLabel('E-mail 1 - Value').inputValue()).toBe('email');
    const sample = page.getByRole('region', { name: /as they will be imported/ });
    await sample.getByText('Ada M. Lovelace').waitFor();
    await sample.getByText('Chief Scientist, Analytical Engines Ltd').waitFor();
    await sample.getByText('26 December').waitFor();

    // Read as vCard instead: nothing readable; back to the detected format.
    await page.getByLabel('Read as').selectOption({ label: 'vCard (contact cards)' });
    await page.getByText('We read this as: vCard contact cards', { exact: false }).waitFor();
    await page.getByRole('heading', { name: 'Nothing to import yet' }).waitFor();
    expect(await page.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
    await page.getByLabel('Read as').selectOption({ label: 'As detected' });
    await page.getByText('Google Contacts CSV (UTF-8, comma-separated)').waitFor();

    // Leave the job title out: the sample follows after a pause; then put it back.
    await page.getByLabel('Organization Title').selectOption({ label: 'Don’t import' });
    await sample.getByText('Chief Scientist').waitFor({ state: 'detached' });
    await sample.getByText('Analytical Engines Ltd', { exact: true }).waitFor();
    await page.getByLabel('Organization Title').selectOption({ label: 'Job title' });
    await sample.getByText('Chief Scientist, Analytical Engines Ltd').waitFor();
    await page.getByRole('status').getByText('2 contacts found').waitFor();
    await screenshot(page, 'desktop-import-preview');
    await atPhoneWidth(page, 'phone-import-preview');

    await page.getByRole('button', { name: 'Import 2 contacts' }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 20_000 });
    expect(await figure(page, 'People created')).toBe('2');
    expect(await figure(page, 'Organisations created')).toBe('2');
    expect(await figure(page, 'Row errors')).toBe('0');
    await screenshot(page, 'desktop-import-report');
    await atPhoneWidth(page, 'phone-import-report');

    // A reload finds the report again.
    await page.reload();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();

    await page.getByRole('link', { name: 'See people' }).click();
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await page.getByRole('link', { name: /Ada M\. Lovelace/ }).waitFor();
    await page.getByRole('link', { name: /Charles Babbage/ }).waitFor();
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('imports the same file again without creating anyone twice', async () => {
    const { page } = t;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('link', { name: 'Import contacts' }).click();
    await page.getByRole('heading', { name: 'Import contacts', level: 1 }).waitFor();
    const recent = page.getByRole('region', { name: 'Recent imports' });
    await recent.getByRole('link', { name: /own__google-current\.csv.*Done/ }).waitFor();
    await screenshot(page, 'desktop-import-start');

    await page.getByLabel('Contacts file').setInputFiles(googleCsv);
    await page.getByRole('button', { name: 'Import 2 contacts' }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 20_000 });
    expect(await figure(page, 'People created')).toBe('0');
    expect(await figure(page, 'Organisations created')).toBe('0');
    expect(await figure(page, 'Skipped')).toBe('2');

    await page.getByRole('link', { name: 'See people' }).click();
    await page.getByRole('link', { name: /Ada M\. Lovelace/ }).waitFor();
    expect(await page.getByRole('link', { name: /Ada M\. Lovelace/ }).count()).toBe(1);
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('shows a big import’s progress and cancels it while it runs', async () => {
    const { page } = t;
    const rows = ['Name,Email,Company,Title'];
    for (let i = 0; i < 100_000; i++) rows.push(`Person ${i},person${i}@big.test,Company ${i % 400},Partner`);
    await page.goto('/import');
    await page.getByLabel('Contacts file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await page.getByText('CSV with its own column names (UTF-8, comma-separated)').waitFor();
    await page.getByRole('status').getByText('20,000 contacts found in the first 20,000 rows.').waitFor();
    await page.getByRole('button', { name: 'Import all contacts' }).click();

    await page.getByRole('heading', { name: 'Importing…' }).waitFor({ timeout: 20_000 });
    await page.getByText(/^[\d,]+ rows imported$/).waitFor();
    expect(Number(await page.getByRole('progressbar').getAttribute('value'))).toBeGreaterThan(0);
    await screenshot(page, 'desktop-import-progress');
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await page.getByRole('heading', { name: 'Import cancelled' }).waitFor({ timeout: 20_000 });
    await page.getByText(/^Cancelled after [\d,]+ rows: those stay imported\./).waitFor();

    await page.getByRole('link', { name: 'Import another file' }).click();
    await page.getByRole('region', { name: 'Recent imports' }).getByRole('link', { name: /big\.csv.*Cancelled/ }).waitFor();
    expect(t.problems).toEqual([]);
  }, 90_000);
});
