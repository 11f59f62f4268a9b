/**
 * Whatever either side types is shown as text, never run as markup: 125 injection payloads go in through
 * the client's page API (comments, a "not quite" suggestion, a correction of "what I heard", a check-in
 * comment) and through the firm's own fields the client reads (need title, statement, step titles, the recap),
 * then every page that shows them — the client's two pages, the inbox, the need, the conversation and the
 * person's timeline — is opened in Chromium. No payload may run, add an element with an event handler, or
 * lose its characters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xssPayloads } from '../fixtures/xss-payloads.ts';
import { desktop, hasChromium, signUpViaApi, startHarness, type Harness, type TestPage } from './harness.ts';

/** Payloads packed into texts of at most `max` characters, one per line, keeping every payload whole. */
function pack(payloads: readonly string[], max: number): string[] {
  const texts: string[] = [];
  let current = '';
  for (const payload of payloads) {
    const next = current ? `${current}\n${payload}` : payload;
    if (next.length > max && current) {
      texts.push(current);
      current = payload;
    } else current = next;
  }
  if (current) texts.push(current);
  return texts;
}

/** The numbers of the payloads a text holds: each one's mark `__xss=N` survives as text when it is shown as text. */
const marks = (texts: readonly string[]) => [...new Set(texts.flatMap((t) => [...t.matchAll(/__xss=(\d+)/g)].map((m) => Number(m[1]))))];

describe.skipIf(!hasChromium)('markup typed on either side of a shared page stays text', () => {
  let harness: Harness;
  let pro: TestPage;
  let needId = '';
  let personId = '';
  let conversationId = '';
  let needUrl = '';
  let recapUrl = '';
  // What the client wrote and what the firm wrote, split by where it shows.
  const clientTexts: string[] = [];
  const firmTexts: string[] = [];
  const recapTexts: string[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    pro = await harness.newPage(desktop);
    const firm = await signUpViaApi(pro.context, 'Ada Hartley');
    const person = await firm.post('/api/v1/people', { fullName: 'Sandra Okoye', emails: ['sandra@northwind.test'] });
    personId = person.id;

    // The firm's own fields: a title, a statement and steps, each carrying payloads the client will read.
    const [title, step1, step2, ...rest] = xssPayloads.slice(0, 20);
    const statement = pack(rest, 2_000)[0]!;
    const need = await firm.post('/api/v1/needs', { title: `Close ${title}`, personIds: [personId], problemStatement: { text: statement } });
    needId = need.id;
    await firm.post(`/api/v1/needs/${needId}/journey-steps/batch`, {
      steps: [
        { title: step1, ownerSide: 'client', ownerPersonId: personId },
        { title: step2, ownerSide: 'us' },
      ],
    });
    firmTexts.push(title!, step1!, step2!, statement);
    needUrl = (await firm.post('/api/v1/share-links', { personId, needId })).url;

    const conversation = await firm.post('/api/v1/conversations', {
      occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
      channel: 'meeting',
      personIds: [personId],
      notes: { inTheirWords: 'The close takes three weeks.' },
    });
    conversationId = conversation.id;
    const recapText = pack(xssPayloads.slice(20, 40), 5_000)[0]!;
    recapTexts.push(recapText);
    recapUrl = (await firm.post('/api/v1/share-links', { personId, conversationId, recapText })).url;
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  /** The client's acts through the page API her address opens, as her browser would send them. */
  async function clientPosts(url: string, path: string, data: object) {
    const client = await harness.newPage(desktop);
    const token = url.split('/s/')[1]!;
    const res = await client.context.request.post(`/api/v1/shared/${token}${path}`, { data });
    expect(res.status(), await res.text()).toBeLessThan(300);
    await client.context.close();
  }

  /** Opens a page, waits for it, and checks that nothing ran and every payload mark in `texts` is shown as text. */
  async function shownAsText(t: TestPage, path: string, ready: string, texts: readonly string[]) {
    await t.page.goto(path);
    await t.page.getByText(ready, { exact: false }).first().waitFor();
    // Sections load their own data: wait until every mark is on the page (or time out and say which are not).
    const expected = marks(texts);
    await t.page
      .waitForFunction((ns) => ns.every((n) => document.body.innerText.includes(`__xss=${n}`)), expected, { timeout: 10_000 })
      .catch(() => undefined);
    const state = await t.page.evaluate(() => ({
      ran: (window as unknown as { __xss?: number }).__xss ?? null,
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName} ${a.name}`)),
      injected: document.querySelectorAll('main iframe, main object, main embed, main img[src="x"], main script, main video').length,
      text: document.body.innerText,
    }));
    expect(state.ran, `a payload ran on ${path}`).toBeNull();
    expect(state.handlers, `an element with an event handler on ${path}`).toEqual([]);
    expect(state.injected, `an injected element on ${path}`).toBe(0);
    const missing = expected.filter((n) => !state.text.includes(`__xss=${n}`));
    expect(missing, `payloads not shown as text on ${path}`).toEqual([]);
  }

  it('keeps what the client writes as text on her page and on the firm’s pages', async () => {
    const comments = pack(xssPayloads.slice(40, 90), 2_000);
    for (const text of comments) await clientPosts(needUrl, '/comments', { text });
    const [suggestion] = pack(xssPayloads.slice(90, 110), 5_000);
    await clientPosts(needUrl, '/suggest', { version: 1, text: suggestion });
    const [correction] = pack(xssPayloads.slice(110, 120), 5_000);
    await clientPosts(recapUrl, '/recap-reply', { agrees: false, correction });
    const [checkInComment] = pack(xssPayloads.slice(120), 2_000);
    await clientPosts(needUrl, '/check-in', { credibility: 6, reliability: 5, intimacy: 4, selfOrientation: 6, comment: checkInComment });
    clientTexts.push(...comments, suggestion!, correction!, checkInComment!);
    expect(marks([...firmTexts, ...recapTexts, ...clientTexts]).sort((a, b) => a - b)).toEqual(xssPayloads.map((_, i) => i + 1));

    const client = await harness.newPage(desktop);
    await shownAsText(client, new URL(needUrl).pathname, 'The problem as we understand it', [...firmTexts, ...comments, suggestion!]);
    await shownAsText(client, new URL(recapUrl).pathname, 'Did I get it right?', [...recapTexts, correction!]);
    expect(client.problems).toEqual([]);

    await shownAsText(pro, `/needs/${needId}`, 'What the client did', [...firmTexts, ...comments, suggestion!]);
    await shownAsText(pro, `/conversations/${conversationId}`, 'Send “what I heard”', [...recapTexts, correction!]);
    await shownAsText(pro, '/inbox', 'Inbox', clientTexts);
    await shownAsText(pro, `/people/${personId}`, 'Sandra Okoye', [correction!, checkInComment!]);
    expect(pro.problems).toEqual([]);
  }, 120_000);
});
