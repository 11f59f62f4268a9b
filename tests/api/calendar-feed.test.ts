/**
 * The calendar feed: a member creates a secret link (shown once), calendar apps fetch it without a session
 * and get exactly the member's open follow-ups and the commitments they made, due from 30 days ago to a year
 * ahead, as all-day events with stable UIDs and links back; rotating and revoking kill the old link.
 */
import ICAL from 'ical.js';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, sessionCookieFrom, signUpFirm } from '../support/api-client.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { setUpTestApp } from '../support/test-app.ts';

// The server's "today" is 10 March 2026: the feed covers due days 2026-02-08 to 2027-03-10.
const now = new Date('2026-03-10T15:00:00Z');
let app: FastifyInstance;
let db: Parameters<typeof buildApp>[0]['db'];
beforeAll(async () => {
  ({ app, db } = await setUpTestApp({ clock: () => now }));
});

/** Fetches a feed as a calendar app would: no cookie, no token, only the address. */
const fetchFeed = (url: string) => app.inject({ method: 'GET', url: new URL(url).pathname });

async function createFeed(client: ApiClient): Promise<string> {
  const res = await client.post('/api/v1/me/calendar-feed');
  expect(res.statusCode, res.body).toBe(201);
  return res.json().url;
}

async function created(client: ApiClient, path: string, body: Record<string, unknown>): Promise<string> {
  const res = await client.post(path, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

interface FeedEvent {
  uid: string;
  summary: string;
  start: string;
  startIsDate: boolean;
  url: string;
  description: string;
}

/** Parses the feed with ical.js (a standard parser) into its events, in feed order. */
function eventsOf(body: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(body));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Yellowpad//Calendar feed//EN');
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      startIsDate: event.startDate.isDate,
      url: String(vevent.getFirstPropertyValue('url')),
      description: event.description,
    };
  });
}

/** Invites a colleague into the firm and returns their member id and a client logged in as them. */
async function joinAsColleague(client: ApiClient, name: string) {
  const invite = await client.post('/api/v1/invitations', { email: `${crypto.randomUUID().slice(0, 8)}@example.test` });
  const accepted = await app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token: invite.json().token, name, password: 'another long password' } });
  expect(accepted.statusCode, accepted.body).toBe(201);
  return { id: accepted.json().member.id as string, client: new ApiClient(app, { cookie: sessionCookieFrom(accepted), csrfToken: accepted.json().csrfToken }) };
}

