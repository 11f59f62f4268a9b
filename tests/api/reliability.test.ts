/**
 * Reliability figures: counts by standing over a window, per side, per member and per relationship, the
 * rates, incidents' time to acknowledge — and each count's evidence query lists exactly what it counted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signUpFirm, type ApiClient } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

// The clock moves within a test to resolve commitments in the past; each test sets it first.
let now = new Date('2026-03-10T12:00:00Z');
let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp({ clock: () => now }));
});

const at = (iso: string) => {
  now = new Date(iso);
};

async function commit(client: ApiClient, body: Record<string, unknown>): Promise<string> {
  const res = await client.post('/api/v1/commitments', { side: 'us', description: 'A promise', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function act(client: ApiClient, id: string, action: string, body: unknown = {}) {
  const res = await client.post(`/api/v1/commitments/${id}/${action}`, body);
  expect(res.statusCode, res.body).toBe(200);
}

type Query = Record<string, string>;
const toSearch = (q: Query) => new URLSearchParams(q).toString();

/** Every count's evidence query lists exactly that many commitments. */
async function expectEvidenceMatches(client: ApiClient, figures: Record<string, unknown> & { evidence: Record<string, Query> }) {
  for (const [name, query] of Object.entries(figures.evidence)) {
    const listed = (await client.get(`/api/v1/commitments?${toSearch(query)}&limit=200`)).json().items;
    expect(listed.length, `${name}: ${toSearch(query)}`).toBe(figures[name]);
  }
}

