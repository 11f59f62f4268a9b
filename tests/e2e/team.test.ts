/**
 * Working as a team: an owner invites a colleague by link, the colleague joins, and when two people edit
 * the same record the second is told and offered the latest version instead of overwriting it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, screenshot, signUpViaApi, startHarness, type Harness } from './harness.ts';

describe.skipIf(!hasChromium)('working as a team', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('invites a colleague who joins, and a stale edit is caught and offered a reload', async () => {
    const jonasEmail = `jonas.${Date.now().toString(36)}@calder-advisers.test`; // unique: reruns share a PostgreSQL server
    const owner = await harness.newPage(desktop);
    const firm = await signUpViaApi(owner.context, 'Nadia Brennan');
    const org = await firm.post('/api/v1/organizations', { name: 'Calder Foods', industry: 'Food manufacturing', website: 'calder-foods.test' });
    const person = await firm.post('/api/v1/people', { fullName: 'Tom Calder', affiliations: [{ organizationId: org.id, title: 'Founder' }] });

    // The owner invites a colleague and copies the link.
    await owner.page.goto('/team');
    await owner.page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
    await owner.page.getByLabel('Email').fill(jonasEmail);
    await owner.page.getByLabel('Role').selectOption('member');
    await owner.page.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await owner.page.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(new RegExp(`^${harness.baseUrl}/join#.+`));
    await screenshot(owner.page, 'desktop-team');

    // The colleague opens it in their own browser and joins.
    const colleague = await harness.newPage(desktop);
    await colleague.page.goto(link);
    await colleague.page.getByRole('heading', { name: `Join ${firm.firmName} as ${jonasEmail}`, level: 1 }).waitFor();
    await screenshot(colleague.page, 'desktop-join');
    await colleague.page.getByLabel('Your name').fill('Jonas Lind');
    await colleague.page.getByLabel('Password').fill('another long password');
    await colleague.page.getByRole('button', { name: `Join ${firm.firmName}` }).click();
    await colleague.page.getByRole('heading', { level: 1, name: /Jonas$/ }).waitFor();

    // Both open Tom's record; the owner saves first.
    await colleague.page.goto(`/people/${person.id}/edit`);
    await colleague.page.getByLabel('Full name').waitFor();
    await owner.page.goto(`/people/${person.id}/edit`);
    await owner.page.getByLabel('Full name').fill('Thomas Calder');
    await owner.page.getByRole('button', { name: 'Save changes' }).click();
    await owner.page.getByRole('heading', { name: 'Thomas Calder', level: 1 }).waitFor();

    // The colleague's save is refused, nothing is overwritten, and the latest version is one click away.
    await colleague.page.getByLabel('Notes').fill('Prefers calls before 9am.');
    await colleague.page.getByRole('button', { name: 'Save changes' }).click();
    await colleague.page.getByRole('heading', { name: 'Someone else changed this person' }).waitFor();
    await screenshot(colleague.page, 'desktop-edit-conflict');
    await colleague.page.getByRole('button', { name: 'Reload the latest version' }).click();
    await colleague.page.getByRole('heading', { name: 'Edit Thomas Calder', level: 1 }).waitFor();
    expect(await colleague.page.getByLabel('Full name').inputValue()).toBe('Thomas Calder');
    expect(await colleague.page.getByRole('heading', { name: 'Someone else changed this person' }).count()).toBe(0);
    await colleague.page.getByLabel('Notes').fill('Prefers calls before 9am.');
    await colleague.page.getByRole('button', { name: 'Save changes' }).click();
    await colleague.page.getByRole('heading', { name: 'Thomas Calder', level: 1 }).waitFor();
    await colleague.page.getByText('Prefers calls before 9am.').waitFor();

    // The organisation's page lists its people.
    await colleague.page.getByRole('link', { name: 'Calder Foods' }).click();
    await colleague.page.getByRole('heading', { name: 'Calder Foods', level: 1 }).waitFor();
    await colleague.page.getByRole('link', { name: 'Thomas Calder' }).waitFor();
    await screenshot(colleague.page, 'desktop-organization-page');
    await colleague.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click();
    await colleague.page.getByText('Food manufacturing · 1 person').waitFor();
    await screenshot(colleague.page, 'desktop-organizations');

    expect(owner.problems).toEqual([]);
    expect(colleague.problems).toEqual([]);
  }, 60_000);

  it('pages through long lists with "Load more", never loading everything at once', async () => {
    const { page, context, problems } = await harness.newPage(desktop);
    const firm = await signUpViaApi(context, 'Ines Duarte');
    for (let i = 1; i <= 55; i += 1) await firm.post('/api/v1/people', { fullName: `Client ${String(i).padStart(2, '0')}` });
    const regular = await firm.post('/api/v1/people', { fullName: 'Zoe Regular' });
    for (let i = 1; i <= 23; i += 1) {
      await firm.post('/api/v1/conversations', {
        occurredAt: new Date(Date.UTC(2025, 0, i, 10)).toISOString(),
        channel: 'call',
        personIds: [regular.id],
        summary: `Monthly call number ${i}`,
      });
    }

    await page.goto('/people');
    await page.getByRole('status').getByText('50 people shown; more below.').waitFor();
    expect(await page.locator('.record-list > li').count()).toBe(50);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByRole('status').getByText('56 people.').waitFor();
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);

    await page.getByRole('link', { name: /Zoe Regular/ }).click();
    const timeline = page.getByRole('region', { name: 'Conversations' });
    await timeline.getByText('Monthly call number 23').waitFor();
    expect(await timeline.locator('article').count()).toBe(20);
    await timeline.getByRole('button', { name: 'Load more' }).click();
    await timeline.getByText('Monthly call number 1', { exact: true }).waitFor();
    expect(await timeline.locator('article').count()).toBe(23);
    expect(problems).toEqual([]);
  }, 60_000);
});
