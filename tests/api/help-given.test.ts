/**
 * Help given, whatever the fee: referrals out and needs that ended referred out or advised not to buy are
 * counted over a window, each count with the records behind it; engagements and referrals in are not help
 * given in this sense; another firm's help never shows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signUpFirm, type ApiClient } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

let now = new Date('2026-06-15T10:00:00Z');
let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp({ clock: () => now }));
});

async function closedNeed(client: ApiClient, personId: string, title: string, outcome: string) {
  const need = (await client.post('/api/v1/needs', { title, personIds: [personId] })).json();
  const closed = await client.post(`/api/v1/needs/${need.id}/outcome`, { outcome, reason: `Because: ${title}` });
  expect(closed.statusCode, closed.body).toBe(200);
  return need.id as string;
}

describe('help given', () => {
  it('counts referrals out and needs referred out or advised not to buy, with the records behind each count', async () => {
    now = new Date('2026-06-15T10:00:00Z');
    const { client, member } = await signUpFirm(app);
    const maya = (await client.post('/api/v1/people', { fullName: 'Maya Okafor' })).json().id as string;
    const provider = (await client.post('/api/v1/providers', { name: 'Fenwick Payroll', kind: 'firm', goodAt: 'Payroll bureaux' })).json().id as string;
    const referral = (await client.post('/api/v1/referrals', { direction: 'out', providerId: provider, personId: maya, reason: 'Twelve vet groups on their books' })).json();
    // Thirteen months ago: outside the default 12-month window, inside 24 months.
    await client.post('/api/v1/referrals', { direction: 'out', providerId: provider, personId: maya, reason: 'Old one', referredOn: '2025-05-14' });
    await client.post('/api/v1/referrals', { direction: 'in', referredByName: 'Their auditor', personId: maya, reason: 'Recommended us' });
    const advised = await closedNeed(client, maya, 'A new ledger', 'advised_not_to_buy');
    const referredOut = await closedNeed(client, maya, 'Payroll bureau', 'referred_out');
    await closedNeed(client, maya, 'Month-end close', 'engaged');

    const res = await client.get('/api/v1/help-given');
    expect(res.statusCode, res.body).toBe(200);
    const help = res.json();
    expect(help.window).toEqual({ key: '12m', months: 12, from: '2025-06-15', to: '2026-06-15' });
    expect(help.referralsOut).toEqual({
      count: 1,
      items: [
        {
          id: referral.id,
          referredOn: '2026-06-15',
          reason: 'Twelve vet groups on their books',
          provider: { id: provider, name: 'Fenwick Payroll' },
          person: { id: maya, fullName: 'Maya Okafor' },
          organization: null,
        },
      ],
    });
    expect(help.advisedNotToBuy).toMatchObject({ count: 1, items: [{ id: advised, title: 'A new ledger', outcome: 'advised_not_to_buy', reason: 'Because: A new ledger' }] });
    expect(help.referredOut).toMatchObject({ count: 1, items: [{ id: referredOut, outcome: 'referred_out' }] });

    expect((await client.get('/api/v1/help-given?window=24m')).json().referralsOut.count).toBe(2);
    expect((await client.get(`/api/v1/help-given?memberId=${member.id}`)).json().advisedNotToBuy.count).toBe(1);

    // A year and a half later, the 12-month window has moved past all of it.
    now = new Date('2027-12-20T10:00:00Z');
    const later = (await client.get('/api/v1/help-given')).json();
    expect([later.referralsOut.count, later.referredOut.count, later.advisedNotToBuy.count]).toEqual([0, 0, 0]);
  });

  it("never shows another firm's help, and refuses another firm's member", async () => {
    now = new Date('2026-06-15T10:00:00Z');
    const a = await signUpFirm(app);
    const b = await signUpFirm(app);
    const person = (await a.client.post('/api/v1/people', { fullName: 'Zebra Secret Client' })).json().id as string;
    await closedNeed(a.client, person, 'Zebra secret need', 'advised_not_to_buy');
    const seen = (await b.client.get('/api/v1/help-given')).json();
    expect(seen.advisedNotToBuy).toEqual({ count: 0, items: [] });
    const foreign = await b.client.get(`/api/v1/help-given?memberId=${a.member.id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('not_found');
  });

  it('refuses an unknown window with the values it accepts', async () => {
    const { client } = await signUpFirm(app);
    const res = await client.get('/api/v1/help-given?window=5y');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });
});
