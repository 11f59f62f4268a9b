/**
 * Erasing a person on request, in the browser: from the person's page, the preview lists the records that
 * name them, a wrong name is refused, the right one erases them and the confirmation lists what to edit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness } from './harness.ts';

describe.skipIf(!hasChromium)('erasing a person', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  for (const [name, viewport] of [['desktop', desktop], ['phone', phone]] as const) {
    it(`previews, refuses a wrong name, erases and lists what to edit (${name})`, async () => {
      const { page, context, problems } = await harness.newPage(viewport);
      const firm = await signUpViaApi(context, 'Nadia Brennan');
      const tom = await firm.post('/api/v1/people', { fullName: 'Tom Calder', emails: ['tom@calder.test'] });
      const lee = await firm.post('/api/v1/people', { fullName: 'Lee Chen' });
      await firm.post('/api/v1/conversations', {
        occurredAt: '2026-03-02T09:00:00Z',
        channel: 'meeting',
        personIds: [tom.id, lee.id],
        summary: 'Stock-count review',
        notes: { goals: 'Tom wants the stock count done in a day, before the auditors arrive in May.' },
      });

      await page.goto(`/people/${tom.id}`);
      await page.getByRole('link', { name: 'Erase this person…' }).click();
      await page.getByRole('heading', { level: 1, name: 'Erase Tom Calder' }).waitFor();
      await page.getByRole('heading', { name: 'This cannot be undone' }).waitFor();
      await page.getByRole('link', { name: 'Stock-count review' }).waitFor();
      await screenshot(page, `${name}-erase-preview`);
      if (name === 'phone') expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);

      await page.getByLabel('Reason (optional)').fill('request by email 2026-11-20');
      await page.getByLabel('Type “Tom Calder” to confirm').fill('Tom');
      await page.getByRole('button', { name: 'Erase Tom Calder' }).click();
      await page.getByRole('heading', { name: 'Nothing was erased' }).waitFor();
      await screenshot(page, `${name}-erase-refused`);

      await page.getByLabel('Type “Tom Calder” to confirm').fill('Tom Calder');
      await page.getByRole('button', { name: 'Erase Tom Calder' }).click();
      await page.getByRole('heading', { level: 1, name: 'Person erased' }).waitFor();
      await page.getByRole('link', { name: 'Stock-count review' }).waitFor();
      await screenshot(page, `${name}-erase-done`);
      if (name === 'phone') expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);

      // The owner finds it in the audit trail on the Team page, with the reason and no name.
      await page.goto('/team');
      const audit = page.getByRole('region', { name: 'Audit trail' });
      await audit.getByText('A person was erased on request').waitFor();
      await expect.poll(() => audit.textContent()).toContain('request by email 2026-11-20');
      expect(await audit.textContent()).not.toContain('Tom');
      expect(problems).toEqual([]);
    });
  }
});
