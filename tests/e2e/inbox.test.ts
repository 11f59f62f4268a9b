/**
 * What clients did, as the professional meets it: Sandra works the plan on her page (no session, only the
 * token) — confirms the problem, ticks off her step, comments, suggests a change, checks in, and corrects
 * "what I heard". The professional sees the count beside Inbox, opens the inbox, follows an item to the
 * need where "What the client did" lists it, marks everything read (the count goes), and finds the acts on
 * Sandra's timeline. Then the same screens at phone width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness, type TestPage } from './harness.ts';

const needTitle = 'Faster month-end close';
const payload = '<img src=x onerror="window.__pwned=1">Looks right';

describe.skipIf(!hasChromium)('inbox: what clients did, one click from where it belongs', () => {
  let harness: Harness;
  let t: TestPage;
  let firm: Awaited<ReturnType<typeof signUpViaApi>>;
  let needId = '';
  let personId = '';
  let needToken = '';

  /** The client's API: no cookies, the token in the path is the only authorisation. */
  async function asClient(token: string, path: string, body?: unknown) {
    const res = await fetch(`${harness.baseUrl}/api/v1/shared/${token}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path || 'GET'} as the client failed: ${res.status} ${await res.text()}`);
    return res.json();
  }

  const tokenOf = (url: string) => url.slice(url.lastIndexOf('/s/') + 3);

  beforeAll(async () => {
    harness = await startHarness();
    t = await harness.newPage(desktop);
    firm = await signUpViaApi(t.context, 'Ada Hartley');
    const org = await firm.post('/api/v1/organizations', { name: 'Northwind Logistics' });
    const person = await firm.post('/api/v1/people', {
      fullName: 'Sandra Okoye',
      emails: ['sandra@northwind.test'],
      affiliations: [{ organizationId: org.id, title: 'Finance director' }],
    });
    personId = person.id;
    const need = await firm.post('/api/v1/needs', {
      title: needTitle,
      organizationId: org.id,
      personIds: [personId],
      problemStatement: { text: 'We need a new accounting system before the auditors come back.' },
    });
    needId = need.id;
    await firm.post(`/api/v1/needs/${needId}/problem-statements`, {
      text: 'The board does not trust the monthly numbers, and the close takes three weeks.',
      origin: 'working',
      basedOnVersion: 1,
    });
    await firm.post(`/api/v1/needs/${needId}/journey-steps/batch`, {
      steps: [
        { title: 'Board approves budget', ownerSide: 'client', ownerPersonId: personId },
        { title: 'Pilot with one region', ownerSide: 'both', ownerPersonId: personId },
        { title: 'We send the proposal', ownerSide: 'us' },
      ],
    });
    const shared = await firm.post('/api/v1/share-links', { personId, needId });
    needToken = tokenOf(shared.url);

    const conversation = await firm.post('/api/v1/conversations', {
      occurredAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      channel: 'meeting',
      personIds: [personId],
      notes: { inTheirWords: 'The close takes three weeks and the board stopped reading the pack.' },
    });
    const recap = await firm.post('/api/v1/share-links', {
      personId,
      conversationId: conversation.id,
      recapText: 'You said the close takes three weeks, and the board stopped reading the pack.',
    });

    // Sandra, on her page.
    const page = await asClient(needToken, '');
    const stepId = (title: string) => page.need.steps.find((s: { title: string }) => s.title === title).id as string;
    await asClient(needToken, '/confirm', { version: 2 });
    await asClient(needToken, `/steps/${stepId('Board approves budget')}/complete`, {});
    await asClient(needToken, '/comments', { stepId: stepId('Pilot with one region'), text: 'Let us start with the North region.' });
    await asClient(needToken, '/comments', { text: payload });
    await asClient(needToken, '/suggest', { version: 2, text: 'The board wants the numbers in five working days.' });
    await asClient(needToken, '/check-in', { credibility: 6, reliability: 7, intimacy: 5, selfOrientation: 6, comment: 'You listen.' });
    await asClient(tokenOf(recap.url), '/recap-reply', { agrees: false, correction: 'Two weeks, not three.' });
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('shows the count beside Inbox, lists what Sandra did, and leads to the need', async () => {
    const { page } = t;
    await page.goto('/');
    const inboxLink = page.getByRole('banner').getByRole('link', { name: 'Inbox, 7 unread' });
    await inboxLink.waitFor();
    await screenshot(page, 'inbox-desktop-badge');
    await inboxLink.click();

    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    const items = page.locator('.client-act');
    await expect.poll(() => items.count()).toBe(7);
    expect(await page.locator('.client-act.is-unread').count()).toBe(7);
    await page.getByText('7 unread notifications.').waitFor();
    const main = page.getByRole('main');
    await main.getByText('confirmed the problem statement (version 2) on the share page.').waitFor();
    await main.getByText('ticked off “Board approves budget”.').waitFor();
    await main.getByText('commented on “Pilot with one region”:').waitFor();
    await main.getByText('Let us start with the North region.').waitFor();
    await main.getByText('suggested a change to the problem statement (version 2):').waitFor();
    await main.getByText('Not adopted yet', { exact: false }).waitFor();
    await main.getByText('corrected what you heard:').waitFor();
    await main.getByText('Two weeks, not three.').waitFor();
    // The check-in, each statement labelled, the score read as "6 out of 7".
    const checkIn = page.locator('.client-act-checked_in');
    await checkIn.getByText('Credibility', { exact: true }).waitFor();
    await checkIn.getByText('I can depend on their promises.').waitFor();
    await checkIn.getByText('Interests at heart', { exact: true }).waitFor();
    expect(await checkIn.locator('.client-act-scores li').count()).toBe(4);
    expect(await checkIn.locator('.client-act-scores li').first().innerText()).toContain('6/7');
    await checkIn.getByRole('link', { name: 'Sandra Okoye’s page' }).waitFor();
    // A recap answer leads to its conversation.
    await page.locator('.client-act-recap_answered').getByRole('link', { name: /^meeting on / }).waitFor();
    // What the client wrote is text, never markup.
    await main.getByText(payload).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.client-act img').count()).toBe(0);
    // The exact moment on hover.
    expect(await items.first().locator('time').getAttribute('title')).toMatch(/\d{4}/);
    await screenshot(page, 'inbox-desktop-unread');

    // Follow the confirmation to the need: it is read, and the need lists what the client did.
    await page.locator('.client-act-confirmed').getByRole('link', { name: needTitle }).click();
    await page.getByRole('heading', { name: needTitle, level: 1 }).waitFor();
    const activity = page.getByRole('region', { name: 'What the client did' });
    await activity.getByText('confirmed the problem statement (version 2) on the share page.').waitFor();
    await activity.getByText('ticked off “Board approves budget”.').waitFor();
    expect(await activity.locator('.client-act').count()).toBe(6);
    // On the need's own page the item does not link back to it.
    expect(await activity.getByRole('link', { name: needTitle }).count()).toBe(0);
    await page.getByRole('banner').getByRole('link', { name: 'Inbox, 6 unread' }).waitFor();
    await activity.scrollIntoViewIfNeeded();
    await screenshot(page, 'inbox-desktop-need-activity');
    expect(t.problems).toEqual([]);
  }, 90_000);

  it('marks one read, then all, and the count goes', async () => {
    const { page } = t;
    await page.getByRole('banner').getByRole('link', { name: 'Inbox, 6 unread' }).click();
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.client-act.is-unread').count()).toBe(6);
    expect(await page.locator('.client-act-confirmed.is-unread').count()).toBe(0);

    // Only the unread ones.
    await page.getByRole('link', { name: 'Unread (6)' }).click();
    await expect.poll(() => page.locator('.client-act').count()).toBe(6);
    expect(await page.getByRole('link', { name: 'Unread (6)' }).getAttribute('aria-current')).toBe('page');

    // One by its button: the keyboard's place stays on the item.
    const first = page.locator('.client-act').first();
    await first.getByRole('button', { name: 'Mark read' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Inbox, 5 unread' }).waitFor();
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByRole('heading', { name: 'You’re all caught up' }).waitFor();
    await page.getByText('Everything is marked read.').waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Inbox', exact: true }).waitFor();
    expect(await page.locator('.nav-badge').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Mark all read' }).count()).toBe(0);
    await screenshot(page, 'inbox-desktop-caught-up');

    await page.getByRole('link', { name: 'See everything' }).click();
    await expect.poll(() => page.locator('.client-act').count()).toBe(7);
    expect(await page.locator('.client-act.is-unread').count()).toBe(0);
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('shows the acts on Sandra’s timeline, in cards of their own', async () => {
    const { page } = t;
    await page.goto(`/people/${personId}`);
    await page.getByRole('heading', { name: 'Sandra Okoye', level: 1 }).waitFor();
    const timeline = page.locator('.timeline');
    await timeline.locator('.conversation-card').first().waitFor();
    await expect.poll(() => timeline.locator('.client-act').count()).toBe(7);
    await timeline.getByText('ticked off “Board approves budget”.').waitFor();
    await timeline.getByText('checked in on how they see the relationship:').waitFor();
    // On her own page her name is not a link, and the check-in does not link back here.
    expect(await timeline.getByRole('link', { name: 'Sandra Okoye', exact: true }).count()).toBe(0);
    expect(await timeline.getByRole('link', { name: 'Sandra Okoye’s page' }).count()).toBe(0);
    await timeline.locator('.client-act-step_completed').getByRole('link', { name: needTitle }).waitFor();
    await screenshot(page, 'inbox-desktop-person-timeline');
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('works at phone width: the count beside Menu, no sideways scrolling', async () => {
    const { page } = t;
    await page.setViewportSize(phone);
    await asClient(needToken, '/comments', { text: 'One more thought: the auditors arrive on the 14th, so the pilot has to be done by then.' });
    await page.goto('/');
    const shortcut = page.getByRole('banner').getByRole('link', { name: 'Inbox, 1 unread' });
    await shortcut.waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'inbox-phone-badge');

    // The menu unfolded: the tray stays beside "Close".
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'inbox-phone-menu');
    await shortcut.click();

    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.client-act').count()).toBe(8);
    expect(await page.locator('.client-act.is-unread').count()).toBe(1);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'inbox-phone-inbox');

    await page.goto(`/needs/${needId}`);
    await page.getByRole('region', { name: 'What the client did' }).getByText('One more thought', { exact: false }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'inbox-phone-need');

    await page.goto(`/people/${personId}`);
    await page.locator('.timeline .client-act-checked_in').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'inbox-phone-person-timeline');
    expect(t.problems).toEqual([]);
  }, 60_000);
});
