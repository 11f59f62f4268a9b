/**
 * Yellowpad on a phone (375×740): the menu folds away, nothing scrolls sideways, and editing a person
 * and logging a conversation work with a thumb.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness } from './harness.ts';

describe.skipIf(!hasChromium)('on a phone', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('edits a person and logs a conversation at 375px with no horizontal scroll', async () => {
    const { page, context, problems } = await harness.newPage(phone);
    const noSidewaysScroll = async () => expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);

    await page.goto('/signup');
    await page.getByRole('heading', { name: 'Create your firm', level: 1 }).waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-signup');

    const firm = await signUpViaApi(context);
    const org = await firm.post('/api/v1/organizations', { name: 'Greenfield Veterinary Partners', industry: 'Veterinary practices' });
    const person = await firm.post('/api/v1/people', {
      fullName: 'Dr. Priya Raghunathan-Ellingsworth',
      emails: ['priya.raghunathan-ellingsworth@greenfield-veterinary-partners.test'],
      phones: ['+44 161 496 0012'],
      affiliations: [{ organizationId: org.id, title: 'Managing partner' }],
    });
    await firm.post('/api/v1/conversations', {
      occurredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      channel: 'meal',
      personIds: [person.id],
      summary: 'Lunch after the partners’ meeting.',
      notes: { inTheirWords: 'If we open the third clinic without fixing payroll first, I will be doing payslips at midnight.', goals: 'Open a third clinic next spring.' },
    });

    await page.goto('/');
    await page.getByRole('heading', { name: 'Recent conversations' }).waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-home');

    // The navigation hides behind "Menu".
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.waitFor();
    await screenshot(page, 'phone-menu-open');
    await nav.getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    expect(await nav.isVisible()).toBe(false);
    await noSidewaysScroll();
    await screenshot(page, 'phone-people');

    await page.getByRole('link', { name: /Priya/ }).click();
    await page.getByRole('heading', { name: person.fullName, level: 1 }).waitFor();
    await page.getByText('payslips at midnight').waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-person-page');

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: `Edit ${person.fullName}`, level: 1 }).waitFor();
    await noSidewaysScroll();
    await page.getByRole('button', { name: 'Add another phone' }).click();
    await page.getByLabel('Phone 2', { exact: true }).fill('+44 7700 900123');
    await page.getByLabel('Title at Greenfield Veterinary Partners').fill('Senior partner');
    await page.getByLabel('Email', { exact: true }).fill('not an email');
    await page.getByRole('button', { name: 'Save changes' }).click();

    // The server's refusal is shown at the top and next to the field.
    await page.getByRole('alert').getByText('This could not be saved').waitFor();
    const email = page.getByLabel('Email', { exact: true });
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toContain('person-emails-0-error');
    await noSidewaysScroll();
    await screenshot(page, 'phone-edit-person-error');

    await email.fill('priya@greenfield-vets.test');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: person.fullName, level: 1 }).waitFor();
    await page.getByRole('link', { name: '+44 7700 900123' }).waitFor();
    await page.getByText('Senior partner, Greenfield Veterinary Partners').waitFor();
    await noSidewaysScroll();

    await page.getByRole('main').getByRole('link', { name: 'Log a conversation' }).first().click();
    await page.getByRole('heading', { name: 'Log a conversation', level: 1 }).waitFor();
    await page.getByLabel('Video call').check();
    await page.getByLabel('In their words').fill('Payroll first. Then the clinic.');
    await noSidewaysScroll();
    await screenshot(page, 'phone-log-conversation');
    await page.getByRole('button', { name: 'Save conversation' }).click();
    await page.getByRole('region', { name: 'Close the loop' }).waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-close-out');
    await page.getByRole('link', { name: `← ${person.fullName}` }).click();
    await page.getByRole('region', { name: 'Conversations' }).getByText('Payroll first. Then the clinic.').waitFor();
    await noSidewaysScroll();
    expect(problems).toEqual([]);
  }, 60_000);
});
