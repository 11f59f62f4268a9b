/**
 * Correcting what was recorded, in the browser: a referral opened from the list, edited (a colleague's
 * change in between is caught, reloaded and redone; a missing provider is explained), then deleted; a
 * follow-up edited in place (a generic wording refused with suggestions, a colleague's change reloaded);
 * an incident's details corrected (a future report time refused). At desktop and phone width.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness } from './harness.ts';

type Firm = Awaited<ReturnType<typeof signUpViaApi>>;

/** A colleague's edit, straight through the API (same firm, so the record's version moves on). */
async function patch(context: BrowserContext, firm: Firm, url: string, data: object) {
  const res = await context.request.patch(url, { data, headers: { 'x-csrf-token': firm.session.csrfToken } });
  if (!res.ok()) throw new Error(`PATCH ${url} failed: ${res.status()} ${await res.text()}`);
}

/** The browser's own calendar day, offset by `days`, as a date input takes it. */
async function browserDay(page: Page, days = 0): Promise<string> {
  return page.evaluate((offset) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

/** A moment `hours` from now as a datetime-local input takes it, in the browser's zone. */
async function browserMoment(page: Page, hours: number): Promise<string> {
  return page.evaluate((offset) => {
    const d = new Date(Date.now() + offset * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, hours);
}

/** A client, a provider, two referrals (out and in), a follow-up from a conversation, and an incident. */
async function seed(firm: Firm) {
  const org = await firm.post('/api/v1/organizations', { name: 'Greenfield Veterinary Partners' });
  const priya = await firm.post('/api/v1/people', { fullName: 'Priya Raghunathan', affiliations: [{ organizationId: org.id, title: 'Managing partner' }] });
  const provider = await firm.post('/api/v1/providers', { name: 'Fenwick Payroll', kind: 'firm', goodAt: 'Payroll for multi-site practices' });
  const out = await firm.post('/api/v1/referrals', { direction: 'out', providerId: provider.id, personId: priya.id, reason: 'They run payroll for twelve vet groups' });
  const referredIn = await firm.post('/api/v1/referrals', { direction: 'in', referredByName: 'Helen at Barclays', organizationId: org.id, reason: 'Helen heard they were opening a third clinic' });
  const conversation = await firm.post('/api/v1/conversations', {
    occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
    channel: 'meal',
    personIds: [priya.id],
    notes: { goals: 'Open a third clinic next spring.' },
  });
  const followUp = await firm.post('/api/v1/follow-ups', {
    content: 'Send the multi-site payroll checklist',
    personId: priya.id,
    conversationId: conversation.id,
  });
  const incident = await firm.post('/api/v1/incidents', {
    title: 'Wrong VAT figure in the Q4 report',
    whatHappened: 'The VAT return draft showed last year’s figure.',
    reportedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    personId: priya.id,
  });
  return { org, priya, provider, out, referredIn, followUp, incident };
}

describe.skipIf(!hasChromium)('editing referrals, follow-ups and incidents', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('edits and deletes a referral, catching a colleague’s change in between', async () => {
    const { page, context, problems } = await harness.newPage(desktop);
    const firm = await signUpViaApi(context);
    const { out, referredIn } = await seed(firm);

    // From the list to the referral.
    await page.goto('/referrals');
    await page.getByRole('link', { name: 'They run payroll for twelve vet groups' }).click();
    await page.getByRole('heading', { name: 'Priya Raghunathan referred to Fenwick Payroll', level: 1 }).waitFor();
    await page.getByText('Help given').first().waitFor();
    await screenshot(page, 'desktop-referral');

    // Edit it; meanwhile a colleague changes the reason. Ours is refused, nothing of theirs is lost.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit this referral', level: 1 }).waitFor();
    expect(await page.getByLabel('Why they fit better').inputValue()).toBe('They run payroll for twelve vet groups');
    await patch(context, firm, `/api/v1/referrals/${out.id}`, { version: out.version, reason: 'Payroll specialists for vet groups (Tom’s note)' });
    await page.getByLabel('Why they fit better').fill('Twelve vet groups on their books; we do not run payroll');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this referral' });
    await conflict.waitFor();
    await screenshot(page, 'desktop-referral-conflict');
    await conflict.getByRole('button', { name: 'Reload the latest version' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Why they fit better').inputValue()).toBe('Payroll specialists for vet groups (Tom’s note)');

    // Without a provider it cannot be saved: the summary and the field say what to do.
    await page.getByRole('button', { name: 'Remove Fenwick Payroll' }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'This could not be saved' });
    await summary.getByRole('link', { name: /Provider: choose the provider you referred them to/i }).waitFor();
    await screenshot(page, 'desktop-referral-edit-error');
    await page.getByLabel('Referred to').fill('Fenwick');
    await page.getByRole('option', { name: /Fenwick Payroll/ }).click();
    await page.getByLabel('Why they fit better').fill('Twelve vet groups on their books; we do not run payroll');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Priya Raghunathan referred to Fenwick Payroll', level: 1 }).waitFor();
    await page.getByText('Twelve vet groups on their books; we do not run payroll').waitFor();

    // Delete it, after a second, explicit yes.
    await page.getByRole('button', { name: 'Delete this referral' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByRole('heading', { name: 'Referrals', level: 1 }).waitFor();
    await page.getByText('Twelve vet groups on their books').waitFor({ state: 'detached' });

    // A referral in names who referred the client.
    await page.goto(`/referrals/${referredIn.id}`);
    await page.getByRole('heading', { name: 'Greenfield Veterinary Partners, referred to us by Helen at Barclays', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'How it came about' }).getByText('Helen heard they were opening a third clinic').waitFor();
    expect(problems).toEqual([]);
  }, 90_000);

  it('edits a follow-up in place: a generic wording is refused with suggestions, a colleague’s change is reloaded', async () => {
    const { page, context, problems } = await harness.newPage(desktop);
    const firm = await signUpViaApi(context);
    const { followUp } = await seed(firm);

    await page.goto('/follow-ups');
    await page.getByRole('button', { name: 'Edit: Send the multi-site payroll checklist' }).click();
    const panel = page.getByRole('form', { name: 'Edit the follow-up: Send the multi-site payroll checklist' });
    const content = panel.getByLabel('What exactly will you bring?');
    expect(await content.evaluate((el) => el === document.activeElement)).toBe(true);
    await content.fill('Just checking in');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    const refusal = panel.getByRole('alert').filter({ hasText: 'Say what exactly you will bring' });
    await refusal.waitFor();
    await screenshot(page, 'desktop-follow-up-edit-refused');
    const suggestion = 'Send a one-page note on how others reached “Open a third clinic next spring”';
    await refusal.getByRole('button', { name: suggestion }).click();
    expect(await content.inputValue()).toBe(suggestion);
    await panel.getByLabel('Due').fill(await browserDay(page, 10));
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByText(suggestion).waitFor();
    await page.getByText('Due in 10 days').waitFor();

    // A colleague moves it while we edit: we are told, and start again from theirs.
    await page.getByRole('button', { name: `Edit: ${suggestion}` }).click();
    const again = page.getByRole('form', { name: `Edit the follow-up: ${suggestion}` });
    await patch(context, firm, `/api/v1/follow-ups/${followUp.id}`, { version: followUp.version + 1, content: 'Send the third-clinic payroll timeline' });
    await again.getByLabel('What exactly will you bring?').fill('Send the payroll calendar for the new clinic');
    await again.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this follow-up' });
    await conflict.waitFor();
    await screenshot(page, 'desktop-follow-up-edit-conflict');
    await conflict.getByRole('button', { name: 'Reload the latest version' }).click();
    const reloaded = page.getByRole('form', { name: 'Edit the follow-up: Send the third-clinic payroll timeline' });
    expect(await reloaded.getByLabel('What exactly will you bring?').inputValue()).toBe('Send the third-clinic payroll timeline');
    await reloaded.getByRole('button', { name: 'Keep as it is' }).click();
    await page.getByRole('button', { name: 'Edit: Send the third-clinic payroll timeline' }).waitFor();
    expect(problems).toEqual([]);
  }, 90_000);

  it('corrects an incident’s details; a report time in the future is refused', async () => {
    const { page, context, problems } = await harness.newPage(desktop);
    const firm = await signUpViaApi(context);
    const { incident } = await seed(firm);

    await page.goto(`/incidents/${incident.id}`);
    await page.getByRole('heading', { name: 'Wrong VAT figure in the Q4 report', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Edit the details' });
    expect(await form.getByLabel('Title').evaluate((el) => el === document.activeElement)).toBe(true);
    await form.getByLabel('Title').fill('Last year’s VAT figure in the Q4 draft');
    await form.getByLabel('What happened').fill('The Q4 VAT return draft we sent carried last year’s figure.');
    await form.getByLabel('Reported to us at').fill(await browserMoment(page, 3));
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByRole('alert').getByRole('link', { name: /Reported to us at: must not be in the future/i }).waitFor();
    await screenshot(page, 'desktop-incident-edit-error');

    await form.getByLabel('Reported to us at').fill(await browserMoment(page, -5));
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Last year’s VAT figure in the Q4 draft', level: 1 }).waitFor();
    await page.getByText('The Q4 VAT return draft we sent carried last year’s figure.').waitFor();
    await page.getByText('Reported 5 hours ago').waitFor();
    await screenshot(page, 'desktop-incident-edited');

    // A colleague's edit in between is not overwritten.
    await page.getByRole('button', { name: 'Edit details' }).click();
    await patch(context, firm, `/api/v1/incidents/${incident.id}`, { version: incident.version + 1, title: 'Wrong VAT figure (Q4 draft)' });
    await form.getByLabel('Title').fill('Something else');
    await form.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this incident' });
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Reload the latest version' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await form.getByLabel('Title').inputValue()).toBe('Wrong VAT figure (Q4 draft)');
    expect(problems).toEqual([]);
  }, 90_000);

  it('works at 375px wide with no sideways scrolling', async () => {
    const { page, context, problems } = await harness.newPage(phone);
    const noSidewaysScroll = async () => expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    const firm = await signUpViaApi(context);
    const { out, incident } = await seed(firm);

    await page.goto(`/referrals/${out.id}`);
    await page.getByRole('heading', { name: 'Priya Raghunathan referred to Fenwick Payroll', level: 1 }).waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-referral');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit this referral', level: 1 }).waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-referral-edit');

    await page.goto('/follow-ups');
    await page.getByRole('button', { name: 'Edit: Send the multi-site payroll checklist' }).click();
    const panel = page.getByRole('form', { name: /^Edit the follow-up/ });
    await panel.getByLabel('What exactly will you bring?').fill('following up');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.getByRole('alert').getByRole('heading', { name: 'Say what exactly you will bring' }).waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-follow-up-edit');

    await page.goto(`/incidents/${incident.id}`);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByRole('form', { name: 'Edit the details' }).waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-incident-edit');
    expect(problems).toEqual([]);
  }, 90_000);
});
