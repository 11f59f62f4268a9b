import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signUpFirm } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp());
});

describe('organizations', () => {
  it('adds, reads, edits and deletes an organisation', async () => {
    const { client, member } = await signUpFirm(app);
    const created = await client.post('/api/v1/organizations', { name: '  Northwind Traders ', website: ' northwind.example ', industry: '   ' });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    expect(org).toEqual({
      id: expect.any(String),
      name: 'Northwind Traders',
      website: 'northwind.example',
      industry: null,
      notes: null,
      peopleCount: 0,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: member.id,
      version: 1,
    });
    expect((await client.get(`/api/v1/organizations/${org.id}`)).json()).toEqual(org);

    const edited = await client.patch(`/api/v1/organizations/${org.id}`, { version: 1, industry: 'Logistics', website: null });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Northwind Traders', industry: 'Logistics', website: null, version: 2 });

    expect((await client.delete(`/api/v1/organizations/${org.id}`)).statusCode).toBe(204);
    const gone = await client.get(`/api/v1/organizations/${org.id}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('not_found');
    expect((await client.delete(`/api/v1/organizations/${org.id}`)).statusCode).toBe(404);
  });

  it('counts the people who currently belong to it, and keeps them when it is deleted', async () => {
    const { client } = await signUpFirm(app);
    const acme = (await client.post('/api/v1/organizations', { name: 'Acme' })).json();
    const globex = (await client.post('/api/v1/organizations', { name: 'Globex' })).json();
    const ana = (await client.post('/api/v1/people', { fullName: 'Ana', affiliations: [{ organizationId: acme.id }] })).json();
    await client.post('/api/v1/people', { fullName: 'Bo', affiliations: [{ organizationId: acme.id }, { organizationId: globex.id }] });
    expect((await client.get(`/api/v1/organizations/${acme.id}`)).json().peopleCount).toBe(2);
    const list = (await client.get('/api/v1/organizations')).json();
    expect(list.items.map((o: { name: string; peopleCount: number }) => [o.name, o.peopleCount])).toEqual([
      ['Acme', 2],
      ['Globex', 1],
    ]);

    await client.patch(`/api/v1/people/${ana.id}`, { version: 1, affiliations: [] });
    expect((await client.get(`/api/v1/organizations/${acme.id}`)).json().peopleCount).toBe(1);

    expect((await client.delete(`/api/v1/organizations/${acme.id}`)).statusCode).toBe(204);
    const people = (await client.get('/api/v1/people')).json().items;
    expect(people.map((p: { fullName: string }) => p.fullName)).toEqual(['Ana', 'Bo']);
    expect(people[1].affiliations.map((a: { organizationName: string }) => a.organizationName)).toEqual(['Globex']);
  });

  it('refuses a stale edit with 409 and keeps the newer one', async () => {
    const { client } = await signUpFirm(app);
    const { id } = (await client.post('/api/v1/organizations', { name: 'Initech' })).json();
    expect((await client.patch(`/api/v1/organizations/${id}`, { version: 1, name: 'Initech Ltd' })).statusCode).toBe(200);
    const stale = await client.patch(`/api/v1/organizations/${id}`, { version: 1, name: 'Initrode' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    expect((await client.get(`/api/v1/organizations/${id}`)).json()).toMatchObject({ name: 'Initech Ltd', version: 2 });
  });

  it('validates the body and names the failing fields', async () => {
    const { client } = await signUpFirm(app);
    const res = await client.post('/api/v1/organizations', { name: '   ', website: 42 });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.details.fields).sort()).toEqual(['name', 'website']);

    const { id } = (await client.post('/api/v1/organizations', { name: 'Hooli' })).json();
    const noVersion = await client.patch(`/api/v1/organizations/${id}`, { name: 'Hooli XYZ' });
    expect(noVersion.statusCode).toBe(400);
    expect(Object.keys(noVersion.json().error.details.fields)).toEqual(['version']);
    const blank = await client.patch(`/api/v1/organizations/${id}`, { version: 1, name: ' ' });
    expect(Object.keys(blank.json().error.details.fields)).toEqual(['name']);
    expect((await client.get(`/api/v1/organizations/${id}`)).json()).toMatchObject({ name: 'Hooli', version: 1 });
  });

  it('searches names in any case and pages with a cursor in name order', async () => {
    const { client } = await signUpFirm(app);
    const names = ['alpha Partners', 'Beta Partners', 'Gamma Holdings', 'delta partners', 'Epsilon Partners', '50% Club'];
    for (const name of names) await client.post('/api/v1/organizations', { name });

    const partners = (await client.get('/api/v1/organizations?q=PARTNERS')).json();
    expect(partners.items.map((o: { name: string }) => o.name)).toEqual(['alpha Partners', 'Beta Partners', 'delta partners', 'Epsilon Partners']);
    expect((await client.get('/api/v1/organizations?q=hold')).json().items.map((o: { name: string }) => o.name)).toEqual(['Gamma Holdings']);
    expect((await client.get('/api/v1/organizations?q=50%25')).json().items.map((o: { name: string }) => o.name)).toEqual(['50% Club']);
    expect((await client.get('/api/v1/organizations?q=0%25%20c')).json().items).toHaveLength(1);
    expect((await client.get('/api/v1/organizations?q=_')).json().items).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await client.get(`/api/v1/organizations?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      const page: { items: { name: string }[]; nextCursor: string | null } = res.json();
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((o) => o.name));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toEqual(['50% Club', 'alpha Partners', 'Beta Partners', 'delta partners', 'Epsilon Partners', 'Gamma Holdings']);

    const searchPage = (await client.get('/api/v1/organizations?q=partners&limit=3')).json();
    expect(searchPage.items).toHaveLength(3);
    const rest = (await client.get(`/api/v1/organizations?q=partners&limit=3&cursor=${searchPage.nextCursor}`)).json();
    expect(rest.items.map((o: { name: string }) => o.name)).toEqual(['Epsilon Partners']);
    expect(rest.nextCursor).toBeNull();

    for (const bad of ['garbage', Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url')]) {
      const res = await client.get(`/api/v1/organizations?cursor=${bad}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_cursor');
    }
  });

  it('publishes a named Organization schema in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(doc.components.schemas.Organization.required).toEqual(expect.arrayContaining(['id', 'name', 'peopleCount', 'version']));
    const body = doc.paths['/api/v1/organizations'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['name']);
  });
});
