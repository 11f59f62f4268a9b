/**
 * The client's page through its API (issue 11): what a shared plan shows and nothing more, every act the
 * client can take and what it records, and the limits — own steps only, the current version only, dead
 * links that change nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/open-db.ts';
import { queryRows } from '../../src/domain/support/rows.ts';
import { setUpTestApp } from '../support/test-app.ts';
import { created } from './needs-fixtures.ts';
import { asClient, sharedNeed, tokenOf } from './share-links-fixtures.ts';

let now = new Date('2026-03-10T12:00:00.000Z');
let app: FastifyInstance;
let db: Db;
beforeAll(async () => {
  ({ app, db } = await setUpTestApp({ clock: () => now }));
});

/** Moves the server's clock on a minute, so acts have an order of their own. */
const later = () => (now = new Date(now.getTime() + 60_000));

const clientRows = async () =>
  queryRows<{ acts: string; comments: string; suggestions: string; checkins: string; confirmations: string }>(
    db,
    sql`select (select count(*) from client_acts) as acts, (select count(*) from client_comments) as comments,
               (select count(*) from statement_suggestions) as suggestions, (select count(*) from trust_check_ins) as checkins,
               (select count(*) from problem_statement_confirmations) as confirmations`,
  );

describe('the client page', () => {
  it('shows the plan for their decision and nothing else of the firm', async () => {
    const s = await sharedNeed(app);
    expect(s.link.url).toMatch(/\/s\/yps_[A-Za-z0-9_-]{43}$/);
    const res = await asClient(app, s.token).get();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toContain('noindex');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    const page = res.json();
    expect(page).toMatchObject({
      kind: 'need',
      firm: { name: s.firm.name },
      person: { fullName: 'Sandra Okoye' },
      from: { name: s.member.name },
      need: {
        title: 'Faster month-end close',
        closed: false,
        problemStatement: { version: 1, text: 'The board does not trust the monthly numbers.', confirmedByYou: false, yourSuggestion: null },
        steps: [
          { id: s.clientStep, title: 'Board approves the budget', owner: 'client', targetDate: '2026-04-01', status: 'planned' },
          { id: s.ourStep, owner: 'us' },
          { id: s.jointStep, owner: 'both' },
        ],
        commitments: [],
      },
      comments: [],
      checkIn: { offered: true, lastAt: null },
    });
    expect(res.body).not.toContain('Tom Baker');
    expect(res.body).not.toContain('Northwind');
    const links = (await s.client.get(`/api/v1/share-links?needId=${s.need}`)).json().items;
    expect(links).toEqual([expect.objectContaining({ id: s.link.id, opens: 1, lastOpenedAt: now.toISOString(), state: 'active' })]);
  });

  it('records each act as the person’s, with the share page as how, and tells the lead', async () => {
    const s = await sharedNeed(app);
    const page = asClient(app, s.token);
    expect((await page.post('/confirm', { version: 1 })).statusCode).toBe(201);
    expect((await page.post('/confirm', { version: 1 })).statusCode).toBe(201);
    later();
    const statements = (await s.client.get(`/api/v1/needs/${s.need}/problem-statements`)).json();
    const list = statements.items ?? statements;
    expect(list[0].confirmations).toEqual([expect.objectContaining({ person: expect.objectContaining({ id: s.sandra }), how: 'share_page' })]);

    const tick = await page.post(`/steps/${s.clientStep}/complete`);
    expect(tick.statusCode, tick.body).toBe(200);
    expect(tick.json()).toMatchObject({ id: s.clientStep, status: 'done' });
    later();
    const ours = await page.post(`/steps/${s.ourStep}/complete`);
    expect(ours.statusCode).toBe(403);
    expect(ours.json().error.code).toBe('not_your_step');
    expect((await page.post(`/steps/${s.jointStep}/complete`)).statusCode).toBe(403);

    const comment = await page.post('/comments', { text: '<script>alert(1)</script> Can we move the pilot?', stepId: s.jointStep });
    expect(comment.statusCode, comment.body).toBe(201);
    expect((await page.post('/comments', { text: '   ' })).statusCode).toBe(400);

    const acts = (await s.client.get(`/api/v1/needs/${s.need}/client-acts`)).json();
    expect(acts.items.map((a: { kind: string }) => a.kind)).toEqual(['commented', 'step_completed', 'confirmed']);
    expect(acts.items[0]).toMatchObject({
      person: { id: s.sandra, fullName: 'Sandra Okoye' },
      need: { id: s.need, title: 'Faster month-end close' },
      step: { id: s.jointStep, title: 'Pilot with one region' },
      text: '<script>alert(1)</script> Can we move the pilot?',
    });
    expect((await s.client.get('/api/v1/notifications/count')).json()).toEqual({ unread: 3 });
    const inbox = (await s.client.get('/api/v1/notifications?unreadOnly=true')).json();
    expect(inbox.items).toHaveLength(3);
    expect(inbox.unread).toBe(3);
    const read = await s.client.post('/api/v1/notifications/read', { ids: [inbox.items[0].id] });
    expect(read.json()).toEqual({ unread: 2 });
    expect((await s.client.post('/api/v1/notifications/read', { all: true })).json()).toEqual({ unread: 0 });
    const timeline = (await s.client.get(`/api/v1/people/${s.sandra}/timeline`)).json();
    expect(timeline.items.filter((i: { type: string }) => i.type === 'client_act')).toHaveLength(3);
  });

  it('keeps a "not quite" beside its version until the professional adopts it or sets it aside', async () => {
    const s = await sharedNeed(app);
    const page = asClient(app, s.token);
    const suggestion = await page.post('/suggest', { version: 1, text: 'The board trusts the numbers; the close takes three weeks.' });
    expect(suggestion.statusCode, suggestion.body).toBe(201);
    expect((await page.get()).json().need.problemStatement.yourSuggestion).toMatchObject({ text: 'The board trusts the numbers; the close takes three weeks.' });
    const [open] = (await s.client.get(`/api/v1/needs/${s.need}/suggestions`)).json().items;
    expect(open).toMatchObject({ version: 1, status: 'open', person: { id: s.sandra } });
    const adopted = await s.client.post(`/api/v1/needs/${s.need}/suggestions/${open.id}/adopt`);
    expect(adopted.statusCode, adopted.body).toBe(201);
    expect(adopted.json()).toMatchObject({ version: 2, origin: 'working', text: 'The board trusts the numbers; the close takes three weeks.' });
    expect(adopted.json().changeReason).toContain('Sandra Okoye');
    const again = await s.client.post(`/api/v1/needs/${s.need}/suggestions/${open.id}/set-aside`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('suggestion_resolved');
    // The client answered version 1; a yes to it now is stale and names the current one.
    const stale = await page.post('/confirm', { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'problem_statement_stale', details: { currentVersion: 2 } });
  });

  it('takes a trust check-in once every 90 days', async () => {
    const s = await sharedNeed(app);
    const page = asClient(app, s.token);
    const scores = { credibility: 6, reliability: 5, intimacy: 4, selfOrientation: 7, comment: 'Good so far' };
    expect((await page.post('/check-in', { ...scores, credibility: 8 })).statusCode).toBe(400);
    expect((await page.post('/check-in', scores)).statusCode).toBe(201);
    const soon = await page.post('/check-in', scores);
    expect(soon.statusCode).toBe(409);
    expect(soon.json().error.code).toBe('check_in_too_soon');
    expect((await page.get()).json().checkIn).toEqual({ offered: false, lastAt: now.toISOString() });
    const [act] = (await s.client.get(`/api/v1/needs/${s.need}/client-acts`)).json().items;
    expect(act).toMatchObject({ kind: 'checked_in', checkIn: { credibility: 6, reliability: 5, intimacy: 4, selfOrientation: 7 }, text: 'Good so far' });
  });

  it('a revoked, expired or unknown address changes nothing', async () => {
    const s = await sharedNeed(app);
    const page = asClient(app, s.token, '10.0.0.2');
    const revoked = await s.client.post(`/api/v1/share-links/${s.link.id}/revoke`);
    expect(revoked.json()).toMatchObject({ state: 'revoked' });
    expect((await s.client.post(`/api/v1/share-links/${s.link.id}/revoke`)).statusCode).toBe(200);
    const before = await clientRows();
    for (const [path, body] of [
      ['/confirm', { version: 1 }],
      ['/suggest', { version: 1, text: 'x' }],
      [`/steps/${s.clientStep}/complete`, {}],
      ['/comments', { text: 'hello' }],
      ['/check-in', { credibility: 1, reliability: 1, intimacy: 1, selfOrientation: 1 }],
    ] as const) {
      const res = await page.post(path, body);
      expect(res.statusCode, path).toBe(410);
      expect(res.json().error.code).toBe('share_link_gone');
    }
    expect((await page.get()).statusCode).toBe(410);
    expect(await clientRows()).toEqual(before);
    const unknown = await asClient(app, 'yps_' + 'A'.repeat(43), '10.0.0.2').get();
    expect(unknown.statusCode).toBe(404);

    // Another person's live link, then the clock passes its expiry.
    const tomLink = await created(s.client, '/api/v1/share-links', { personId: s.tom, needId: s.need, expiresAt: '2026-03-20T00:00:00.000Z' });
    const saved = now;
    now = new Date('2026-03-21T00:00:00.000Z');
    try {
      expect((await asClient(app, tokenOf(tomLink.url as string), '10.0.0.2').get()).statusCode).toBe(410);
      expect((await s.client.get(`/api/v1/share-links?needId=${s.need}`)).json().items[0].state).toBe('expired');
    } finally {
      now = saved;
    }
  });

  it('refuses what a link cannot reach: another need’s step, another firm’s link', async () => {
    const s = await sharedNeed(app);
    const other = await sharedNeed(app);
    const step = await asClient(app, s.token).post(`/steps/${other.clientStep}/complete`);
    expect(step.statusCode).toBe(404);
    for (const url of [`/api/v1/share-links/${other.link.id}/revoke`, `/api/v1/share-links/${other.link.id}/new-address`]) {
      expect((await s.client.post(url)).statusCode, url).toBe(404);
    }
    expect((await s.client.get(`/api/v1/share-links?needId=${other.need}`)).statusCode).toBe(404);
    expect((await s.client.get(`/api/v1/needs/${other.need}/client-acts`)).statusCode).toBe(404);
  });

  it('keeps only a hash of the secret, and a new address retires the old one', async () => {
    const s = await sharedNeed(app);
    const rows = await queryRows<{ hit: string }>(
      db,
      sql`select count(*) as hit from share_links where token_hash = ${s.token} or recap_text like ${'%' + s.token + '%'}`,
    );
    expect(Number(rows[0]!.hit)).toBe(0);
    const renewed = await s.client.post(`/api/v1/share-links/${s.link.id}/new-address`);
    expect(renewed.statusCode).toBe(200);
    const fresh = tokenOf(renewed.json().url);
    expect(fresh).not.toBe(s.token);
    expect((await asClient(app, s.token, '10.0.0.3').get()).statusCode).toBe(404);
    expect((await asClient(app, fresh).get()).statusCode).toBe(200);
  });

  it('one live link per person and subject, and only to the need’s own people', async () => {
    const s = await sharedNeed(app);
    const again = await s.client.post('/api/v1/share-links', { personId: s.sandra, needId: s.need });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'share_link_exists', details: { id: s.link.id } });
    const stranger = await created(s.client, '/api/v1/people', { fullName: 'Ravi Stranger' });
    const refused = await s.client.post('/api/v1/share-links', { personId: stranger.id, needId: s.need });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('share_person_not_involved');
    const tooLong = await s.client.post('/api/v1/share-links', { personId: s.tom, needId: s.need, expiresAt: '2028-01-01T00:00:00.000Z' });
    expect(tooLong.statusCode).toBe(400);
    const noMail = await s.client.post('/api/v1/share-links', { personId: s.tom, needId: s.need, email: { subject: 'Hi', body: 'The plan' } });
    expect(noMail.statusCode).toBe(503);
    expect((await s.client.get(`/api/v1/share-links?needId=${s.need}`)).json().items).toHaveLength(1);
  });

  it('slows down an IP that keeps trying addresses that do not work', async () => {
    const s = await sharedNeed(app);
    for (let i = 0; i < 20; i++) expect((await asClient(app, `yps_guess${i}`, '10.9.9.9').get()).statusCode).toBe(404);
    const blocked = await asClient(app, s.token, '10.9.9.9').get();
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    expect((await asClient(app, s.token, '10.9.9.10').get()).statusCode).toBe(200);
  });

  it('erasing the person removes their links and everything they did on their pages', async () => {
    const s = await sharedNeed(app);
    const page = asClient(app, s.token, '10.0.0.4');
    await page.post('/comments', { text: 'A comment' });
    await page.post('/check-in', { credibility: 5, reliability: 5, intimacy: 5, selfOrientation: 5 });
    const preview = (await s.client.get(`/api/v1/people/${s.sandra}/erasure-preview`)).json();
    expect(preview.unlinked).toMatchObject({ shareLinks: 1, clientActs: 2 });
    const erased = await s.client.post(`/api/v1/people/${s.sandra}/erasure`, { confirmName: 'Sandra Okoye' });
    expect(erased.statusCode, erased.body).toBe(201);
    expect((await page.get()).statusCode).toBe(404);
    expect((await s.client.get(`/api/v1/needs/${s.need}/client-acts`)).json().items).toEqual([]);
    expect((await s.client.get('/api/v1/notifications/count')).json()).toEqual({ unread: 0 });
    const left = await queryRows<{ n: string }>(db, sql`select count(*) as n from trust_check_ins where person_id = ${s.sandra}`);
    expect(Number(left[0]!.n)).toBe(0);
  });
});