describe('calendar feed', () => {
  it('needs a session to manage, and the CSRF token to change it', async () => {
    const anonymous = new ApiClient(app);
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const res = await anonymous.request(method, '/api/v1/me/calendar-feed', method === 'GET' ? undefined : {});
      expect(res.statusCode, method).toBe(401);
    }
    const { email, password } = await signUpFirm(app);
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    const cookieOnly = new ApiClient(app, { cookie: sessionCookieFrom(login) });
    expect((await cookieOnly.get('/api/v1/me/calendar-feed')).statusCode).toBe(200);
    for (const method of ['POST', 'DELETE'] as const) {
      const res = await cookieOnly.request(method, '/api/v1/me/calendar-feed', {});
      expect(res.statusCode, method).toBe(403);
      expect(res.json().error.code).toBe('csrf_token_invalid');
    }
  });

  it('creates a link shown once; the status then says since when, never the link', async () => {
    const { client } = await signUpFirm(app);
    expect((await client.get('/api/v1/me/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
    const res = await client.post('/api/v1/me/calendar-feed');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ url: expect.stringMatching(/^http:\/\/localhost(:\d+)?\/calendar\/ypc_[A-Za-z0-9_-]{43}\.ics$/), createdAt: expect.any(String) });
    const status = await client.get('/api/v1/me/calendar-feed');
    expect(status.json()).toEqual({ active: true, createdAt: res.json().createdAt });
    expect(status.body).not.toContain('ypc_');
  });

  it('serves exactly the member’s open follow-ups and promises in the window, without a session', async () => {
    const { client, member } = await signUpFirm(app);
    const maya = await created(client, '/api/v1/people', { fullName: 'Maya Okafor' });
    const northwind = await created(client, '/api/v1/organizations', { name: 'Northwind Logistics' });
    const followUp = await created(client, '/api/v1/follow-ups', { content: 'Send the month-end checklist', dueOn: '2026-03-24', personId: maya });
    const overdue = await created(client, '/api/v1/follow-ups', { content: 'Send the audit checklist', dueOn: '2026-03-01', organizationId: northwind });
    const promise = await created(client, '/api/v1/commitments', { side: 'us', description: 'Send the pricing proposal', dueOn: '2026-03-20', personId: maya, organizationId: northwind });
    // Left out: theirs, resolved, closed, outside the window, nobody's, a colleague's.
    await created(client, '/api/v1/commitments', { side: 'client', description: 'Zebra: send last year’s accounts', dueOn: '2026-03-18', personId: maya });
    const kept = await created(client, '/api/v1/commitments', { side: 'us', description: 'Zebra: kept promise', dueOn: '2026-03-19' });
    expect((await client.post(`/api/v1/commitments/${kept}/keep`, {})).statusCode).toBe(200);
    const done = await created(client, '/api/v1/follow-ups', { content: 'Zebra: send the payroll checklist (done)', dueOn: '2026-03-12' });
    expect((await client.post(`/api/v1/follow-ups/${done}/done`, {})).statusCode).toBe(200);
    await created(client, '/api/v1/follow-ups', { content: 'Zebra: send the payroll checklist (too long ago)', dueOn: '2026-02-07' });
    await created(client, '/api/v1/follow-ups', { content: 'Zebra: send the payroll checklist (too far ahead)', dueOn: '2027-03-11' });
    await created(client, '/api/v1/follow-ups', { content: 'Zebra: send the payroll checklist (nobody’s)', dueOn: '2026-03-12', memberId: null });
    const colleague = await joinAsColleague(client, 'Lee Park');
    await created(client, '/api/v1/follow-ups', { content: 'Zebra: send Lee’s payroll checklist', dueOn: '2026-03-12', memberId: colleague.id });
    await created(client, '/api/v1/commitments', { side: 'us', description: 'Zebra: Lee’s promise', dueOn: '2026-03-12', memberId: colleague.id });

    const url = await createFeed(client);
    const res = await fetchFeed(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    expect(res.body).not.toContain('Zebra');
    expect(res.body).toContain(`Yellowpad — ${member.name}`);
    const origin = new URL(url).origin;
    const events = eventsOf(res.body);
    expect(events.map(({ description: _, ...e }) => e)).toEqual([
      {
        uid: `follow-up-${overdue}@yellowpad`,
        summary: 'Follow up: Send the audit checklist — Northwind Logistics',
        start: '2026-03-01',
        startIsDate: true,
        url: `${origin}/follow-ups`,
      },
      {
        uid: `commitment-${promise}@yellowpad`,
        summary: 'Promised: Send the pricing proposal — Maya Okafor, Northwind Logistics',
        start: '2026-03-20',
        startIsDate: true,
        url: `${origin}/commitments/${promise}`,
      },
      {
        uid: `follow-up-${followUp}@yellowpad`,
        summary: 'Follow up: Send the month-end checklist — Maya Okafor',
        start: '2026-03-24',
        startIsDate: true,
        url: `${origin}/follow-ups`,
      },
    ]);
    expect(events[1]!.description).toBe(
      `We promised: Send the pricing proposal\nTo: Maya Okafor, Northwind Logistics\nDue: 2026-03-20\n\nOpen in Yellowpad: ${origin}/commitments/${promise}`,
    );
    // Fetched again, the same events keep the same UIDs (calendar apps update rather than duplicate).
    expect(eventsOf((await fetchFeed(url)).body).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    // The colleague's own feed shows theirs only.
    const theirs = eventsOf((await fetchFeed(await createFeed(colleague.client))).body);
    expect(theirs.map((e) => e.summary).sort()).toEqual(['Follow up: Zebra: send Lee’s payroll checklist', 'Promised: Zebra: Lee’s promise']);
  });

  it('rotating replaces the link: the old one is 404, the new one works', async () => {
    const { client } = await signUpFirm(app);
    const first = await createFeed(client);
    expect((await fetchFeed(first)).statusCode).toBe(200);
    const second = await createFeed(client);
    expect(second).not.toBe(first);
    const old = await fetchFeed(first);
    expect(old.statusCode).toBe(404);
    expect(old.json().error).toEqual({ code: 'not_found', message: 'No calendar feed at this address.' });
    expect((await fetchFeed(second)).statusCode).toBe(200);
    expect((await client.get('/api/v1/me/calendar-feed')).json().active).toBe(true);
  });

  it('revoking kills the link; revoking again is 404', async () => {
    const { client } = await signUpFirm(app);
    const url = await createFeed(client);
    expect((await client.delete('/api/v1/me/calendar-feed')).statusCode).toBe(204);
    expect((await fetchFeed(url)).statusCode).toBe(404);
    expect((await client.get('/api/v1/me/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
    const again = await client.delete('/api/v1/me/calendar-feed');
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('not_found');
  });

  it('answers an unknown secret with a bare 404', async () => {
    for (const path of ['/calendar/ypc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics', '/calendar/nonsense.ics']) {
      const res = await app.inject({ method: 'GET', url: path });
      expect(res.statusCode, path).toBe(404);
      expect(res.json().error).toEqual({ code: 'not_found', message: 'No calendar feed at this address.' });
    }
  });

  it('links to the server’s public URL when one is configured (YELLOWPAD_PUBLIC_URL)', async () => {
    const configured = await buildApp({ db, logger: false, clock: () => now, publicUrl: 'https://yellowpad.example.com/' });
    try {
      const { client } = await signUpFirm(configured);
      const promise = await created(client, '/api/v1/commitments', { side: 'us', description: 'Send the pricing proposal', dueOn: '2026-03-20' });
      const url = await createFeed(client);
      expect(url).toMatch(/^https:\/\/yellowpad\.example\.com\/calendar\/ypc_[A-Za-z0-9_-]{43}\.ics$/);
      const feed = await configured.inject({ method: 'GET', url: new URL(url).pathname });
      expect(eventsOf(feed.body).map((e) => e.url)).toEqual([`https://yellowpad.example.com/commitments/${promise}`]);
    } finally {
      await configured.close();
    }
  });
});
