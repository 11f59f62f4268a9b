import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { ApiClient, sessionCookieFrom, signUpFirm } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp());
});

describe('health and OpenAPI', () => {
  it('reports health without login', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI 3 document generated from the request schemas', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const createPerson = doc.paths['/api/v1/people'].post;
    const body = createPerson.requestBody.content['application/json'].schema;
    expect(body.required).toContain('fullName');
  });

  it('sends security headers with a content security policy', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('sign-up, log-in, log-out', () => {
  it('signs up a firm and its owner, with an httpOnly session cookie and a CSRF token', async () => {
    const tag = randomUUID().slice(0, 8);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { firmName: 'Harbour Advisory', name: 'Ada Lane', email: `Ada.${tag}@Harbour.test`, password: 'long enough password' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.firm).toMatchObject({ name: 'Harbour Advisory', slug: expect.stringMatching(/^harbour-advisory/) });
    expect(body.member).toMatchObject({ name: 'Ada Lane', email: `ada.${tag}@harbour.test`, role: 'owner' });
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.member.passwordHash).toBeUndefined();
    const cookie = res.cookies.find((c) => c.name === 'yp_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });

  it('refuses a second account with the same email, in any letter case', async () => {
    const first = await signUpFirm(app);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { firmName: 'Other', name: 'Other', email: first.email.toUpperCase(), password: 'long enough password' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('email_taken');
  });

  it('explains each invalid sign-up field', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { firmName: '', email: 'nope', password: 'short' } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.details.fields).sort()).toEqual(['email', 'firmName', 'name', 'password']);
    expect(error.message).toContain('password');
  });

  it('logs in with the right password only, and logs out', async () => {
    const { email, password } = await signUpFirm(app);
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'not the password' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');

    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    expect(res.statusCode).toBe(200);
    const client = new ApiClient(app, { cookie: sessionCookieFrom(res), csrfToken: res.json().csrfToken });
    expect((await client.get('/api/v1/auth/session')).json().member.email).toBe(email);

    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(204);
    const after = await client.get('/api/v1/people');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('not_authenticated');
  });

  it('rate-limits repeated log-in attempts', async () => {
    const { email } = await signUpFirm(app);
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: `guess ${i}` } });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });
});

describe('CSRF and API tokens', () => {
  it('refuses a cookie-authenticated change without the CSRF header', async () => {
    const { client } = await signUpFirm(app);
    const res = await client.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: { cookie: (client as unknown as { auth: { cookie: string } }).auth.cookie },
      payload: { fullName: 'No Token' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_token_invalid');
  });

  it('issues a token, shown once, that works without CSRF as a Bearer token', async () => {
    const { client } = await signUpFirm(app);
    const res = await client.post('/api/v1/tokens', { name: 'import script' });
    expect(res.statusCode).toBe(201);
    const { token } = res.json();
    const bearer = new ApiClient(app, { bearer: token });
    const created = await bearer.post('/api/v1/people', { fullName: 'Via Token' });
    expect(created.statusCode).toBe(201);
    const bad = await new ApiClient(app, { bearer: 'ypt_not-a-real-token' }).get('/api/v1/people');
    expect(bad.statusCode).toBe(401);
  });
});

describe('invitations', () => {
  it('lets an owner invite a colleague by link, once', async () => {
    const owner = await signUpFirm(app);
    const email = `colleague-${randomUUID().slice(0, 8)}@example.test`;
    const invite = await owner.client.post('/api/v1/invitations', { email });
    expect(invite.statusCode).toBe(201);
    const { token, path } = invite.json();
    expect(path).toBe(`/join#${token}`);

    const info = await app.inject({ method: 'POST', url: '/api/v1/invitations/lookup', payload: { token } });
    expect(info.json()).toMatchObject({ firm: { id: owner.firm.id }, email, role: 'member' });

    const accept = await app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token, name: 'Col League', password: 'another long password' } });
    expect(accept.statusCode).toBe(201);
    expect(accept.json().member.role).toBe('member');
    expect(accept.json().firm.id).toBe(owner.firm.id);

    const again = await app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token, name: 'Twice', password: 'another long password' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('invitation_used');

    const team = await owner.client.get('/api/v1/members');
    expect(team.json().items.map((m: { name: string }) => m.name)).toContain('Col League');

    const memberClient = new ApiClient(app, { cookie: sessionCookieFrom(accept), csrfToken: accept.json().csrfToken });
    const denied = await memberClient.post('/api/v1/invitations', { email: 'x@example.test' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
  });
});

describe('errors', () => {
  it('answers unknown API routes and bad JSON in the one error shape', async () => {
    const { client } = await signUpFirm(app);
    const missing = await client.get('/api/v1/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('route_not_found');
    const bad = await client.request('POST', '/api/v1/people', '{"fullName":', { 'content-type': 'application/json' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_json');
  });
});
