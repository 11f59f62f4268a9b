/**
 * Firm B must never see, change or confirm the existence of firm A's records: every route that takes an id
 * answers 404 (never 403), and every list or search comes back without A's records.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { signUpFirm, type SignedUp } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

let app: FastifyInstance;
let a: SignedUp;
let b: SignedUp;
const ids = { person: '', organization: '', conversation: '' };

beforeAll(async () => {
  ({ app } = await setUpTestApp());
  a = await signUpFirm(app);
  b = await signUpFirm(app);
  ids.organization = (await a.client.post('/api/v1/organizations', { name: 'Zebra Secret Holdings' })).json().id;
  ids.person = (
    await a.client.post('/api/v1/people', { fullName: 'Zebra Secret Client', emails: ['zebra@secret.test'], affiliations: [{ organizationId: ids.organization }] })
  ).json().id;
  ids.conversation = (
    await a.client.post('/api/v1/conversations', { occurredAt: '2025-04-01T09:00:00Z', channel: 'meeting', personIds: [ids.person], summary: 'zebra deal' })
  ).json().id;
  // Firm B has records of its own, so its lists are not trivially empty.
  const bOrg = (await b.client.post('/api/v1/organizations', { name: 'B Org' })).json().id;
  const bPerson = (await b.client.post('/api/v1/people', { fullName: 'B Person', affiliations: [{ organizationId: bOrg }] })).json().id;
  await b.client.post('/api/v1/conversations', { occurredAt: '2025-04-02T09:00:00Z', channel: 'call', personIds: [bPerson], summary: 'b call' });
});

function expectNotFound(res: LightMyRequestResponse) {
  expect(res.statusCode).toBe(404);
  expect(res.json().error.code).toBe('not_found');
}

describe('cross-tenant isolation', () => {
  it("answers 404 for every route that takes one of another firm's ids", async () => {
    const routes: [string, () => Promise<LightMyRequestResponse>][] = [
      ['GET person', () => b.client.get(`/api/v1/people/${ids.person}`)],
      ['PATCH person', () => b.client.patch(`/api/v1/people/${ids.person}`, { version: 1, fullName: 'Hijacked' })],
      ['DELETE person', () => b.client.delete(`/api/v1/people/${ids.person}`)],
      ['GET person timeline', () => b.client.get(`/api/v1/people/${ids.person}/timeline`)],
      ['GET organisation', () => b.client.get(`/api/v1/organizations/${ids.organization}`)],
      ['PATCH organisation', () => b.client.patch(`/api/v1/organizations/${ids.organization}`, { version: 1, name: 'Hijacked' })],
      ['DELETE organisation', () => b.client.delete(`/api/v1/organizations/${ids.organization}`)],
      ['GET organisation timeline', () => b.client.get(`/api/v1/organizations/${ids.organization}/timeline`)],
      ['GET conversation', () => b.client.get(`/api/v1/conversations/${ids.conversation}`)],
      ['PATCH conversation', () => b.client.patch(`/api/v1/conversations/${ids.conversation}`, { version: 1, summary: 'Hijacked' })],
      ['DELETE conversation', () => b.client.delete(`/api/v1/conversations/${ids.conversation}`)],
    ];
    for (const [name, call] of routes) {
      const res = await call();
      expect(res.statusCode, name).toBe(404);
      expectNotFound(res);
    }
    // Nothing was changed or deleted by any of those attempts.
    expect((await a.client.get(`/api/v1/people/${ids.person}`)).json()).toMatchObject({ fullName: 'Zebra Secret Client', version: 1 });
    expect((await a.client.get(`/api/v1/organizations/${ids.organization}`)).json()).toMatchObject({ name: 'Zebra Secret Holdings', version: 1 });
    expect((await a.client.get(`/api/v1/conversations/${ids.conversation}`)).json()).toMatchObject({ summary: 'zebra deal', version: 1 });
    expect((await a.client.get(`/api/v1/people/${ids.person}/timeline`)).json().items).toHaveLength(1);
  });

  it("shows none of another firm's records in lists, searches or filters", async () => {
    const names = async (url: string, field: string) => {
      const res = await b.client.get(url);
      expect(res.statusCode, url).toBe(200);
      return res.json().items.map((i: Record<string, unknown>) => i[field]);
    };
    expect(await names('/api/v1/people', 'fullName')).toEqual(['B Person']);
    expect(await names('/api/v1/people?q=zebra', 'fullName')).toEqual([]);
    expect(await names('/api/v1/people?q=secret.test', 'fullName')).toEqual([]);
    expect(await names(`/api/v1/people?organizationId=${ids.organization}`, 'fullName')).toEqual([]);
    expect(await names('/api/v1/organizations', 'name')).toEqual(['B Org']);
    expect(await names('/api/v1/organizations?q=zebra', 'name')).toEqual([]);
    expect(await names('/api/v1/conversations', 'summary')).toEqual(['b call']);
    expect(await names(`/api/v1/conversations?personId=${ids.person}`, 'summary')).toEqual([]);
    expect(await names(`/api/v1/conversations?organizationId=${ids.organization}`, 'summary')).toEqual([]);
    expect(await names('/api/v1/members', 'email')).toEqual([b.email]);

    // Firm A still sees its own records through the same routes.
    expect((await a.client.get('/api/v1/people?q=zebra')).json().items).toHaveLength(1);
    expect((await a.client.get('/api/v1/organizations?q=zebra')).json().items).toHaveLength(1);
    expect((await a.client.get(`/api/v1/conversations?organizationId=${ids.organization}`)).json().items).toHaveLength(1);
  });

  it("cannot attach another firm's people, members or organisations to its own records", async () => {
    const bPerson = (await b.client.get('/api/v1/people')).json().items[0];
    const conversation = await b.client.post('/api/v1/conversations', { occurredAt: '2025-04-03T09:00:00Z', channel: 'call', personIds: [ids.person] });
    expect(conversation.statusCode).toBe(400);
    expect(Object.keys(conversation.json().error.details.fields)).toEqual(['personIds']);
    const member = await b.client.post('/api/v1/conversations', { occurredAt: '2025-04-03T09:00:00Z', channel: 'call', personIds: [bPerson.id], memberIds: [a.member.id] });
    expect(Object.keys(member.json().error.details.fields)).toEqual(['memberIds']);
    const affiliation = await b.client.patch(`/api/v1/people/${bPerson.id}`, { version: bPerson.version, affiliations: [{ organizationId: ids.organization }] });
    expect(affiliation.statusCode).toBe(400);
    expect(Object.keys(affiliation.json().error.details.fields)).toEqual(['affiliations']);
    expect((await a.client.get(`/api/v1/people/${ids.person}/timeline`)).json().items.map((i: { summary: string }) => i.summary)).toEqual(['zebra deal']);
  });
});
