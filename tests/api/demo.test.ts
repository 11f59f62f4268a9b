import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/build-app.ts';
import { ApiClient, sessionCookieFrom } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

let app: FastifyInstance;
let disabled: FastifyInstance;
beforeAll(async () => {
  const { app: enabledApp, db } = await setUpTestApp();
  app = enabledApp;
  disabled = await buildApp({ db, logger: false, demoEnabled: false });
});
afterAll(() => disabled.close());

describe('the demo firm', () => {
  it('creates a demo firm and logs in as its owner, with clients and conversations to look at', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/demo' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.firm.name).toBe('Larkspur & Reed Advisory');
    expect(body.member).toMatchObject({ role: 'owner', name: 'Margaret Larkspur' });
    expect(body.member.email).toMatch(/^demo\+[0-9a-f]{6}@yellowpad\.example$/);
    expect(body.csrfToken).toBeTruthy();
    const cookie = res.cookies.find((c) => c.name === 'yp_session');
    expect(cookie?.httpOnly).toBe(true);

    const client = new ApiClient(app, { cookie: sessionCookieFrom(res), csrfToken: body.csrfToken });
    const session = await client.get('/api/v1/auth/session');
    expect(session.json().firm.id).toBe(body.firm.id);
    const people = await client.get('/api/v1/people');
    expect(people.statusCode).toBe(200);
    expect(people.json().items.length).toBeGreaterThan(10);
  });

  it('gives the owner a full Today and something on every practice screen', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/demo' });
    const client = new ApiClient(app, { cookie: sessionCookieFrom(res), csrfToken: res.json().csrfToken });

    const today = await client.get('/api/v1/today');
    expect(today.statusCode).toBe(200);
    const { totals } = today.json();
    for (const list of ['followUpsDue', 'commitmentsDue', 'openIncidents', 'openLoops', 'losingTouch', 'journeysAtRisk']) {
      expect(totals[list], list).toBeGreaterThan(0);
    }

    for (const url of ['/api/v1/needs', '/api/v1/commitments', '/api/v1/incidents', '/api/v1/gifts', '/api/v1/providers', '/api/v1/referrals', '/api/v1/follow-ups']) {
      const list = await client.get(url);
      expect(list.statusCode, url).toBe(200);
      expect(list.json().items.length, url).toBeGreaterThan(0);
    }

    const reliability = (await client.get('/api/v1/reliability')).json();
    expect(reliability.us).toMatchObject({ keptOnTime: expect.any(Number), keptLate: expect.any(Number), renegotiated: expect.any(Number), broken: expect.any(Number) });
    expect(Math.min(reliability.us.keptOnTime, reliability.us.keptLate, reliability.us.renegotiated, reliability.us.broken)).toBeGreaterThan(0);
  });

  it('gives each caller a firm of their own', async () => {
    const a = (await app.inject({ method: 'POST', url: '/api/v1/demo' })).json();
    // The web app sends an empty JSON object; a bare POST (the test above) works too.
    const b = (await app.inject({ method: 'POST', url: '/api/v1/demo', payload: {} })).json();
    expect(a.firm.id).not.toBe(b.firm.id);
    expect(a.member.email).not.toBe(b.member.email);
  });

  it('is refused with 403 demo_disabled when the server turns the demo off', async () => {
    const res = await disabled.inject({ method: 'POST', url: '/api/v1/demo' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'demo_disabled', message: expect.stringContaining('YELLOWPAD_DEMO=off') });
    expect(res.cookies.find((c) => c.name === 'yp_session')).toBeUndefined();
  });
});