describe('reliability', () => {
  it('counts both sides by standing within the window, with rates and the evidence behind each count', async () => {
    const { client, member } = await signUpFirm(app);
    // 14 months ago: one kept on time (outside 12 months, inside 24).
    at('2025-01-05T09:00:00Z');
    await act(client, await commit(client, { dueOn: '2025-01-10' }), 'keep');
    // Last spring and this winter.
    at('2025-06-01T09:00:00Z');
    await act(client, await commit(client, { dueOn: '2025-06-01' }), 'keep');
    const renegotiated = await commit(client, { dueOn: '2025-06-03' });
    await act(client, renegotiated, 'renegotiate', { dueOn: '2025-06-20', reason: 'Their board met later' });
    at('2025-06-19T09:00:00Z');
    await act(client, renegotiated, 'keep');
    const late = await commit(client, { dueOn: '2025-06-10' });
    at('2026-03-10T12:00:00Z');
    await act(client, late, 'keep', { keptOn: '2025-06-12' });
    await act(client, await commit(client, { dueOn: '2026-03-01' }), 'break', { reason: 'Ran out of time' });
    await commit(client, { dueOn: '2026-03-09' }); // overdue
    await commit(client, { dueOn: '2026-03-10' }); // due today: not overdue
    // Theirs.
    await act(client, await commit(client, { side: 'client', dueOn: '2026-03-01' }), 'keep', { keptOn: '2026-02-27' });
    await act(client, await commit(client, { side: 'client', dueOn: '2026-03-01' }), 'keep', { keptOn: '2026-03-04' });
    await commit(client, { side: 'client', dueOn: '2026-02-01' }); // overdue

    const res = await client.get('/api/v1/reliability');
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.window).toEqual({ key: '12m', months: 12, from: '2025-03-10', to: '2026-03-10' });
    expect(r.scope).toEqual({ member: null, person: null, organization: null });
    expect(r.us).toMatchObject({ keptOnTime: 1, keptLate: 1, renegotiated: 1, broken: 1, resolved: 4, overdue: 1, keptOnTimeRate: 0.25, keptFaithRate: 0.5 });
    expect(r.client).toMatchObject({ keptOnTime: 1, keptLate: 1, renegotiated: 0, broken: 0, resolved: 2, overdue: 1, keptOnTimeRate: 0.5, keptFaithRate: 0.5 });
    expect(r.us.evidence.keptLate).toEqual({ side: 'us', standing: 'kept_late', window: '12m' });
    expect(r.members).toHaveLength(1);
    expect(r.members[0].member).toEqual({ id: member.id, name: member.name });
    expect(r.members[0].us).toMatchObject({ keptOnTime: 1, keptLate: 1, renegotiated: 1, broken: 1, overdue: 1 });
    expect(r.members[0].us.evidence.overdue).toEqual({ side: 'us', overdue: 'true', memberId: member.id });
    await expectEvidenceMatches(client, r.members[0].us);
    await expectEvidenceMatches(client, r.us);
    await expectEvidenceMatches(client, r.client);

    const wider = (await client.get('/api/v1/reliability?window=24m')).json();
    expect(wider.window).toMatchObject({ months: 24, from: '2024-03-10' });
    expect(wider.us).toMatchObject({ keptOnTime: 2, resolved: 5, keptOnTimeRate: 0.4 });
    await expectEvidenceMatches(client, wider.us);
    expect((await client.get('/api/v1/reliability?window=6m')).statusCode).toBe(400);
  });

  it('gives no rate when nothing was resolved, and counts nothing for a new firm', async () => {
    at('2026-03-10T12:00:00Z');
    const { client } = await signUpFirm(app);
    const r = (await client.get('/api/v1/reliability')).json();
    expect(r.us).toMatchObject({ keptOnTime: 0, keptLate: 0, renegotiated: 0, broken: 0, resolved: 0, overdue: 0, keptOnTimeRate: null, keptFaithRate: null });
    expect(r.incidents).toEqual({ reported: 0, acknowledged: 0, medianMinutesToAcknowledge: null, stillUnacknowledged: 0 });
  });

  it('narrows to a member, a person or an organisation (with its people), naming the scope', async () => {
    at('2026-03-10T12:00:00Z');
    const { client, member } = await signUpFirm(app);
    const org = (await client.post('/api/v1/organizations', { name: 'Hartwell Foods' })).json().id;
    const ana = (await client.post('/api/v1/people', { fullName: 'Ana Hartwell', affiliations: [{ organizationId: org }] })).json().id;
    const bob = (await client.post('/api/v1/people', { fullName: 'Bob Elsewhere' })).json().id;
    await act(client, await commit(client, { personId: ana, dueOn: '2026-03-10' }), 'keep');
    await act(client, await commit(client, { organizationId: org, dueOn: '2026-03-01' }), 'keep');
    await act(client, await commit(client, { personId: bob, dueOn: '2026-03-01' }), 'break', { reason: 'Forgot' });

    const byOrg = (await client.get(`/api/v1/reliability?organizationId=${org}`)).json();
    expect(byOrg.scope.organization).toEqual({ id: org, name: 'Hartwell Foods' });
    expect(byOrg.us).toMatchObject({ keptOnTime: 1, keptLate: 1, broken: 0, resolved: 2 });
    expect(byOrg.us.evidence.keptLate).toEqual({ side: 'us', standing: 'kept_late', window: '12m', organizationId: org });
    await expectEvidenceMatches(client, byOrg.us);

    const byPerson = (await client.get(`/api/v1/reliability?personId=${bob}&window=36m`)).json();
    expect(byPerson.scope.person).toEqual({ id: bob, fullName: 'Bob Elsewhere' });
    expect(byPerson.us).toMatchObject({ broken: 1, resolved: 1, keptOnTimeRate: 0 });
    await expectEvidenceMatches(client, byPerson.us);

    const byMember = (await client.get(`/api/v1/reliability?memberId=${member.id}`)).json();
    expect(byMember.scope.member).toEqual({ id: member.id, name: member.name });
    expect(byMember.members).toBeNull();
    expect(byMember.us).toMatchObject({ resolved: 3 });
    expect(byMember.us.evidence.broken).toEqual({ side: 'us', standing: 'broken', window: '12m', memberId: member.id });
    await expectEvidenceMatches(client, byMember.us);

    const unknown = await client.get('/api/v1/reliability?memberId=00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('No team member with that id in your firm.');
  });

  it('counts incidents reported in the window, the median time to acknowledge, and those still waiting', async () => {
    at('2026-03-10T12:00:00Z');
    const { client } = await signUpFirm(app);
    const report = async (reportedAt: string) =>
      (await client.post('/api/v1/incidents', { title: 'Wrong figure', whatHappened: 'A wrong figure in the report', reportedAt })).json().id;
    const acknowledge = async (id: string, atIso: string) =>
      expect((await client.post(`/api/v1/incidents/${id}/acknowledge`, { message: 'We are on it', at: atIso })).statusCode).toBe(200);
    await acknowledge(await report('2026-03-01T09:00:00Z'), '2026-03-01T09:30:00Z'); // 30 minutes
    await acknowledge(await report('2026-02-01T09:00:00Z'), '2026-02-01T11:00:00Z'); // 120 minutes
    await acknowledge(await report('2026-01-01T09:00:00Z'), '2026-01-01T10:00:00Z'); // 60 minutes
    await report('2026-03-09T09:00:00Z');
    await acknowledge(await report('2024-01-01T09:00:00Z'), '2024-01-03T09:00:00Z'); // outside the window
    await report('2024-02-01T09:00:00Z'); // outside the window, still waiting

    const r = (await client.get('/api/v1/reliability')).json();
    expect(r.incidents).toEqual({ reported: 4, acknowledged: 3, medianMinutesToAcknowledge: 60, stillUnacknowledged: 2 });
  });
});
