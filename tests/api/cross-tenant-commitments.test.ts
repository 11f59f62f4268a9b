/**
 * Firm B must never see, change or link to firm A's commitments, incidents or reliability: every route
 * that takes an id answers 404 to A's ids and changes nothing; B's lists and figures never include A's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { signUpFirm, type SignedUp } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

let app: FastifyInstance;
let a: SignedUp;
let b: SignedUp;
const ids = { person: '', organization: '', need: '', conversation: '', commitment: '', incident: '' };

beforeAll(async () => {
  ({ app } = await setUpTestApp({ clock: () => new Date('2026-03-10T12:00:00Z') }));
  a = await signUpFirm(app);
  b = await signUpFirm(app);
  ids.organization = (await a.client.post('/api/v1/organizations', { name: 'Zebra Secret Holdings' })).json().id;
  ids.person = (await a.client.post('/api/v1/people', { fullName: 'Zebra Client', affiliations: [{ organizationId: ids.organization }] })).json().id;
  ids.need = (await a.client.post('/api/v1/needs', { title: 'Zebra need', organizationId: ids.organization })).json().id;
  ids.conversation = (await a.client.post('/api/v1/conversations', { occurredAt: '2026-03-01T09:00:00Z', channel: 'call', personIds: [ids.person] })).json().id;
  const links = { personId: ids.person, organizationId: ids.organization, needId: ids.need };
  ids.commitment = (await a.client.post('/api/v1/commitments', { side: 'us', description: 'Zebra promise', dueOn: '2026-03-20', ...links })).json().id;
  await a.client.post(`/api/v1/commitments/${(await a.client.post('/api/v1/commitments', { side: 'client', description: 'Zebra kept', dueOn: '2026-03-05' })).json().id}/keep`, {});
  ids.incident = (await a.client.post('/api/v1/incidents', { title: 'Zebra incident', whatHappened: 'Secret', reportedAt: '2026-03-09T09:00:00Z', ...links })).json().id;
  await a.client.post(`/api/v1/incidents/${ids.incident}/acknowledge`, { message: 'On it' });
  await a.client.post(`/api/v1/incidents/${ids.incident}/explain`, { explanation: 'Because' });
  // Firm B has records of its own, so its lists are not trivially empty.
  await b.client.post('/api/v1/commitments', { side: 'us', description: 'B promise', dueOn: '2026-03-20' });
  await b.client.post('/api/v1/incidents', { title: 'B incident', whatHappened: 'B' });
});

function expectNotFound(res: LightMyRequestResponse, name: string) {
  expect(res.statusCode, name).toBe(404);
  expect(res.json().error.code, name).toBe('not_found');
}

describe('cross-tenant isolation of commitments, incidents and reliability', () => {
  it("answers 404 for every route that takes one of another firm's ids, and changes nothing", async () => {
    const c = `/api/v1/commitments/${ids.commitment}`;
    const i = `/api/v1/incidents/${ids.incident}`;
    const routes: [string, () => Promise<LightMyRequestResponse>][] = [
      ['GET commitment', () => b.client.get(c)],
      ['PATCH commitment', () => b.client.patch(c, { version: 1, description: 'Hijacked' })],
      ['keep', () => b.client.post(`${c}/keep`, {})],
      ['renegotiate', () => b.client.post(`${c}/renegotiate`, { dueOn: '2026-04-01', reason: 'Hijacked' })],
      ['break', () => b.client.post(`${c}/break`, { reason: 'Hijacked' })],
      ['GET incident', () => b.client.get(i)],
      ['PATCH incident', () => b.client.patch(i, { version: 3, title: 'Hijacked' })],
      ['acknowledge', () => b.client.post(`${i}/acknowledge`, { message: 'Hijacked' })],
      ['explain', () => b.client.post(`${i}/explain`, { explanation: 'Hijacked' })],
      ['prevention', () => b.client.post(`${i}/prevention`, { prevention: 'Hijacked', dueOn: '2026-04-01' })],
      ['verify', () => b.client.post(`${i}/verify`, { verification: 'Hijacked' })],
      ['reliability by member', () => b.client.get(`/api/v1/reliability?memberId=${a.member.id}`)],
      ['reliability by person', () => b.client.get(`/api/v1/reliability?personId=${ids.person}`)],
      ['reliability by organisation', () => b.client.get(`/api/v1/reliability?organizationId=${ids.organization}`)],
    ];
    for (const [name, call] of routes) expectNotFound(await call(), name);
    expect((await a.client.get(c)).json()).toMatchObject({ description: 'Zebra promise', status: 'open', renegotiationCount: 0, version: 1 });
    expect((await a.client.get(i)).json()).toMatchObject({ title: 'Zebra incident', nextStep: 'prevention', version: 3, preventionCommitment: null });
  });

  it("refuses to link B's commitments and incidents to A's records", async () => {
    const links: [string, string][] = [
      ['memberId', a.member.id],
      ['personId', ids.person],
      ['organizationId', ids.organization],
      ['needId', ids.need],
      ['conversationId', ids.conversation],
    ];
    for (const [field, id] of links) {
      expectNotFound(await b.client.post('/api/v1/commitments', { side: 'us', description: 'Linked', dueOn: '2026-03-20', [field]: id }), `commitment ${field}`);
      if (field !== 'memberId' && field !== 'conversationId') {
        expectNotFound(await b.client.post('/api/v1/incidents', { title: 'Linked', whatHappened: 'x', [field]: id }), `incident ${field}`);
      }
    }
    const mine = (await b.client.get('/api/v1/commitments')).json().items[0];
    for (const [field, id] of links.filter(([f]) => f !== 'conversationId')) {
      expectNotFound(await b.client.patch(`/api/v1/commitments/${mine.id}`, { version: mine.version, [field]: id }), `PATCH commitment ${field}`);
    }
    const incident = (await b.client.get('/api/v1/incidents')).json().items[0];
    expectNotFound(await b.client.patch(`/api/v1/incidents/${incident.id}`, { version: incident.version, personId: ids.person }), 'PATCH incident personId');
    await b.client.post(`/api/v1/incidents/${incident.id}/acknowledge`, { message: 'On it' });
    await b.client.post(`/api/v1/incidents/${incident.id}/explain`, { explanation: 'Because' });
    expectNotFound(
      await b.client.post(`/api/v1/incidents/${incident.id}/prevention`, { prevention: 'Check', dueOn: '2026-04-01', memberId: a.member.id }),
      'prevention memberId',
    );
    expect((await b.client.get('/api/v1/commitments')).json().items.map((x: { description: string }) => x.description)).toEqual(['B promise']);
  });

  it("shows none of A's records in B's lists, filters or figures", async () => {
    const descriptions = async (query: string) => (await b.client.get(`/api/v1/commitments?${query}`)).json().items.map((x: { description: string }) => x.description);
    expect(await descriptions('')).toEqual(['B promise']);
    expect(await descriptions('window=36m')).toEqual([]);
    for (const query of [`personId=${ids.person}`, `organizationId=${ids.organization}`, `needId=${ids.need}`, `memberId=${a.member.id}`, `incidentId=${ids.incident}`, `conversationId=${ids.conversation}`]) {
      expect(await descriptions(query), query).toEqual([]);
    }
    const titles = async (query: string) => (await b.client.get(`/api/v1/incidents?${query}`)).json().items.map((x: { title: string }) => x.title);
    expect(await titles('')).toEqual(['B incident']);
    expect(await titles(`personId=${ids.person}`)).toEqual([]);
    expect(await titles(`organizationId=${ids.organization}`)).toEqual([]);
    expect(await titles(`needId=${ids.need}`)).toEqual([]);

    const figures = (await b.client.get('/api/v1/reliability?window=36m')).json();
    expect(figures.client).toMatchObject({ resolved: 0, overdue: 0 });
    expect(figures.members.map((m: { member: { id: string } }) => m.member.id)).toEqual([b.member.id]);
    expect(figures.incidents).toMatchObject({ reported: 1 });
  });
});
