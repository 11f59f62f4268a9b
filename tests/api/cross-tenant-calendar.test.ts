/**
 * Calendar feeds across firms: firm B's member can neither see nor revoke nor replace firm A's feed (the
 * management endpoints only ever act on the caller's own), and each feed shows only its own firm's items.
 */
import ICAL from 'ical.js';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUpFirm, type ApiClient, type SignedUp } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

let app: FastifyInstance;
let a: SignedUp;
let b: SignedUp;
let aUrl: string;
beforeAll(async () => {
  ({ app } = await setUpTestApp({ clock: () => new Date('2026-03-10T12:00:00Z') }));
  [a, b] = [await signUpFirm(app), await signUpFirm(app)];
  const zebra = (await a.client.post('/api/v1/people', { fullName: 'Zebra Secret Client' })).json().id;
  expect((await a.client.post('/api/v1/follow-ups', { content: 'Zebra: send the audit checklist', dueOn: '2026-03-12', personId: zebra })).statusCode).toBe(201);
  expect((await a.client.post('/api/v1/commitments', { side: 'us', description: 'Zebra: send the proposal', dueOn: '2026-03-13', personId: zebra })).statusCode).toBe(201);
  expect((await b.client.post('/api/v1/follow-ups', { content: 'Send B’s own checklist', dueOn: '2026-03-12' })).statusCode).toBe(201);
  aUrl = (await a.client.post('/api/v1/me/calendar-feed')).json().url;
});

const fetchFeed = (url: string) => app.inject({ method: 'GET', url: new URL(url).pathname });
const summaries = (body: string) =>
  new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary'))).sort();

async function expectAFeedIntact() {
  const res = await fetchFeed(aUrl);
  expect(res.statusCode).toBe(200);
  expect(summaries(res.body)).toEqual(['Follow up: Zebra: send the audit checklist — Zebra Secret Client', 'Promised: Zebra: send the proposal — Zebra Secret Client']);
}

const statusOf = async (client: ApiClient) => (await client.get('/api/v1/me/calendar-feed')).json();

describe('cross-tenant isolation: calendar feeds', () => {
  it("B sees no feed of A's, and cannot revoke it", async () => {
    expect(await statusOf(b.client)).toEqual({ active: false, createdAt: null });
    const revoke = await b.client.delete('/api/v1/me/calendar-feed');
    expect(revoke.statusCode).toBe(404);
    expect(revoke.json().error.code).toBe('not_found');
    await expectAFeedIntact();
    expect((await statusOf(a.client)).active).toBe(true);
  });

  it("B's own feed shows only B's items, and creating or revoking it leaves A's working", async () => {
    const bUrl = (await b.client.post('/api/v1/me/calendar-feed')).json().url;
    const feed = await fetchFeed(bUrl);
    expect(summaries(feed.body)).toEqual(['Follow up: Send B’s own checklist']);
    expect(feed.body).not.toContain('Zebra');
    await expectAFeedIntact();
    expect((await b.client.delete('/api/v1/me/calendar-feed')).statusCode).toBe(204);
    await expectAFeedIntact();
  });
});
