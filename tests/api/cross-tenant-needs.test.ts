/**
 * Firm B must never see, change, confirm or link to firm A's needs, statements, steps, people,
 * organisations or members: every route that takes an id answers 404, and lists never show A's records.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { signUpFirm, type SignedUp } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';
import { clientFirm, created } from './needs-fixtures.ts';

let app: FastifyInstance;
let a: Awaited<ReturnType<typeof clientFirm>>;
let b: SignedUp;
const ids = { need: '', step: '', bNeed: '', bPerson: '', bOrg: '' };

beforeAll(async () => {
  ({ app } = await setUpTestApp());
  a = await clientFirm(app);
  b = await signUpFirm(app);
  ids.need = (
    await created(a.client, '/api/v1/needs', {
      title: 'Zebra secret need',
      organizationId: a.org,
      personIds: [a.sandra],
      problemStatement: { text: 'Zebra secret words' },
    })
  ).id;
  ids.step = (await created(a.client, `/api/v1/needs/${ids.need}/journey-steps`, { title: 'Zebra step', ownerSide: 'client', targetOn: '2020-01-01' })).id;
  // Firm B has records of its own, so its lists are not trivially empty.
  ids.bOrg = (await created(b.client, '/api/v1/organizations', { name: 'B Org' })).id;
  ids.bPerson = (await created(b.client, '/api/v1/people', { fullName: 'B Person' })).id;
  ids.bNeed = (await created(b.client, '/api/v1/needs', { title: 'B need', organizationId: ids.bOrg, problemStatement: { text: 'B words' } })).id;
});

function expectNotFound(name: string, res: LightMyRequestResponse) {
  expect(res.statusCode, `${name}: ${res.body}`).toBe(404);
  expect(res.json().error.code, name).toBe('not_found');
}

describe('cross-tenant isolation of needs', () => {
  it("answers 404 for every needs route given another firm's ids, and changes nothing", async () => {
    const need = `/api/v1/needs/${ids.need}`;
    const step = `${need}/journey-steps/${ids.step}`;
    const routes: [string, () => Promise<LightMyRequestResponse>][] = [
      ['GET need', () => b.client.get(need)],
      ['PATCH need', () => b.client.patch(need, { version: 1, title: 'Hijacked' })],
      ['GET statements', () => b.client.get(`${need}/problem-statements`)],
      ['POST statement', () => b.client.post(`${need}/problem-statements`, { text: 'Hijacked', origin: 'working' })],
      ['POST confirm', () => b.client.post(`${need}/problem-statements/1/confirm`, { personId: ids.bPerson, how: 'email' })],
      ['POST outcome', () => b.client.post(`${need}/outcome`, { outcome: 'engaged', reason: 'Hijacked' })],
      ['POST reopen', () => b.client.post(`${need}/reopen`)],
      ['POST step', () => b.client.post(`${need}/journey-steps`, { title: 'Hijacked', ownerSide: 'client' })],
      ['POST steps batch', () => b.client.post(`${need}/journey-steps/batch`, { steps: [{ title: 'Hijacked', ownerSide: 'client' }] })],
      ['PUT order', () => b.client.request('PUT', `${need}/journey-steps/order`, { stepIds: [ids.step] })],
      ['PATCH step', () => b.client.patch(step, { version: 1, title: 'Hijacked' })],
      ['DELETE step', () => b.client.delete(step)],
      // A's step through B's own need: still not found.
      ['PATCH A step via B need', () => b.client.patch(`/api/v1/needs/${ids.bNeed}/journey-steps/${ids.step}`, { version: 1, title: 'Hijacked' })],
      ['DELETE A step via B need', () => b.client.delete(`/api/v1/needs/${ids.bNeed}/journey-steps/${ids.step}`)],
    ];
    for (const [name, call] of routes) expectNotFound(name, await call());

    const seen = (await a.client.get(need)).json();
    expect(seen).toMatchObject({ title: 'Zebra secret need', status: 'open', version: 1, statementCount: 1, currentStatement: { confirmed: false } });
    expect(seen.journey).toEqual([expect.objectContaining({ title: 'Zebra step', version: 1 })]);
  });

  it("cannot link its needs or steps to another firm's organisation, people or members", async () => {
    const bNeed = `/api/v1/needs/${ids.bNeed}`;
    const attempts: [string, () => Promise<LightMyRequestResponse>][] = [
      ['create with A org', () => b.client.post('/api/v1/needs', { title: 'x', organizationId: a.org })],
      ['create with A person', () => b.client.post('/api/v1/needs', { title: 'x', personIds: [a.sandra] })],
      ['create with A lead', () => b.client.post('/api/v1/needs', { title: 'x', organizationId: ids.bOrg, leadMemberId: a.member.id })],
      ['patch to A org', () => b.client.patch(bNeed, { version: 1, organizationId: a.org })],
      ['patch to A person', () => b.client.patch(bNeed, { version: 1, personIds: [a.sandra] })],
      ['patch to A lead', () => b.client.patch(bNeed, { version: 1, leadMemberId: a.member.id })],
      ['confirm by A person', () => b.client.post(`${bNeed}/problem-statements/1/confirm`, { personId: a.sandra, how: 'email' })],
      ['step owned by A person', () => b.client.post(`${bNeed}/journey-steps`, { title: 'x', ownerSide: 'client', ownerPersonId: a.sandra })],
      ['step owned by A member', () => b.client.post(`${bNeed}/journey-steps`, { title: 'x', ownerSide: 'us', ownerMemberId: a.member.id })],
    ];
    for (const [name, call] of attempts) expectNotFound(name, await call());
    const mine = (await b.client.get(bNeed)).json();
    expect(mine).toMatchObject({ version: 1, people: [], organization: { id: ids.bOrg }, journey: [], currentStatement: { confirmed: false } });
    expect((await b.client.get('/api/v1/needs?status=all')).json().items.map((n: { title: string }) => n.title)).toEqual(['B need']);
  });

  it("shows none of another firm's needs in lists or filters", async () => {
    const titles = async (url: string) => {
      const res = await b.client.get(url);
      expect(res.statusCode, url).toBe(200);
      return res.json().items.map((n: { title: string }) => n.title);
    };
    expect(await titles('/api/v1/needs?status=all')).toEqual(['B need']);
    expect(await titles(`/api/v1/needs?status=all&organizationId=${a.org}`)).toEqual([]);
    expect(await titles(`/api/v1/needs?status=all&personId=${a.sandra}`)).toEqual([]);
    expect(await titles('/api/v1/needs?status=closed')).toEqual([]);
  });
});
