/** Gifts: something specific given to one client, the risk we took, and how they responded. */
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

async function addPerson(client: ApiClient, fullName: string): Promise<string> {
  return (await client.post('/api/v1/people', { fullName })).json().id;
}

/** Needs have their own API; a row is all a gift needs to point at. */
async function addNeed(firmId: string, title: string): Promise<string> {
  const [need] = await db.insert(needs).values({ firmId, title }).returning({ id: needs.id });
  return need!.id;
}

async function addGift(client: ApiClient, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/gifts', { kind: 'insight', specificToClient: 'Uses their own numbers', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const titles = (res: { json(): { items: { title: string }[] } }) => res.json().items.map((g) => g.title);

describe('gifts', () => {
  it('records a gift (given today by default), reads, edits, records the response and deletes it', async () => {
    const { client, member, firm } = await signUpFirm(app);
    const maya = await addPerson(client, 'Maya Okafor');
    const org = (await client.post('/api/v1/organizations', { name: 'Northwind Logistics' })).json().id;
    const need = await addNeed(firm.id, 'A faster month-end close');
    const res = await client.post('/api/v1/gifts', {
      kind: 'sample_of_work',
      title: '  Close-calendar redesign on their January data ',
      specificToClient: 'Their own January close, re-sequenced: 11 days → 6',
      riskTaken: 'Two days of unpaid work; they may think the plan naive',
      reference: 'https://files.example/northwind-close.pdf',
      personId: maya,
      organizationId: org,
      needId: need,
    });
    expect(res.statusCode).toBe(201);
    const gift = res.json();
    expect(gift).toEqual({
      id: expect.any(String),
      kind: 'sample_of_work',
      title: 'Close-calendar redesign on their January data',
      specificToClient: 'Their own January close, re-sequenced: 11 days → 6',
      riskTaken: 'Two days of unpaid work; they may think the plan naive',
      givenOn: '2026-03-10',
      reference: 'https://files.example/northwind-close.pdf',
      response: 'pending',
      responseNote: null,
      person: { id: maya, fullName: 'Maya Okafor' },
      organization: { id: org, name: 'Northwind Logistics' },
      need: { id: need, title: 'A faster month-end close' },
      conversationId: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: member.id,
      version: 1,
    });
    expect((await client.get(`/api/v1/gifts/${gift.id}`)).json()).toEqual(gift);

    const responded = await client.patch(`/api/v1/gifts/${gift.id}`, { version: 1, response: 'used', responseNote: 'They ran February on it.', riskTaken: null });
    expect(responded.statusCode).toBe(200);
    expect(responded.json()).toMatchObject({ response: 'used', responseNote: 'They ran February on it.', riskTaken: null, version: 2 });
    const stale = await client.patch(`/api/v1/gifts/${gift.id}`, { version: 1, response: 'ignored' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const moved = await client.patch(`/api/v1/gifts/${gift.id}`, { version: 2, personId: null, needId: null, givenOn: '2026-03-01' });
    expect(moved.json()).toMatchObject({ person: null, need: null, organization: { id: org }, givenOn: '2026-03-01', response: 'used' });

    expect((await client.delete(`/api/v1/gifts/${gift.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/v1/gifts/${gift.id}`)).statusCode).toBe(404);
    expect((await client.delete(`/api/v1/gifts/${gift.id}`)).statusCode).toBe(404);
  });

  it('needs a person or an organisation, and known links', async () => {
    const { client } = await signUpFirm(app);
    const nobody = await client.post('/api/v1/gifts', { kind: 'paper', title: 'Payroll white paper', specificToClient: 'Their sector' });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error).toMatchObject({ code: 'validation_failed', details: { fields: { personId: expect.any(String), organizationId: expect.any(String) } } });

    const maya = await addPerson(client, 'Maya');
    const gift = await addGift(client, { title: 'Insight on their VAT', personId: maya });
    const cleared = await client.patch(`/api/v1/gifts/${gift.id}`, { version: 1, personId: null });
    expect(cleared.statusCode).toBe(400);
    expect(Object.keys(cleared.json().error.details.fields).sort()).toEqual(['organizationId', 'personId']);

    const missing = '00000000-0000-4000-8000-000000000000';
    for (const field of ['personId', 'organizationId', 'needId', 'conversationId']) {
      const res = await client.post('/api/v1/gifts', { kind: 'tool', title: 'Tool', specificToClient: 's', personId: maya, [field]: missing });
      expect(res.statusCode, field).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'not_found', details: { field } });
    }
    const invalid = await client.post('/api/v1/gifts', { kind: 'flowers', title: ' ', specificToClient: '', personId: maya, givenOn: 'yesterday' });
    expect(invalid.statusCode).toBe(400);
    expect(Object.keys(invalid.json().error.details.fields).sort()).toEqual(['givenOn', 'kind', 'specificToClient', 'title']);
    expect(titles(await client.get('/api/v1/gifts'))).toEqual(['Insight on their VAT']);
  });

  it('lists newest given first, with filters, page by page', async () => {
    const { client, firm } = await signUpFirm(app);
    const maya = await addPerson(client, 'Maya');
    const sam = await addPerson(client, 'Sam');
    const org = (await client.post('/api/v1/organizations', { name: 'Northwind' })).json().id;
    const need = await addNeed(firm.id, 'Cash visibility');
    await addGift(client, { title: 'Oldest', personId: maya, givenOn: '2026-01-05' });
    const newest = await addGift(client, { title: 'Newest', personId: sam, givenOn: '2026-03-09', needId: need });
    await addGift(client, { title: 'Middle', organizationId: org, givenOn: '2026-02-14' });
    await addGift(client, { title: 'Same day as middle', personId: maya, organizationId: org, givenOn: '2026-02-14' });
    await client.patch(`/api/v1/gifts/${newest.id}`, { version: 1, response: 'declined' });

    const all = titles(await client.get('/api/v1/gifts'));
    expect(all[0]).toBe('Newest');
    expect(all[3]).toBe('Oldest');
    expect(all.slice(1, 3).sort()).toEqual(['Middle', 'Same day as middle']);
    expect(titles(await client.get(`/api/v1/gifts?personId=${maya}`))).toEqual(['Same day as middle', 'Oldest']);
    expect(titles(await client.get(`/api/v1/gifts?organizationId=${org}`)).sort()).toEqual(['Middle', 'Same day as middle']);
    expect(titles(await client.get(`/api/v1/gifts?needId=${need}`))).toEqual(['Newest']);
    expect(titles(await client.get('/api/v1/gifts?response=declined'))).toEqual(['Newest']);
    expect(titles(await client.get('/api/v1/gifts?response=pending'))).toHaveLength(3);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { title: string }[]; nextCursor: string | null } = (await client.get(`/api/v1/gifts?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((g) => g.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });
});
