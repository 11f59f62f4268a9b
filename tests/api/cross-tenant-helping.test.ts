/**
 * Firm B must never see, change or link to firm A's gifts, providers, referrals, follow-ups and close-outs:
 * every route that takes an id answers 404 (never 403), lists come back without A's records, and B cannot
 * point its own records at A's people, organisations, needs, conversations, providers, gifts or members.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Db } from '../../src/db/open-db.ts';
import { needs } from '../../src/db/schema.ts';
import { signUpFirm, type SignedUp } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

let app: FastifyInstance;
let db: Db;
let a: SignedUp;
let b: SignedUp;
const ids = { person: '', organization: '', need: '', conversation: '', openConversation: '', provider: '', gift: '', referral: '', followUp: '' };
const mine = { person: '', conversation: '', gift: '' };

beforeAll(async () => {
  ({ app, db } = await setUpTestApp());
  a = await signUpFirm(app);
  b = await signUpFirm(app);
  const post = async (url: string, body: unknown) => {
    const res = await a.client.post(url, body);
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.body}`);
    return res.json().id as string;
  };
  ids.organization = await post('/api/v1/organizations', { name: 'Zebra Secret Holdings' });
  ids.person = await post('/api/v1/people', { fullName: 'Zebra Secret Client' });
  ids.need = (await db.insert(needs).values({ firmId: a.firm.id, title: 'Zebra need' }).returning({ id: needs.id }))[0]!.id;
  ids.conversation = await post('/api/v1/conversations', { occurredAt: '2026-03-01T09:00:00Z', channel: 'meeting', personIds: [ids.person] });
  ids.openConversation = await post('/api/v1/conversations', { occurredAt: '2026-03-02T09:00:00Z', channel: 'call', personIds: [ids.person] });
  ids.provider = await post('/api/v1/providers', { name: 'Zebra Payroll', kind: 'firm', goodAt: 'zebra payroll' });
  ids.gift = await post('/api/v1/gifts', { kind: 'insight', title: 'Zebra insight', specificToClient: 's', personId: ids.person });
  ids.referral = await post('/api/v1/referrals', { direction: 'out', providerId: ids.provider, personId: ids.person, reason: 'zebra reason' });
  ids.followUp = await post('/api/v1/follow-ups', { content: 'Send the zebra benchmark', personId: ids.person });
  await a.client.post(`/api/v1/conversations/${ids.conversation}/close-out`, { valueAdd: { description: 'zebra value' } });

  // Firm B has records of its own, so its lists are not trivially empty.
  mine.person = (await b.client.post('/api/v1/people', { fullName: 'B Person' })).json().id;
  mine.conversation = (await b.client.post('/api/v1/conversations', { occurredAt: '2026-03-03T09:00:00Z', channel: 'call', personIds: [mine.person] })).json().id;
  mine.gift = (await b.client.post('/api/v1/gifts', { kind: 'tool', title: 'B gift', specificToClient: 's', personId: mine.person })).json().id;
  await b.client.post('/api/v1/providers', { name: 'B Provider', kind: 'person', goodAt: 'b things' });
  await b.client.post('/api/v1/follow-ups', { content: 'Send the B checklist', personId: mine.person });
});

function expectNotFound(res: LightMyRequestResponse, name: string) {
  expect(res.statusCode, name).toBe(404);
  expect(res.json().error.code, name).toBe('not_found');
}

describe('cross-tenant isolation: gifts, providers, referrals, follow-ups, close-outs', () => {
  it("answers 404 for every route that takes one of another firm's ids, and changes nothing", async () => {
    const c = b.client;
    const routes: [string, () => Promise<LightMyRequestResponse>][] = [
      ['GET gift', () => c.get(`/api/v1/gifts/${ids.gift}`)],
      ['PATCH gift', () => c.patch(`/api/v1/gifts/${ids.gift}`, { version: 1, response: 'declined' })],
      ['DELETE gift', () => c.delete(`/api/v1/gifts/${ids.gift}`)],
      ['GET provider', () => c.get(`/api/v1/providers/${ids.provider}`)],
      ['PATCH provider', () => c.patch(`/api/v1/providers/${ids.provider}`, { version: 1, name: 'Hijacked' })],
      ['DELETE provider', () => c.delete(`/api/v1/providers/${ids.provider}`)],
      ['GET referral', () => c.get(`/api/v1/referrals/${ids.referral}`)],
      ['PATCH referral', () => c.patch(`/api/v1/referrals/${ids.referral}`, { version: 1, reason: 'Hijacked' })],
      ['DELETE referral', () => c.delete(`/api/v1/referrals/${ids.referral}`)],
      ['GET follow-up', () => c.get(`/api/v1/follow-ups/${ids.followUp}`)],
      ['PATCH follow-up', () => c.patch(`/api/v1/follow-ups/${ids.followUp}`, { version: 1, content: 'Send the hijacked plan' })],
      ['done follow-up', () => c.post(`/api/v1/follow-ups/${ids.followUp}/done`)],
      ['snooze follow-up', () => c.post(`/api/v1/follow-ups/${ids.followUp}/snooze`, { dueOn: '2999-01-01' })],
      ['cancel follow-up', () => c.post(`/api/v1/follow-ups/${ids.followUp}/cancel`, { reason: 'Hijacked' })],
      ['GET close-out', () => c.get(`/api/v1/conversations/${ids.conversation}/close-out`)],
      ['GET open close-out', () => c.get(`/api/v1/conversations/${ids.openConversation}/close-out`)],
      ['POST close-out', () => c.post(`/api/v1/conversations/${ids.openConversation}/close-out`, { valueAdd: { description: 'Hijacked' } })],
      ['POST close-out (closed)', () => c.post(`/api/v1/conversations/${ids.conversation}/close-out`, { valueAdd: { description: 'Hijacked' } })],
    ];
    for (const [name, call] of routes) expectNotFound(await call(), name);

    expect((await a.client.get(`/api/v1/gifts/${ids.gift}`)).json()).toMatchObject({ response: 'pending', version: 1 });
    expect((await a.client.get(`/api/v1/providers/${ids.provider}`)).json()).toMatchObject({ name: 'Zebra Payroll', version: 1 });
    expect((await a.client.get(`/api/v1/referrals/${ids.referral}`)).json()).toMatchObject({ reason: 'zebra reason', version: 1 });
    expect((await a.client.get(`/api/v1/follow-ups/${ids.followUp}`)).json()).toMatchObject({ status: 'open', content: 'Send the zebra benchmark', version: 1 });
    expect((await a.client.get(`/api/v1/conversations/${ids.openConversation}/close-out`)).json()).toEqual({ closeOut: null });
    expect((await a.client.get(`/api/v1/conversations/${ids.conversation}/close-out`)).json().closeOut.valueAdd.description).toBe('zebra value');
  });

  it("shows none of another firm's records in lists, searches or filters", async () => {
    const field = async (url: string, key: string) => {
      const res = await b.client.get(url);
      expect(res.statusCode, url).toBe(200);
      return res.json().items.map((i: Record<string, unknown>) => i[key]);
    };
    expect(await field('/api/v1/gifts', 'title')).toEqual(['B gift']);
    expect(await field(`/api/v1/gifts?personId=${ids.person}`, 'title')).toEqual([]);
    expect(await field(`/api/v1/gifts?needId=${ids.need}`, 'title')).toEqual([]);
    expect(await field('/api/v1/providers', 'name')).toEqual(['B Provider']);
    expect(await field('/api/v1/providers?q=zebra', 'name')).toEqual([]);
    expect(await field('/api/v1/referrals', 'reason')).toEqual([]);
    expect(await field(`/api/v1/referrals?providerId=${ids.provider}`, 'reason')).toEqual([]);
    expect(await field(`/api/v1/referrals?personId=${ids.person}`, 'reason')).toEqual([]);
    expect(await field('/api/v1/follow-ups', 'content')).toEqual(['Send the B checklist']);
    expect(await field(`/api/v1/follow-ups?memberId=${a.member.id}`, 'content')).toEqual([]);
    expect(await field(`/api/v1/follow-ups?personId=${ids.person}`, 'content')).toEqual([]);
    for (const status of ['done', 'cancelled']) expect(await field(`/api/v1/follow-ups?status=${status}`, 'content')).toEqual([]);

    expect((await a.client.get('/api/v1/providers?q=zebra')).json().items).toHaveLength(1);
    expect((await a.client.get(`/api/v1/referrals?providerId=${ids.provider}`)).json().items).toHaveLength(1);
  });

  it("cannot link its own records to another firm's records", async () => {
    const c = b.client;
    const attempts: [string, () => Promise<LightMyRequestResponse>, string][] = [
      ['gift → person', () => c.post('/api/v1/gifts', { kind: 'tool', title: 't', specificToClient: 's', personId: ids.person }), 'personId'],
      ['gift → organisation', () => c.post('/api/v1/gifts', { kind: 'tool', title: 't', specificToClient: 's', organizationId: ids.organization }), 'organizationId'],
      ['gift → need', () => c.post('/api/v1/gifts', { kind: 'tool', title: 't', specificToClient: 's', personId: mine.person, needId: ids.need }), 'needId'],
      ['gift → conversation', () => c.post('/api/v1/gifts', { kind: 'tool', title: 't', specificToClient: 's', personId: mine.person, conversationId: ids.conversation }), 'conversationId'],
      ['edit gift → person', () => c.patch(`/api/v1/gifts/${mine.gift}`, { version: 1, personId: ids.person }), 'personId'],
      ['referral → provider', () => c.post('/api/v1/referrals', { direction: 'out', providerId: ids.provider, personId: mine.person, reason: 'r' }), 'providerId'],
      ['referral → person', () => c.post('/api/v1/referrals', { direction: 'in', referredByName: 'x', personId: ids.person, reason: 'r' }), 'personId'],
      ['referral → referrer', () => c.post('/api/v1/referrals', { direction: 'in', referredByPersonId: ids.person, personId: mine.person, reason: 'r' }), 'referredByPersonId'],
      ['referral → need', () => c.post('/api/v1/referrals', { direction: 'in', referredByName: 'x', needId: ids.need, reason: 'r' }), 'needId'],
      ['follow-up → member', () => c.post('/api/v1/follow-ups', { content: 'Send the payroll checklist', memberId: a.member.id }), 'memberId'],
      ['follow-up → person', () => c.post('/api/v1/follow-ups', { content: 'Send the payroll checklist', personId: ids.person }), 'personId'],
      ['follow-up → organisation', () => c.post('/api/v1/follow-ups', { content: 'Send the payroll checklist', organizationId: ids.organization }), 'organizationId'],
      // A's conversation notes must not leak into B's suggestions: the link is refused before the content is judged.
      ['follow-up → conversation', () => c.post('/api/v1/follow-ups', { content: 'just checking in', conversationId: ids.conversation }), 'conversationId'],
      ['close-out → provider', () => c.post(`/api/v1/conversations/${mine.conversation}/close-out`, { alternative: { providerId: ids.provider, reason: 'r' } }), 'alternative.providerId'],
      ['close-out → gift', () => c.post(`/api/v1/conversations/${mine.conversation}/close-out`, { valueAdd: { description: 'd', giftId: ids.gift } }), 'valueAdd.giftId'],
      ['close-out → need', () => c.post(`/api/v1/conversations/${mine.conversation}/close-out`, { alternative: { providerId: ids.provider, reason: 'r', needId: ids.need } }), 'alternative.providerId'],
      ['close-out → person', () => c.post(`/api/v1/conversations/${mine.conversation}/close-out`, { followUp: { content: 'Send the payroll checklist', personId: ids.person } }), 'followUp.personId'],
    ];
    for (const [name, call, field] of attempts) {
      const res = await call();
      expectNotFound(res, name);
      expect(res.json().error.details, name).toEqual({ field });
    }
    expect((await c.get(`/api/v1/conversations/${mine.conversation}/close-out`)).json()).toEqual({ closeOut: null });
    expect((await c.get('/api/v1/referrals')).json().items).toEqual([]);
    expect((await c.get(`/api/v1/gifts/${mine.gift}`)).json()).toMatchObject({ person: { id: mine.person }, version: 1 });
    expect((await a.client.get(`/api/v1/providers/${ids.provider}`)).json().referralsOut).toBe(1);
  });
});
