/**
 * Listening in the browser: a professional adds a call's transcript to a conversation (a pasted one in the
 * wrong format first, then a WebVTT file), reads who talked how much, follows a finding to the line that
 * shows it, corrects a speaker's side, sees the call in their own trends on their member page, and checks
 * a follow-up email before sending it. Then the same screens at phone width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness, type TestPage } from './harness.ts';

const vtt = `WEBVTT

00:00:00.000 --> 00:00:06.000
<v Sam Whitaker>Thanks for making the time today, Dana. What made you reach out to us now?

00:00:06.000 --> 00:00:20.000
<v Dana Whitfield>Our month-end close takes three weeks and the board has stopped trusting the numbers we send them.

00:00:20.000 --> 00:00:40.000
<v Sam Whitaker>We have helped forty firms like yours. Our team is certified, our platform is award winning, and we have offices in three cities.

00:00:40.000 --> 00:00:48.000
<v Dana Whitfield>That sounds impressive. We mostly need the numbers to be right.

00:00:48.000 --> 00:01:00.000
<v Sam Whitaker>Do you use spreadsheets for the close? If you sign today we can start next week.

00:01:00.000 --> 00:01:10.000
<v Dana Whitfield>Yes, mostly spreadsheets. I would need to talk to the board first.
`;

const draft = `Hi Dana,

Thanks for your time on Tuesday. We are a certified team with offices in three cities and forty happy clients.
If you sign today we can start next week.

Best,
Sam`;

/** A common phone: narrower phones are covered by phone.test.ts. */
const phone = { width: 390, height: 844 };

