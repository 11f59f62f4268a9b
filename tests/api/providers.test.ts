/** The provider directory: other firms and people (competitors included), what they are good at, contact. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signUpFirm, type ApiClient } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp());
});

async function addProvider(client: ApiClient, name: string, goodAt = 'Payroll', kind = 'firm') {
  const res = await client.post('/api/v1/providers', { name, kind, goodAt });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const names = (res: { json(): { items: { name: string }[] } }) => res.json().items.map((p) => p.name);

describe('providers', () => {
  it('adds, reads, edits and deletes a provider', async () => {
    const { client, member } = await signUpFirm(app);
    const res = await client.post('/api/v1/providers', {
      name: ' Fenwick Payroll ',
      kind: 'firm',
      goodAt: 'Payroll for multi-site practices',
      contactName: 'Dana Fenwick',
      email: 'dana@fenwick.test',
      phone: '+44 20 7946 0001',
      website: 'fenwick.test',
      notes: '  A competitor on bookkeeping; better than us at payroll. ',
    });
    expect(res.statusCode).toBe(201);
    const provider = res.json();
    expect(provider).toEqual({
      id: expect.any(String),
      name: 'Fenwick Payroll',
      kind: 'firm',
      goodAt: 'Payroll for multi-site practices',
      contactName: 'Dana Fenwick',
      email: 'dana@fenwick.test',
      phone: '+44 20 7946 0001',
      website: 'fenwick.test',
      notes: 'A competitor on bookkeeping; better than us at payroll.',
      referralsOut: 0,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: member.id,
      version: 1,
    });
    expect((await client.get(`/api/v1/providers/${provider.id}`)).json()).toEqual(provider);

    const edited = await client.patch(`/api/v1/providers/${provider.id}`, { version: 1, kind: 'person', name: 'Dana Fenwick', phone: null, notes: '  ' });
    expect(edited.json()).toMatchObject({ name: 'Dana Fenwick', kind: 'person', phone: null, notes: null, email: 'dana@fenwick.test', version: 2 });
    const stale = await client.patch(`/api/v1/providers/${provider.id}`, { version: 1, name: 'Old' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');

    expect((await client.delete(`/api/v1/providers/${provider.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/v1/providers/${provider.id}`)).statusCode).toBe(404);
  });

  it('validates names, kinds and emails', async () => {
    const { client } = await signUpFirm(app);
    const res = await client.post('/api/v1/providers', { name: '  ', kind: 'agency', goodAt: '', email: 'not an email' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.details.fields).sort()).toEqual(['email', 'goodAt', 'kind', 'name']);
  });

  it('lists by name and searches names and what they are good at, any case', async () => {
    const { client } = await signUpFirm(app);
    await addProvider(client, 'zeta Tax', 'R&D tax credits');
    await addProvider(client, 'Alder Legal', 'Employment law, 100% remote');
    await addProvider(client, 'Birch & Co', 'Payroll bureau');
    await addProvider(client, 'Priya Shah', 'Interim finance directors', 'person');
    expect(names(await client.get('/api/v1/providers'))).toEqual(['Alder Legal', 'Birch & Co', 'Priya Shah', 'zeta Tax']);
    expect(names(await client.get('/api/v1/providers?q=PAYROLL'))).toEqual(['Birch & Co']);
    expect(names(await client.get('/api/v1/providers?q=tax'))).toEqual(['zeta Tax']);
    expect(names(await client.get('/api/v1/providers?q=100%25'))).toEqual(['Alder Legal']);
    expect(names(await client.get('/api/v1/providers?q=%25'))).toEqual(['Alder Legal']);
    const first = (await client.get('/api/v1/providers?limit=3')).json();
    expect(first.items.map((p: { name: string }) => p.name)).toEqual(['Alder Legal', 'Birch & Co', 'Priya Shah']);
    expect(names(await client.get(`/api/v1/providers?limit=3&cursor=${first.nextCursor}`))).toEqual(['zeta Tax']);
  });

  it('counts referrals out, and refuses to delete a provider referrals name', async () => {
    const { client } = await signUpFirm(app);
    const provider = await addProvider(client, 'Fenwick Payroll');
    const maya = (await client.post('/api/v1/people', { fullName: 'Maya' })).json().id;
    for (const direction of ['out', 'out', 'in']) {
      const res = await client.post('/api/v1/referrals', { direction, providerId: provider.id, personId: maya, reason: 'Payroll' });
      expect(res.statusCode).toBe(201);
    }
    expect((await client.get(`/api/v1/providers/${provider.id}`)).json().referralsOut).toBe(2);
    expect((await client.get('/api/v1/providers')).json().items[0].referralsOut).toBe(2);
    const refused = await client.delete(`/api/v1/providers/${provider.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'provider_in_use', message: expect.stringMatching(/^3 referrals name this provider/), details: { referrals: 3 } });
    expect((await client.get(`/api/v1/providers/${provider.id}`)).statusCode).toBe(200);
  });
});
