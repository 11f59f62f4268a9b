/**
 * Export everything, in the browser: the owner finds the panel on the Team page and downloads the zip,
 * which holds the firm's people; a member who is not an owner does not see the panel.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness } from './harness.ts';

describe.skipIf(!hasChromium)('export everything', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  for (const [name, viewport] of [['desktop', desktop], ['phone', phone]] as const) {
    it(`lets the owner download the firm's export from the Team page (${name})`, async () => {
      const { page, context, problems } = await harness.newPage(viewport);
      const firm = await signUpViaApi(context, 'Nadia Brennan');
      const org = await firm.post('/api/v1/organizations', { name: 'Calder Foods' });
      await firm.post('/api/v1/people', { fullName: 'Tom Calder', emails: ['tom@calder.test'], affiliations: [{ organizationId: org.id, title: 'Founder' }] });

      await page.goto('/team');
      const panel = page.getByRole('region', { name: 'Export everything' });
      await panel.waitFor();
      await panel.getByText('people.vcf').waitFor();
      await panel.scrollIntoViewIfNeeded();
      await screenshot(page, `${name}-export-panel`);
      if (name === 'phone') expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);

      const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Download the export (zip)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^yellowpad-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.zip$/);
      const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
      const manifest = JSON.parse(strFromU8(files['manifest.json']!));
      expect(manifest).toMatchObject({ yellowpad: 'export', firm: { name: firm.firmName }, entities: { people: 1, organizations: 1, affiliations: 1 } });
      expect(strFromU8(files['people.vcf']!)).toContain('FN:Tom Calder');
      expect(problems).toEqual([]);
    });
  }

  it('does not show the panel to a member who is not an owner', async () => {
    const owner = await harness.newPage(desktop);
    const firm = await signUpViaApi(owner.context, 'Nadia Brennan');
    const invite = await firm.post('/api/v1/invitations', { email: `jonas.${Date.now().toString(36)}@calder-advisers.test`, role: 'member' });
    const member = await harness.newPage(desktop);
    const joined = await member.context.request.post('/api/v1/invitations/accept', { data: { token: invite.token, name: 'Jonas Reed', password: 'another long password' } });
    expect(joined.status()).toBe(201);
    await member.page.goto('/team');
    await member.page.getByRole('heading', { name: 'Members' }).waitFor();
    expect(await member.page.getByRole('heading', { name: 'Export everything' }).count()).toBe(0);
    expect(member.problems).toEqual([]);
  });
});
