/**
 * A professional's first day with Yellowpad, in the browser: sign up, add a client, log a conversation
 * with their words, find it on the client's timeline, log out and back in — it is all still there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, screenshot, startHarness, type Harness, type TestPage } from './harness.ts';

const quote = 'We keep closing the books three weeks late, and the board has stopped trusting the numbers.';
// The email is unique per run: reruns may share one PostgreSQL server, and a login email belongs to one member.
const owner = { firm: 'Hartley & Moss Advisory', name: 'Ada Hartley', email: `ada.${Date.now().toString(36)}@hartley-moss.test`, password: 'a long enough password' };

describe.skipIf(!hasChromium)('journey: from sign-up to a client’s timeline', () => {
  let harness: Harness;
  let t: TestPage;

  beforeAll(async () => {
    harness = await startHarness();
    t = await harness.newPage(desktop);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('signs up, adds a person and logs a conversation that shows on their timeline', async () => {
    const { page } = t;
    await page.goto('/');
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Create your firm' }).click();
    await page.getByRole('button', { name: 'Explore the demo firm' }).waitFor();
    await screenshot(page, 'desktop-signup');

    await page.getByLabel('Firm name').fill(owner.firm);
    await page.getByLabel('Your name').fill(owner.name);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill('too short');
    await page.getByText('1 more to go').waitFor();
    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Create your firm' }).click();

    await page.getByRole('heading', { level: 1, name: /Ada$/ }).waitFor();
    await page.getByRole('heading', { name: 'Start with one client' }).waitFor();
    await screenshot(page, 'desktop-home-new-firm');

    // Add a client, creating their organisation on the way.
    await page.getByRole('main').getByRole('link', { name: 'Add a person' }).first().click();
    await page.getByRole('heading', { name: 'Add a person', level: 1 }).waitFor();
    await page.getByLabel('Full name').fill('Maya Okafor');
    await page.getByLabel('Email', { exact: true }).fill('maya@northwind.test');
    await page.getByRole('button', { name: 'Add another email' }).click();
    await page.getByLabel('Email 2', { exact: true }).fill('maya.okafor@home.test');
    await page.getByLabel('Phone', { exact: true }).fill('+44 20 7946 0018');
    await page.getByLabel('Add an organisation').fill('Northwind Logistics');
    await page.getByRole('option', { name: 'Create the organisation “Northwind Logistics”' }).click();
    await page.getByLabel('Title at Northwind Logistics').fill('Finance director');
    await screenshot(page, 'desktop-person-form');
    await page.getByRole('button', { name: 'Add person' }).click();

    await page.getByRole('heading', { name: 'Maya Okafor', level: 1 }).waitFor();
    await page.getByText('Finance director, Northwind Logistics').waitFor();
    expect(await page.getByRole('link', { name: 'maya.okafor@home.test' }).count()).toBe(1);

    // Log a conversation from her page: she is preselected.
    await page.getByRole('main').getByRole('link', { name: 'Log a conversation' }).first().click();
    await page.getByRole('heading', { name: 'Log a conversation', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Remove Maya Okafor' }).count()).toBe(1);
    expect(await page.getByLabel(`${owner.name} (you)`).isChecked()).toBe(true);
    expect(await page.getByLabel('When').inputValue()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    await page.getByLabel('Phone call').check();
    await page.getByLabel('In their words').fill(quote);
    await page.getByLabel('Goals', { exact: true }).fill('A monthly close in five working days by the next financial year.');
    await page.getByLabel('Concerns').fill('Worried that a new system means her team works weekends during the switch.');
    await page.getByLabel('Summary').fill('First proper conversation about the close. Agreed to send two client stories.');
    await screenshot(page, 'desktop-log-conversation');
    await page.getByRole('button', { name: 'Save conversation' }).click();

    // Saved: its page invites a close-out; back to her page from there.
    await page.getByRole('region', { name: 'Close the loop' }).waitFor();
    await page.getByRole('link', { name: '← Maya Okafor' }).click();

    // Her page: the conversation leads her timeline, her words quoted.
    await page.getByRole('heading', { name: 'Maya Okafor', level: 1 }).waitFor();
    const timeline = page.getByRole('region', { name: 'Conversations' });
    await timeline.getByText(quote).waitFor();
    await timeline.getByRole('link', { name: 'Phone call' }).waitFor();
    await screenshot(page, 'desktop-person-page');

    // The conversation's own page shows each facet.
    await timeline.getByRole('link', { name: 'Phone call' }).click();
    await page.getByRole('heading', { name: 'In their words' }).waitFor();
    await page.getByRole('heading', { name: 'Concerns' }).waitFor();
    await page.getByRole('region', { name: 'Goals' }).getByText('A monthly close in five working days').waitFor();
    await screenshot(page, 'desktop-conversation-page');

    // Notes grow after the conversation: edit in place.
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: 'Edit: Phone call with Maya Okafor', level: 1 }).waitFor();
    expect(await page.getByLabel('In their words').inputValue()).toBe(quote);
    await page.getByLabel('Situation').fill('Three finance staff, a 2009 ledger and spreadsheets on top.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Situation' }).waitFor();
    await page.getByRole('region', { name: 'Situation' }).getByText('a 2009 ledger').waitFor();
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('logs out, logs back in, and finds the timeline still there', async () => {
    const { page } = t;
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();

    // The build's manifest is for the bench, never served (the address falls through to the app's page).
    expect(await (await page.request.get('/.vite/manifest.json')).text()).not.toContain('isEntry');

    // The app is closed to the logged-out: its pages lead to log-in.
    await page.goto('/people');
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').getByText('You could not be logged in').waitFor();
    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Log in' }).click();

    // Back where we were going: People. Search on the server as we type.
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await page.getByLabel('Search people').fill('okaf');
    await page.getByRole('status').getByText('1 person matches “okaf”.').waitFor();
    await screenshot(page, 'desktop-people-list');
    await page.getByRole('link', { name: /Maya Okafor/ }).click();
    await page.getByRole('region', { name: 'Conversations' }).getByText(quote).waitFor();

    // The home page now lists the firm's recent conversations.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await page.getByRole('heading', { name: 'Recent conversations' }).waitFor();
    await page.getByText(quote).waitFor();
    await screenshot(page, 'desktop-home');
    expect(t.problems).toEqual([]);
  }, 60_000);
});
