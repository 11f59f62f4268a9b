/**
 * The client's page, as Sandra lives it: no account and no cookies, only the address Ada sent her. On a
 * desktop she ticks off her own step (ours has no button), comments on a step and on the plan, says the
 * problem is "not quite" right in her words, meets the new version Ada adopted from them while her page was
 * open, confirms it, and checks in. The firm's API shows every act. On her phone the same page keeps all of
 * it, she corrects "what I heard", and reads a closed plan. A withdrawn, an expired and an unknown address
 * each say so plainly. The page stays within its strict CSP throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, phone, screenshot, scrollWidth, signUpViaApi, startHarness, type Harness, type TestPage } from './harness.ts';

const needTitle = 'Faster month-end close';
const statementV2 = 'The board does not trust the monthly numbers, and the close takes three weeks.';
const herWords = 'The board wants numbers it trusts within five working days — the software is not the point.';
const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Looks right';

interface ClientAct {
  kind: string;
  text: string | null;
  step: { title: string } | null;
  statementVersion: number | null;
  checkIn: Record<string, number> | null;
}

describe.skipIf(!hasChromium)('the client’s page: the plan for their decision, in their hands', () => {
  let harness: Harness;
  let pro: TestPage;
  let firm: Awaited<ReturnType<typeof signUpViaApi>>;
  /** The server's clock runs from the real time, plus however far the test has moved it. */
  let ahead = 0;
  const now = () => Date.now() + ahead;
  let needId = '';
  let personId = '';
  let needUrl = '';
  let recapUrl = '';
  let conversationId = '';

  const get = async (path: string) => {
    const res = await pro.context.request.get(path);
    if (!res.ok()) throw new Error(`GET ${path} failed: ${res.status()} ${await res.text()}`);
    return res.json();
  };
  const acts = async (): Promise<ClientAct[]> => (await get(`/api/v1/needs/${needId}/client-acts?limit=50`)).items;
  const day = (days: number) => new Date(now() + days * 86_400_000).toISOString().slice(0, 10);
  const noSidewaysScroll = async (t: TestPage) => expect(await scrollWidth(t.page)).toBeLessThanOrEqual(phone.width);

  beforeAll(async () => {
    harness = await startHarness({ clock: () => new Date(now()) });
    pro = await harness.newPage(desktop);
    firm = await signUpViaApi(pro.context, 'Ada Hartley');
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
    await firm.post(`/api/v1/needs/${needId}/problem-statements`, { text: statementV2, origin: 'working', basedOnVersion: 1 });
    await firm.post(`/api/v1/needs/${needId}/journey-steps/batch`, {
      steps: [
        { title: 'Board approves the budget', ownerSide: 'client', ownerPersonId: personId, targetOn: day(14) },
        { title: 'We send the proposal', ownerSide: 'us', targetOn: day(7) },
        { title: 'Pilot with one region', ownerSide: 'both', ownerPersonId: personId },
      ],
    });
    const kept = await firm.post('/api/v1/commitments', { side: 'us', description: 'Send the close calendar review', dueOn: day(-2), needId, personId });
    await firm.post(`/api/v1/commitments/${kept.id}/keep`, { keptOn: day(-3) });
    await firm.post('/api/v1/commitments', { side: 'client', description: 'Share last quarter’s close timetable', dueOn: day(5), needId, personId });
    needUrl = (await firm.post('/api/v1/share-links', { personId, needId })).url;

    const conversation = await firm.post('/api/v1/conversations', {
      occurredAt: new Date(now() - 2 * 86_400_000).toISOString(),
      channel: 'meeting',
      personIds: [personId],
      notes: { inTheirWords: 'The close takes three weeks and the board stopped reading the pack.' },
    });
    conversationId = conversation.id;
    recapUrl = (
      await firm.post('/api/v1/share-links', {
        personId,
        conversationId,
        recapText: 'You said the close takes three weeks, and the board has stopped reading the pack.',
      })
    ).url;
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('lets the client tick their own step, comment, say “not quite”, confirm the new version and check in', async () => {
    const client = await harness.newPage(desktop);
    const { page } = client;
    expect(await client.context.cookies()).toEqual([]);
    const opened = await page.goto(needUrl);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()['content-security-policy']).toContain("script-src 'self'");

    await page.getByRole('heading', { name: needTitle, level: 1 }).waitFor();
    await page.getByText(`Shared with you by Ada Hartley at ${firm.firmName}`).waitFor();
    await page.getByText('Sandra Okoye', { exact: true }).waitFor();
    await page.getByText(/This page is for you only — works until \d+ \w+/).waitFor();
    // A page of its own: none of the professional app's code is loaded.
    expect(await page.evaluate(() => document.querySelectorAll('script[src*="main-"]').length)).toBe(0);
    await screenshot(page, 'share-page-desktop-opened');

    // The plan: her step can be ticked, ours and the joint one cannot.
    const plan = page.getByRole('region', { name: 'The plan for your decision' });
    expect(await plan.getByRole('button', { name: /^Mark done/ }).count()).toBe(1);
    expect(await plan.getByRole('button', { name: 'Mark done: We send the proposal' }).count()).toBe(0);
    await plan.getByRole('button', { name: 'Mark done: Board approves the budget' }).click();
    await plan.getByText('Thank you — “Board approves the budget” is marked done.').waitFor();
    expect(await plan.getByRole('button', { name: /^Mark done/ }).count()).toBe(0);
    await plan.getByText('1 of 3 steps done.', { exact: false }).waitFor();

    // A comment on our step, behind its Comment button.
    await plan.getByRole('button', { name: 'Comment on “We send the proposal”' }).click();
    await plan.getByLabel('Your comment on “We send the proposal”').fill('Please include the costs of the pilot.');
    await plan.getByRole('button', { name: 'Send comment' }).click();
    await plan.getByText('Thank you — your comment is saved, and we will see it.').waitFor();
    await plan.getByText('Please include the costs of the pilot.').waitFor();

    // A comment on the plan, written as markup: it is shown as text and nothing runs.
    const comments = page.getByRole('region', { name: 'Anything to add?' });
    const box = comments.getByLabel('Your comment on the plan');
    await comments.getByRole('button', { name: 'Send comment' }).click();
    await comments.getByText('Write your comment first, then send it.').waitFor();
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await box.fill(payload);
    await comments.getByText(`${payload.length} of 2,000 characters`).waitFor();
    expect(await box.getAttribute('maxlength')).toBe('2000');
    await comments.getByRole('button', { name: 'Send comment' }).click();
    await comments.getByText('Thank you — your comment is saved, and we will see it.').waitFor();
    await comments.getByText(payload).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await comments.locator('.sp-comment').count()).toBe(2);
    expect(await comments.locator('.sp-comment').first().textContent()).toContain('on “We send the proposal”');

    // "Not quite…": her own words, kept beside version 2.
    const problem = page.getByRole('region', { name: 'The problem as we understand it' });
    await problem.getByText(statementV2).waitFor();
    await problem.getByRole('button', { name: 'Not quite…' }).click();
    await problem.getByLabel('What would you say instead?').fill(herWords);
    await screenshot(page, 'share-page-desktop-not-quite');
    await problem.getByRole('button', { name: 'Send my words' }).click();
    await problem.getByRole('status').getByText('Thank you — we will come back to you with a new version.').waitFor();
    await problem.getByRole('status').getByText(herWords).waitFor();

    // Meanwhile Ada adopts her words as version 3: Sandra's "yes" to version 2 comes too late, and the page says so.
    const suggestions = (await get(`/api/v1/needs/${needId}/suggestions`)).items as { id: string; text: string }[];
    expect(suggestions.map((s) => s.text)).toEqual([herWords]);
    await firm.post(`/api/v1/needs/${needId}/suggestions/${suggestions[0]!.id}/adopt`, {});
    await problem.getByRole('button', { name: 'Yes, that’s it' }).click();
    await problem.getByText('The statement changed while you were reading it.', { exact: false }).waitFor();
    await problem.locator('.sp-pad').getByText(herWords).waitFor();
    await problem.getByRole('button', { name: 'Yes, that’s it' }).click();
    await problem.getByRole('status').getByText('You confirmed that this is it. Thank you.').waitFor();
    expect(await problem.getByRole('button', { name: 'Not quite…' }).count()).toBe(0);

    // The check-in: every statement needs a number; then a thank-you.
    const checkIn = page.getByRole('region', { name: 'How are we doing?' });
    await checkIn.getByRole('group', { name: 'I can believe what they tell me.' }).getByRole('radio', { name: '6', exact: true }).check();
    await checkIn.getByRole('button', { name: 'Send my answers' }).click();
    await checkIn.getByText('Please choose a number for the 3 statements marked below.').waitFor();
    await checkIn.getByRole('group', { name: 'I can depend on their promises.' }).getByRole('radio', { name: '7, strongly agree' }).check();
    await checkIn.getByRole('group', { name: 'I can share confidences with them.' }).getByRole('radio', { name: '5', exact: true }).check();
    await checkIn.getByRole('group', { name: 'They have my interests at heart.' }).getByRole('radio', { name: '6', exact: true }).check();
    await checkIn.getByLabel('Anything you would like to add? (optional)').fill('You listen.');
    await screenshot(page, 'share-page-desktop-check-in');
    await checkIn.getByRole('button', { name: 'Send my answers' }).click();
    await checkIn.getByText('Thank you for telling us.').waitFor();
    await screenshot(page, 'share-page-desktop-done');

    // The firm sees each act, and the confirmation came from the share page.
    const seen = await acts();
    expect(seen.map((a) => a.kind).sort()).toEqual(['checked_in', 'commented', 'commented', 'confirmed', 'step_completed', 'suggested']);
    expect(seen.find((a) => a.kind === 'step_completed')?.step?.title).toBe('Board approves the budget');
    expect(seen.find((a) => a.kind === 'confirmed')?.statementVersion).toBe(3);
    expect(seen.find((a) => a.kind === 'suggested')?.text).toBe(herWords);
    expect(seen.filter((a) => a.kind === 'commented').map((a) => a.text)).toContain(payload);
    expect(seen.find((a) => a.kind === 'checked_in')?.checkIn).toEqual({ credibility: 6, reliability: 7, intimacy: 5, selfOrientation: 6 });
    const need = await get(`/api/v1/needs/${needId}`);
    expect(need.journey.find((s: { title: string }) => s.title === 'Board approves the budget').status).toBe('done');
    expect(need.currentStatement.version).toBe(3);
    expect(need.currentStatement.confirmations.map((c: { how: string }) => c.how)).toEqual(['share_page']);
    expect(client.problems).toEqual([]);
  }, 90_000);

  it('keeps it all on her phone, takes her correction of “what I heard”, and shows a closed plan read-only', async () => {
    const client = await harness.newPage(phone);
    const { page } = client;
    await page.goto(needUrl);
    await page.getByRole('heading', { name: needTitle, level: 1 }).waitFor();
    await page.getByText('You confirmed that this is it. Thank you.').waitFor();
    const plan = page.getByRole('region', { name: 'The plan for your decision' });
    expect(await plan.getByRole('button', { name: /^Mark done/ }).count()).toBe(0);
    const written = page.getByRole('region', { name: 'Anything to add?' }).locator('.sp-comment');
    await written.getByText(payload).waitFor();
    // Oldest first, each with what it was about.
    expect(await written.first().textContent()).toContain('on “We send the proposal”');
    expect(await written.last().textContent()).toContain('on the plan');
    // Checked in today: not asked again.
    expect(await page.getByRole('region', { name: 'How are we doing?' }).count()).toBe(0);
    await page.getByRole('region', { name: 'Our commitments' }).getByText('Share last quarter’s close timetable').waitFor();
    await noSidewaysScroll(client);
    await screenshot(page, 'share-page-phone-plan');

    // "What I heard": a "not quite" needs her words; the API's message says so.
    await page.goto(recapUrl);
    await page.getByRole('heading', { name: 'What I heard', level: 1 }).waitFor();
    const recap = page.getByRole('region', { name: /^From our conversation on/ });
    await recap.getByText('You said the close takes three weeks', { exact: false }).waitFor();
    await noSidewaysScroll(client);
    await screenshot(page, 'share-page-phone-recap');
    await recap.getByRole('button', { name: 'Not quite — here is what I meant' }).click();
    await recap.getByRole('button', { name: 'Send what I meant' }).click();
    await recap.getByText('Tell us what we got wrong, in your own words.').waitFor();
    expect(await recap.getByLabel('Here is what I meant').getAttribute('aria-invalid')).toBe('true');
    await recap.getByLabel('Here is what I meant').fill('Two weeks, not three — and the board still reads the summary page.');
    await recap.getByRole('button', { name: 'Send what I meant' }).click();
    await recap.getByRole('status').getByText('Two weeks, not three — and the board still reads the summary page.').waitFor();
    await recap.getByText('Thank you — we keep your words beside our notes.').waitFor();
    expect(await recap.getByRole('button', { name: 'Yes, that’s right' }).count()).toBe(0);
    await noSidewaysScroll(client);
    await screenshot(page, 'share-page-phone-recap-answered');
    const links = (await get(`/api/v1/share-links?conversationId=${conversationId}`)).items as { reply: { agrees: boolean; correction: string } | null }[];
    expect(links[0]?.reply).toMatchObject({ agrees: false, correction: 'Two weeks, not three — and the board still reads the summary page.' });

    // The decision is made: the plan is there to read, and a comment still goes through.
    await firm.post(`/api/v1/needs/${needId}/outcome`, { outcome: 'engaged', reason: 'Sandra chose the five-day close project.' });
    await page.goto(needUrl);
    await page.getByText('This decision has been made, so the plan is here for you to read.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: /^Mark done|^Yes, that’s it|^Not quite/ }).count()).toBe(0);
    const comments = page.getByRole('region', { name: 'Anything to add?' });
    await comments.getByLabel('Your comment on the plan').fill('Thank you both — see you at the kick-off.');
    await comments.getByRole('button', { name: 'Send comment' }).click();
    await comments.getByText('Thank you — your comment is saved, and we will see it.').waitFor();
    await noSidewaysScroll(client);
    await screenshot(page, 'share-page-phone-closed');
    expect(client.problems).toEqual([]);
  }, 90_000);

  it('says plainly when a link was withdrawn, has expired, or does not exist', async () => {
    const client = await harness.newPage(phone);
    const { page } = client;

    // Withdrawn while her page was open: her next act lands on the "gone" screen, and so does reopening.
    const links = (await get(`/api/v1/share-links?needId=${needId}`)).items as { id: string }[];
    await page.goto(needUrl);
    const comments = page.getByRole('region', { name: 'Anything to add?' });
    await comments.getByLabel('Your comment on the plan').fill('One more thing.');
    await firm.post(`/api/v1/share-links/${links[0]!.id}/revoke`, {});
    await comments.getByRole('button', { name: 'Send comment' }).click();
    await page.getByRole('heading', { name: 'This link has expired or was withdrawn', level: 1 }).waitFor();
    expect((await page.goto(needUrl))?.status()).toBe(410);
    await page.getByRole('heading', { name: 'This link has expired or was withdrawn', level: 1 }).waitFor();
    await page.getByText(`Ask ${firm.firmName} for a new one.`, { exact: false }).waitFor();
    await noSidewaysScroll(client);
    await screenshot(page, 'share-page-phone-withdrawn');
    expect((await acts()).filter((a) => a.text === 'One more thing.')).toEqual([]);

    // Expired: the recap link worked for 60 days.
    ahead += 61 * 86_400_000;
    expect((await page.goto(recapUrl))?.status()).toBe(410);
    await page.getByRole('heading', { name: 'This link has expired or was withdrawn', level: 1 }).waitFor();

    // Unknown.
    expect((await page.goto(`/s/yps_${'A'.repeat(43)}`))?.status()).toBe(404);
    await page.getByRole('heading', { name: 'This link does not work', level: 1 }).waitFor();
    await page.getByText('Ask the person who sent it for a new one.', { exact: false }).waitFor();
    await screenshot(page, 'share-page-phone-unknown');
    await page.setViewportSize(desktop);
    await screenshot(page, 'share-page-desktop-unknown');
    expect(client.problems).toEqual([]);
  }, 60_000);
});
