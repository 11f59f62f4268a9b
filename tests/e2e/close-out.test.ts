/**
 * Helping the client, in the browser: after a conversation, close the loop — a generic follow-up is refused
 * with suggestions from the notes, a specific one is saved; another conversation is closed out by suggesting
 * a provider who fits better; a gift is given and its response recorded; the follow-ups list is worked
 * through (done, snooze, cancel). At desktop and phone width.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness } from './harness.ts';

/** The browser's own calendar day, offset by `days` (the page groups follow-ups by it). */
async function browserDay(page: Page, days = 0): Promise<string> {
  return page.evaluate((offset) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

describe.skipIf(!hasChromium)('closing the loop after a conversation', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('refuses a generic follow-up, saves a specific one, suggests an alternative, gives a gift and works the follow-ups', async () => {
    const { page, context, problems } = await harness.newPage(desktop);
    const firm = await signUpViaApi(context);
    const org = await firm.post('/api/v1/organizations', { name: 'Greenfield Veterinary Partners' });
    const priya = await firm.post('/api/v1/people', { fullName: 'Priya Raghunathan', affiliations: [{ organizationId: org.id, title: 'Managing partner' }] });
    const tom = await firm.post('/api/v1/people', { fullName: 'Tom Ellery' });

    // Log a conversation: saving it leads to its page, where the close-out panel waits.
    await page.goto('/conversations/new');
    await page.getByRole('heading', { name: 'Log a conversation', level: 1 }).waitFor();
    await page.getByLabel('People from their side').fill('Priya');
    await page.getByRole('option', { name: /Priya Raghunathan/ }).click();
    await page.getByLabel('Meal').check();
    await page.getByLabel('In their words').fill('If we open the third clinic without fixing payroll first, I will be doing payslips at midnight.');
    await page.getByLabel('Goals', { exact: true }).fill('Open a third clinic next spring.');
    await page.getByLabel('Challenges').fill('Payroll takes the partners two evenings a month.');
    await page.getByRole('button', { name: 'Save conversation' }).click();
    const panel = page.getByRole('region', { name: 'Close the loop' });
    await panel.waitFor();
    expect(await panel.getByLabel('Due').inputValue()).toBe(await browserDay(page, 14));

    // "Just checking in" is refused, with why and what to write instead.
    await panel.getByLabel('What exactly will you bring?').fill('Just checking in!');
    await panel.getByRole('button', { name: 'Close the loop' }).click();
    const refusal = panel.getByRole('alert').filter({ hasText: 'Say what exactly you will bring' });
    await refusal.waitFor();
    await refusal.getByText('“just checking in” asks for their time and gives nothing').waitFor();
    await screenshot(page, 'desktop-close-out-refused');
    const suggestion = 'Send a one-page note on how others reached “Open a third clinic next spring”';
    await refusal.getByRole('button', { name: suggestion }).click();
    expect(await panel.getByLabel('What exactly will you bring?').inputValue()).toBe(suggestion);
    await panel.getByRole('button', { name: 'Close the loop' }).click();
    const closed = page.getByRole('region', { name: 'Loop closed' });
    await closed.getByText(suggestion).waitFor();
    await screenshot(page, 'desktop-close-out-done');

    // Another conversation: we cannot help, so suggest someone who fits better (added on the spot).
    const second = await firm.post('/api/v1/conversations', {
      occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
      channel: 'call',
      personIds: [tom.id],
      notes: { situation: 'Needs a payroll bureau for 40 staff across three sites.' },
    });
    await page.goto(`/conversations/${second.id}#close-out`);
    const secondPanel = page.getByRole('region', { name: 'Close the loop' });
    await secondPanel.getByText('If we can’t help: suggest an alternative').click();
    await secondPanel.getByLabel('Who fits better?').fill('Fenwick Payroll');
    await page.getByRole('option', { name: 'Add “Fenwick Payroll” as a provider' }).click();
    await secondPanel.getByLabel('What they are good at').fill('Payroll bureau for multi-site practices');
    await secondPanel.getByRole('button', { name: 'Add provider' }).click();
    await secondPanel.getByRole('button', { name: 'Remove Fenwick Payroll' }).waitFor();
    await secondPanel.getByLabel('Why they fit better').fill('They run payroll for twelve vet groups; we do not do payroll.');
    await screenshot(page, 'desktop-close-out-alternative');
    await secondPanel.getByRole('button', { name: 'Close the loop' }).click();
    const secondClosed = page.getByRole('region', { name: 'Loop closed' });
    await secondClosed.getByText('Help given').waitFor();
    await secondClosed.getByRole('link', { name: 'Fenwick Payroll' }).click();
    await page.getByRole('heading', { name: 'Fenwick Payroll', level: 1 }).waitFor();
    await page.getByText('They run payroll for twelve vet groups').waitFor();
    await screenshot(page, 'desktop-provider');

    // A gift, and later how Priya responded.
    await page.goto(`/gifts/new?personId=${priya.id}`);
    await page.getByRole('heading', { name: 'Record a gift', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Remove Priya Raghunathan' }).waitFor();
    await page.getByLabel('Sample of work on their data').check();
    await page.getByLabel('What it is').fill('Payroll calendar for their three clinics');
    await page.getByLabel('What makes it specific to them').fill('Built on their own rota and pay dates');
    await page.getByLabel('The risk you took (optional)').fill('A day of unpaid work');
    await screenshot(page, 'desktop-gift-form');
    await page.getByRole('button', { name: 'Record gift' }).click();
    await page.getByRole('heading', { name: 'Payroll calendar for their three clinics', level: 1 }).waitFor();
    await page.getByLabel('Used it').check();
    await page.getByLabel('What they said or did with it (optional)').fill('They ran March payroll on it.');
    await page.getByRole('button', { name: 'Save response' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await screenshot(page, 'desktop-gift');
    await page.goto('/gifts');
    await page.getByRole('link', { name: /Payroll calendar for their three clinics.*Used it/ }).waitFor();

    // The follow-ups list: overdue, today, upcoming; done, snooze, cancel.
    await firm.post('/api/v1/follow-ups', { content: 'Send the multi-site payroll checklist', dueOn: await browserDay(page, -2), personId: priya.id });
    await firm.post('/api/v1/follow-ups', { content: 'Bring the draft clinic opening budget', dueOn: await browserDay(page), personId: priya.id });
    await firm.post('/api/v1/follow-ups', { content: 'Introduce Tom to the Fenwick payroll team', dueOn: await browserDay(page, 3), personId: tom.id });
    await page.goto('/follow-ups');
    for (const group of ['Overdue', 'Today', 'Upcoming']) await page.getByRole('region', { name: new RegExp(`^${group}`) }).waitFor();
    await page.getByText('Overdue by 2 days').waitFor();
    await screenshot(page, 'desktop-follow-ups');

    await page.getByRole('button', { name: 'Done: Send the multi-site payroll checklist' }).click();
    await page.getByRole('region', { name: /^Overdue/ }).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Snooze: Bring the draft clinic opening budget' }).click();
    await page.getByLabel('Snooze until').fill(await browserDay(page, 5));
    await page.getByRole('button', { name: 'Snooze', exact: true }).click();
    await page.getByRole('region', { name: /^Today/ }).waitFor({ state: 'detached' });
    await page.getByRole('region', { name: /^Upcoming/ }).getByText('snoozed once').waitFor();

    await page.getByRole('button', { name: 'Cancel: Introduce Tom to the Fenwick payroll team' }).click();
    await page.getByLabel('Why is it no longer needed?').fill('Tom already called them.');
    await page.getByRole('button', { name: 'Cancel follow-up' }).click();
    await page.getByText('Introduce Tom to the Fenwick payroll team').waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Done', exact: true }).click();
    await page.getByText('Send the multi-site payroll checklist').waitFor();
    await page.getByRole('link', { name: 'Cancelled', exact: true }).click();
    await page.getByText('Tom already called them.').waitFor();
    await screenshot(page, 'desktop-follow-ups-cancelled');

    await page.goto('/referrals');
    await page.getByText('They run payroll for twelve vet groups').waitFor();
    await screenshot(page, 'desktop-referrals');
    expect(problems).toEqual([]);
  }, 120_000);

  it('works at 375px wide with no sideways scrolling', async () => {
    const { page, context, problems } = await harness.newPage(phone);
    const noSidewaysScroll = async () => expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    const firm = await signUpViaApi(context);
    const person = await firm.post('/api/v1/people', { fullName: 'Dr. Priya Raghunathan-Ellingsworth' });
    const conversation = await firm.post('/api/v1/conversations', {
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      channel: 'video',
      personIds: [person.id],
      notes: { concerns: 'Worried the partners will not agree on a payroll provider before the clinic opens.' },
    });
    const provider = await firm.post('/api/v1/providers', { name: 'Fenwick Payroll Bureau & Associates', kind: 'firm', goodAt: 'Payroll for multi-site veterinary practices' });
    await firm.post('/api/v1/referrals', { direction: 'out', providerId: provider.id, personId: person.id, reason: 'Payroll specialists for vet groups' });
    await firm.post('/api/v1/gifts', { kind: 'insight', title: 'Three payroll pitfalls in opening a clinic', specificToClient: 'Their clinic plan', personId: person.id });
    await firm.post('/api/v1/follow-ups', { content: 'Send the partners’ decision checklist for payroll providers', dueOn: await browserDay(page, -1), personId: person.id });

    await page.goto(`/conversations/${conversation.id}#close-out`);
    const panel = page.getByRole('region', { name: 'Close the loop' });
    await panel.getByText('Add one piece of value').click();
    await panel.getByLabel('What exactly will you bring?').fill('following up');
    await panel.getByRole('button', { name: 'Close the loop' }).click();
    await panel.getByRole('alert').getByRole('heading', { name: 'Say what exactly you will bring' }).waitFor();
    await noSidewaysScroll();
    await screenshot(page, 'phone-close-out-refused');

    for (const [url, heading] of [
      ['/follow-ups', 'Follow-ups'],
      ['/gifts', 'Gifts'],
      ['/providers', 'Providers'],
      ['/referrals', 'Referrals'],
      [`/providers/${provider.id}`, provider.name],
    ] as const) {
      await page.goto(url);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await noSidewaysScroll();
      await screenshot(page, `phone-${heading === provider.name ? 'provider' : heading.toLowerCase()}`);
    }
    expect(problems).toEqual([]);
  }, 90_000);
});
