/** Referrals out (to a provider who fits better: help given) and in (who referred the client to us). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/open-db.ts';
import { needs } from '../../src/db/schema.ts';
import { signUpFirm, type ApiClient } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

const now = new Date('2026-03-10T09:00:00Z');
let app: FastifyInstance;
let db: Db;
beforeAll(async () => {
  ({ app, db } = await setUpTestApp({ clock: () => now }));
});

async function setUp(client: ApiClient) {
  const maya = (await client.post('/api/v1/people', { fullName: 'Maya Okafor' })).json().id as string;
  const tom = (await client.post('/api/v1/people', { fullName: 'Tom Reyes' })).json().id as string;
  const provider = (await client.post('/api/v1/providers', { name: 'Fenwick Payroll', kind: 'firm', goodAt: 'Payroll' })).json().id as string;
  return { maya, tom, provider };
}

async function addReferral(client: ApiClient, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/referrals', { reason: 'They fit better', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const reasons = (res: { json(): { items: { reason: string }[] } }) => res.json().items.map((r) => r.reason);

describe('referrals', () => {
  it('records a referral out as help given, today by default, and edits and deletes it', async () => {
    const { client, member, firm } = await signUpFirm(app);
    const { maya, provider } = await setUp(client);
    const [need] = await db.insert(needs).values({ firmId: firm.id, title: 'Multi-site payroll' }).returning({ id: needs.id });
    const out = await addReferral(client, { direction: 'out', providerId: provider, personId: maya, needId: need!.id, reason: ' Twelve vet groups on their books ' });
    expect(out).toEqual({
      id: expect.any(String),
      direction: 'out',
      helpGiven: true,
      provider: { id: provider, name: 'Fenwick Payroll' },
      referredByPerson: null,
      referredByName: null,
      person: { id: maya, fullName: 'Maya Okafor' },
      organization: null,
      need: { id: need!.id, title: 'Multi-site payroll' },
      conversationId: null,
      reason: 'Twelve vet groups on their books',
      referredOn: '2026-03-10',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: member.id,
      version: 1,
    });
    expect((await client.get(`/api/v1/referrals/${out.id}`)).json()).toEqual(out);

    const edited = await client.patch(`/api/v1/referrals/${out.id}`, { version: 1, reason: 'Payroll specialists', referredOn: '2026-03-02', needId: null });
    expect(edited.json()).toMatchObject({ reason: 'Payroll specialists', referredOn: '2026-03-02', need: null, version: 2 });
    const noProvider = await client.patch(`/api/v1/referrals/${out.id}`, { version: 2, providerId: null });
    expect(noProvider.statusCode).toBe(400);
    expect(Object.keys(noProvider.json().error.details.fields)).toEqual(['providerId']);
    const stale = await client.patch(`/api/v1/referrals/${out.id}`, { version: 1, reason: 'x' });
    expect(stale.json().error.code).toBe('version_conflict');

    expect((await client.delete(`/api/v1/referrals/${out.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/v1/referrals/${out.id}`)).statusCode).toBe(404);
  });

  it('records referrals in from a provider, a person we know, or a name', async () => {
    const { client } = await signUpFirm(app);
    const { maya, tom, provider } = await setUp(client);
    const fromPerson = await addReferral(client, { direction: 'in', referredByPersonId: tom, personId: maya, reason: 'Tom told her about us at the trade fair' });
    expect(fromPerson).toMatchObject({ direction: 'in', helpGiven: false, referredByPerson: { id: tom, fullName: 'Tom Reyes' }, provider: null });
    const fromName = await addReferral(client, { direction: 'in', referredByName: 'Their bank manager', personId: maya, referredOn: '2026-01-15' });
    expect(fromName).toMatchObject({ referredByName: 'Their bank manager', referredOn: '2026-01-15' });
    const fromProvider = await addReferral(client, { direction: 'in', providerId: provider, personId: tom });
    expect(fromProvider.provider).toEqual({ id: provider, name: 'Fenwick Payroll' });
    const cleared = await client.patch(`/api/v1/referrals/${fromName.id}`, { version: 1, referredByName: ' ' });
    expect(cleared.statusCode).toBe(400);
    expect(Object.keys(cleared.json().error.details.fields).sort()).toEqual(['providerId', 'referredByName', 'referredByPersonId']);
  });

  it('names the missing fields: out needs the provider, in needs who referred, both need the client', async () => {
    const { client } = await signUpFirm(app);
    const { maya } = await setUp(client);
    const out = await client.post('/api/v1/referrals', { direction: 'out', reason: 'r' });
    expect(out.statusCode).toBe(400);
    expect(Object.keys(out.json().error.details.fields).sort()).toEqual(['needId', 'organizationId', 'personId', 'providerId']);
    expect(out.json().error.message).toBe('Say which provider you referred the client to. Say which client it was for: a person, an organisation or a need.');
    const inbound = await client.post('/api/v1/referrals', { direction: 'in', reason: 'r', personId: maya });
    expect(Object.keys(inbound.json().error.details.fields).sort()).toEqual(['providerId', 'referredByName', 'referredByPersonId']);
    const noReason = await client.post('/api/v1/referrals', { direction: 'sideways', reason: '' });
    expect(Object.keys(noReason.json().error.details.fields).sort()).toEqual(['direction', 'reason']);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const field of ['providerId', 'personId', 'organizationId', 'needId', 'conversationId', 'referredByPersonId']) {
      const body = { direction: 'in', reason: 'r', referredByName: 'A friend', personId: maya, [field]: missing };
      const res = await client.post('/api/v1/referrals', body);
      expect(res.statusCode, field).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'not_found', details: { field } });
    }
    expect((await client.get('/api/v1/referrals')).json().items).toEqual([]);
  });

  it('lists newest first, by direction, provider or client, page by page', async () => {
    const { client } = await signUpFirm(app);
    const { maya, tom, provider } = await setUp(client);
    const org = (await client.post('/api/v1/organizations', { name: 'Northwind' })).json().id;
    await addReferral(client, { direction: 'out', providerId: provider, personId: maya, reason: 'out maya', referredOn: '2026-02-01' });
    await addReferral(client, { direction: 'in', referredByName: 'Bank', personId: tom, reason: 'in tom', referredOn: '2026-03-01' });
    await addReferral(client, { direction: 'out', providerId: provider, organizationId: org, reason: 'out org', referredOn: '2026-01-10' });
    expect(reasons(await client.get('/api/v1/referrals'))).toEqual(['in tom', 'out maya', 'out org']);
    expect(reasons(await client.get('/api/v1/referrals?direction=out'))).toEqual(['out maya', 'out org']);
    expect(reasons(await client.get('/api/v1/referrals?direction=in'))).toEqual(['in tom']);
    expect(reasons(await client.get(`/api/v1/referrals?providerId=${provider}`))).toEqual(['out maya', 'out org']);
    expect(reasons(await client.get(`/api/v1/referrals?personId=${tom}`))).toEqual(['in tom']);
    expect(reasons(await client.get(`/api/v1/referrals?organizationId=${org}`))).toEqual(['out org']);
    const first = (await client.get('/api/v1/referrals?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(reasons(await client.get(`/api/v1/referrals?limit=2&cursor=${first.nextCursor}`))).toEqual(['out org']);
  });
});