describe.skipIf(!hasChromium)('listening: a transcript, a member’s trends and a draft', () => {
  let harness: Harness;
  let t: TestPage;
  let firm: Awaited<ReturnType<typeof signUpViaApi>>;
  let conversationUrl = '';
  let emptyConversationUrl = '';
  let personId = '';

  beforeAll(async () => {
    harness = await startHarness();
    t = await harness.newPage(desktop);
    firm = await signUpViaApi(t.context, 'Sam Whitaker');
    const dana = await firm.post('/api/v1/people', { fullName: 'Dana Whitfield' });
    personId = dana.id;
    const conversation = await firm.post('/api/v1/conversations', {
      occurredAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      channel: 'video',
      personIds: [dana.id],
      summary: 'Discovery call about the month-end close.',
    });
    conversationUrl = `/conversations/${conversation.id}`;
    const another = await firm.post('/api/v1/conversations', { occurredAt: new Date().toISOString(), channel: 'call', personIds: [dana.id] });
    emptyConversationUrl = `/conversations/${another.id}`;
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('keeps a transcript it cannot read, names the line, then reads the uploaded file', async () => {
    const { page } = t;
    await page.goto(conversationUrl);
    const section = page.getByRole('region', { name: 'Transcript and listening' });
    await section.getByText('Private to your firm.').waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'listening-desktop-empty');

    await section.getByRole('button', { name: 'Paste it instead' }).click();
    const text = section.getByLabel('The transcript’s text');
    await text.fill('Sam: Hello there.\nDana: Hi.');
    await section.getByLabel('Format').selectOption('webvtt');
    await section.getByRole('button', { name: 'Analyse the transcript' }).click();
    await section.getByRole('heading', { name: /^Line 1 could not be read$/ }).waitFor();
    expect(await text.inputValue()).toBe('Sam: Hello there.\nDana: Hi.');
    await section.getByRole('button', { name: 'Show line 1 in the text' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await screenshot(page, 'listening-desktop-unreadable');

    await section.getByLabel('Format').selectOption('auto');
    await section.getByLabel('Upload a transcript').setInputFiles({ name: 'discovery.vtt', mimeType: 'text/vtt', buffer: Buffer.from(vtt) });
    await section.getByRole('heading', { name: 'Who talked how much' }).waitFor();
    await section.getByText('discovery.vtt').waitFor();
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('shows the talk share by time, the questions and a finding that jumps to its line', async () => {
    const { page } = t;
    const section = page.getByRole('region', { name: 'Transcript and listening' });
    const legend = section.locator('.side-legend').first();
    await legend.getByText('Us 54%').waitFor();
    await legend.getByText('Client 46%').waitFor();
    const sam = section.locator('.speaker-share', { has: page.locator('.speaker-name', { hasText: 'Sam Whitaker' }) });
    expect(await sam.locator('.speaker-figures strong').textContent()).toBe('54%');
    // Matched by name: Sam is our member, Dana the client's person on the conversation.
    expect(await section.getByLabel('Side of Sam Whitaker').inputValue()).toBe(`us:${firm.session.member.id}`);
    expect(await section.getByLabel('Side of Dana Whitfield').inputValue()).toBe(`client:${personId}`);

    // Questions are marked in the transcript, open and closed.
    await section.locator('mark.q-open', { hasText: 'What made you reach out to us now?' }).waitFor();
    await section.locator('mark.q-closed', { hasText: 'Do you use spreadsheets for the close?' }).waitFor();

    // The pushy close, and the line that shows it.
    const finding = section.locator('.finding', { hasText: 'sign today' });
    await finding.waitFor();
    await finding.getByRole('button', { name: 'Show the line' }).click();
    const line = section.locator('#u-4');
    await expect.poll(() => line.getAttribute('class')).toContain('is-evidence');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('u-4');
    await section.getByText('1 line highlighted').waitFor();
    await screenshot(page, 'listening-desktop-conversation');

    // A turn on the timeline shows its lines too.
    await section.getByRole('button', { name: /^Turn 2 of 6: Dana Whitfield \(client\)/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('u-1');
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('changes a speaker’s side and the figures follow', async () => {
    const { page } = t;
    const section = page.getByRole('region', { name: 'Transcript and listening' });
    const legend = section.locator('.side-legend').first();
    // A colleague saves first: the change is refused, nothing is overwritten, and the latest is one click away.
    const conversationId = conversationUrl.split('/').pop();
    const colleague = await t.context.request.patch(`/api/v1/conversations/${conversationId}/transcript/speakers`, {
      data: { version: 1, speakers: [{ name: 'Sam Whitaker', side: 'us', memberId: firm.session.member.id }] },
      headers: { 'x-csrf-token': firm.session.csrfToken },
    });
    expect(colleague.status()).toBe(200);
    await section.getByLabel('Side of Dana Whitfield').selectOption({ label: 'Not yet said' });
    await section.getByRole('button', { name: 'Save the sides' }).click();
    await section.getByRole('heading', { name: 'Someone else changed this transcript' }).waitFor();
    await screenshot(page, 'listening-desktop-sides-conflict');
    await section.getByRole('button', { name: 'Reload the latest version' }).click();
    await expect.poll(() => section.getByRole('heading', { name: 'Someone else changed this transcript' }).count()).toBe(0);
    expect(await section.getByLabel('Side of Dana Whitfield').inputValue()).toBe(`client:${personId}`);

    await section.getByLabel('Side of Dana Whitfield').selectOption({ label: 'Not yet said' });
    await section.getByText('Dana Whitfield changed').waitFor();
    await section.getByRole('button', { name: 'Save the sides' }).click();
    await section.getByText('Sides saved').waitFor();
    await legend.getByText('Not yet said 46%').waitFor();
    expect(await legend.getByText(/^Client/).count()).toBe(0);

    await section.getByLabel('Side of Dana Whitfield').selectOption({ label: 'Client · Dana Whitfield' });
    await section.getByRole('button', { name: 'Save the sides' }).click();
    await legend.getByText('Client 46%').waitFor();
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('shows the call in the member’s trends, linked to its conversation', async () => {
    const { page } = t;
    // Three earlier calls, pasted through the API: Sam talks less each time.
    for (const [daysAgo, samWords] of [
      [30, 60],
      [20, 40],
      [10, 25],
    ] as const) {
      const earlier = await firm.post('/api/v1/conversations', {
        occurredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
        channel: 'meeting',
        personIds: [personId],
      });
      const text = `Sam Whitaker: ${'we can help with that '.repeat(samWords / 5)}What matters most to you?\nDana Whitfield: ${'the close takes too long '.repeat(8)}`;
      const res = await t.context.request.put(`/api/v1/conversations/${earlier.id}/transcript`, {
        data: { text, format: 'plain' },
        headers: { 'x-csrf-token': firm.session.csrfToken },
      });
      expect(res.status()).toBe(201);
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Sam Whitaker' }).click();
    await page.getByRole('heading', { name: 'Sam Whitaker', level: 1 }).waitFor();
    const listening = page.getByRole('region', { name: 'Listening across calls' });
    const row = listening.getByRole('row', { name: /Video/ });
    await row.waitFor();
    expect(await listening.getByRole('row').count()).toBe(5); // the header and four calls
    expect(await row.getByRole('cell').first().textContent()).toBe('57%'); // by words: 54 of 94
    await listening.getByText('Discovery call about the month-end close.').waitFor();
    await screenshot(page, 'listening-desktop-member');
    await row.getByRole('link').click();
    await page.getByRole('region', { name: 'Transcript and listening' }).getByText('discovery.vtt').waitFor();
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('checks a draft to the client as it is typed and flags “sign today”', async () => {
    const { page } = t;
    await page.goto(`/people/${personId}`);
    await page.getByRole('link', { name: 'Check a draft to Dana Whitfield' }).click();
    await page.getByRole('heading', { name: 'Check a draft', level: 1 }).waitFor();
    await page.getByText('lines that cost trust').waitFor();
    await page.getByRole('link', { name: 'Dana Whitfield' }).waitFor();
    await page.getByLabel('Your draft').fill(draft);
    const check = page.getByRole('region', { name: 'The check' });
    await check.getByText('Checking…').waitFor();
    const finding = check.locator('.finding', { hasText: 'sign today' });
    await finding.waitFor();
    await finding.getByRole('button', { name: /^Show in the draft/ }).first().click();
    const selected = await page.getByLabel('Your draft').evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toContain('sign today');
    await screenshot(page, 'listening-desktop-draft');
    expect(t.problems).toEqual([]);
  }, 60_000);

  it('works at phone width without sideways scrolling', async () => {
    const { page } = t;
    await page.setViewportSize(phone);
    await page.goto(emptyConversationUrl);
    await page.getByRole('region', { name: 'Transcript and listening' }).getByLabel('Upload a transcript').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'listening-phone-empty');

    await page.goto(conversationUrl);
    await page.getByRole('heading', { name: 'Who talked how much' }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'listening-phone-conversation');

    await page.goto(`/team/${firm.session.member.id}`);
    await page.getByRole('heading', { name: 'Listening across calls' }).waitFor();
    await page.getByRole('row', { name: /Video/ }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'listening-phone-member');

    await page.goto(`/drafts/check?personId=${personId}`);
    await page.getByLabel('Your draft').fill(draft);
    await page.getByRole('region', { name: 'The check' }).locator('.finding', { hasText: 'sign today' }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'listening-phone-draft');

    // Deleting the transcript asks first, then offers the upload again.
    await page.goto(conversationUrl);
    const section = page.getByRole('region', { name: 'Transcript and listening' });
    await section.getByRole('button', { name: 'Delete the transcript' }).click();
    await section.getByRole('button', { name: 'Yes, delete the transcript' }).click();
    await section.getByLabel('Upload a transcript').waitFor();
    expect(t.problems).toEqual([]);
  }, 60_000);
});
