/**
 * The client's decision journey: steps added (one, or several from the template), edited, done or
 * skipped, reordered and removed; its health derived from the client's dates and the server's clock.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { setUpTestApp } from '../support/test-app.ts';
import { clientFirm, created } from './needs-fixtures.ts';

const TODAY = '2026-03-10';
let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp({ clock: () => new Date(`${TODAY}T12:00:00Z`) }));
});

async function openNeed() {
  const firm = await clientFirm(app);
  const need = await created(firm.client, '/api/v1/needs', { title: 'Month-end close', organizationId: firm.org, personIds: [firm.sandra] });
  const url = `/api/v1/needs/${need.id}`;
  const addStep = (body: Record<string, unknown>) => created(firm.client, `${url}/journey-steps`, { ownerSide: 'client', ...body });
  const journey = async () => (await firm.client.get(url)).json().journey as { id: string; title: string; position: number }[];
  return { ...firm, need: need.id, url, addStep, journey };
}

describe('journey steps', () => {
  it('appends steps in the client’s words with owners, dates and notes', async () => {
    const { client, member, sandra, addStep, url } = await openNeed();
    const first = await addStep({ title: ' Sandra shares last year’s close calendar ', ownerPersonId: sandra, targetOn: '2026-03-12', notes: ' Via the portal ' });
    expect(first).toEqual({
      id: expect.any(String),
      position: 1,
      title: 'Sandra shares last year’s close calendar',
      ownerSide: 'client',
      ownerPerson: { id: sandra, fullName: 'Sandra Okoye' },
      ownerMember: null,
      targetOn: '2026-03-12',
      status: 'planned',
      notes: 'Via the portal',
      completedOn: null,
      daysOverdue: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: member.id,
      version: 1,
    });
    const second = await addStep({ title: 'We show a sample on their data', ownerSide: 'us', ownerMemberId: member.id, status: 'done' });
    expect(second).toMatchObject({ position: 2, ownerMember: { id: member.id, name: member.name }, status: 'done', completedOn: TODAY });
    const need = (await client.get(url)).json();
    expect(need.journey.map((s: { title: string }) => s.title)).toEqual(['Sandra shares last year’s close calendar', 'We show a sample on their data']);
    expect(need.journeyHealth).toBe('on_track');
  });

  it('refuses owners that do not fit the side, or are not the firm’s, and bad fields', async () => {
    const { member, sandra, client, url } = await openNeed();
    const post = (body: Record<string, unknown>) => client.post(`${url}/journey-steps`, { title: 'Step', ...body });
    const clientStepOurMember = await post({ ownerSide: 'client', ownerMemberId: member.id });
    expect(clientStepOurMember.statusCode).toBe(400);
    expect(Object.keys(clientStepOurMember.json().error.details.fields)).toEqual(['ownerMemberId']);
    expect(Object.keys((await post({ ownerSide: 'us', ownerPersonId: sandra })).json().error.details.fields)).toEqual(['ownerPersonId']);
    expect((await post({ ownerSide: 'both', ownerPersonId: sandra, ownerMemberId: member.id })).statusCode).toBe(201);

    const ghost = await post({ ownerSide: 'client', ownerPersonId: '00000000-0000-4000-8000-000000000000' });
    expect(ghost.statusCode).toBe(404);
    expect(ghost.json().error.message).toBe('No person with that id in your firm.');
    const bad = await post({ title: ' ', ownerSide: 'seller', targetOn: '2026-02-30', status: 'won' });
    expect(Object.keys(bad.json().error.details.fields).sort()).toEqual(['ownerSide', 'status', 'targetOn', 'title']);
    const earlyDone = await post({ ownerSide: 'client', status: 'planned', completedOn: '2026-03-01' });
    expect(Object.keys(earlyDone.json().error.details.fields)).toEqual(['completedOn']);
    const futureDone = await post({ ownerSide: 'client', status: 'done', completedOn: '2026-03-11' });
    expect(Object.keys(futureDone.json().error.details.fields)).toEqual(['completedOn']);
  });

  it('edits a step inline, done sets the day it was done, back to planned clears it, and stale edits are refused', async () => {
    const { client, url, addStep } = await openNeed();
    const step = await addStep({ title: 'Board approves budget', targetOn: '2026-03-20' });
    const stepUrl = `${url}/journey-steps/${step.id}`;
    const done = await client.patch(stepUrl, { version: 1, status: 'done' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', completedOn: TODAY, version: 2 });
    const dated = await client.patch(stepUrl, { version: 2, completedOn: '2026-03-02', notes: 'Approved early' });
    expect(dated.json()).toMatchObject({ status: 'done', completedOn: '2026-03-02', notes: 'Approved early', version: 3 });
    const renamed = await client.patch(stepUrl, { version: 3, title: 'Board approves the budget' });
    expect(renamed.json()).toMatchObject({ completedOn: '2026-03-02', title: 'Board approves the budget' });
    const back = await client.patch(stepUrl, { version: 4, status: 'planned', targetOn: null });
    expect(back.json()).toMatchObject({ status: 'planned', completedOn: null, targetOn: null, version: 5 });
    const skipped = await client.patch(stepUrl, { version: 5, status: 'skipped' });
    expect(skipped.json()).toMatchObject({ status: 'skipped', completedOn: null });

    const stale = await client.patch(stepUrl, { version: 1, title: 'Old copy' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const toOurSide = await client.patch(stepUrl, { version: 6, ownerSide: 'us', ownerPersonId: null });
    expect(toOurSide.json()).toMatchObject({ ownerSide: 'us', ownerPerson: null });
  });

  it('reorders with Move up / Move down, refusing a list that is not exactly the journey', async () => {
    const { client, url, addStep, journey } = await openNeed();
    const a = await addStep({ title: 'A' });
    const b = await addStep({ title: 'B' });
    const c = await addStep({ title: 'C' });
    const order = await client.request('PUT', `${url}/journey-steps/order`, { stepIds: [c.id, a.id, b.id] });
    expect(order.statusCode).toBe(200);
    expect(order.json().items.map((s: { title: string; position: number }) => [s.title, s.position])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 3],
    ]);
    expect((await journey()).map((s) => s.title)).toEqual(['C', 'A', 'B']);

    for (const stepIds of [[c.id, a.id], [c.id, a.id, b.id, b.id], [c.id, a.id, '00000000-0000-4000-8000-000000000000']]) {
      const res = await client.request('PUT', `${url}/journey-steps/order`, { stepIds });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('journey_order_mismatch');
    }
    expect((await journey()).map((s) => s.title)).toEqual(['C', 'A', 'B']);
  });

  it('removes a step and closes the gap in positions', async () => {
    const { client, url, addStep, journey } = await openNeed();
    await addStep({ title: 'A' });
    const b = await addStep({ title: 'B' });
    await addStep({ title: 'C' });
    expect((await client.delete(`${url}/journey-steps/${b.id}`)).statusCode).toBe(204);
    expect((await journey()).map((s) => [s.title, s.position])).toEqual([
      ['A', 1],
      ['C', 2],
    ]);
    expect((await client.delete(`${url}/journey-steps/${b.id}`)).statusCode).toBe(404);
    expect((await addStep({ title: 'D' })).position).toBe(3);
  });

  it('adds the template’s steps all at once, or none when one is invalid', async () => {
    const { client, url, journey } = await openNeed();
    const template = (await client.get('/api/v1/journey-template')).json();
    expect(template.steps.length).toBeGreaterThanOrEqual(5);
    for (const s of template.steps) expect(s).toEqual({ title: expect.any(String), ownerSide: expect.stringMatching(/^(client|us|both)$/), daysFromStart: expect.any(Number) });

    const steps = template.steps.map((s: { title: string; ownerSide: string }, i: number) => ({ title: s.title, ownerSide: s.ownerSide, targetOn: `2026-04-${String(i + 1).padStart(2, '0')}` }));
    const broken = await client.post(`${url}/journey-steps/batch`, { steps: [...steps, { title: '', ownerSide: 'client' }] });
    expect(broken.statusCode).toBe(400);
    expect(Object.keys(broken.json().error.details.fields)).toEqual([`steps.${steps.length}.title`]);
    expect(await journey()).toEqual([]);

    const added = await client.post(`${url}/journey-steps/batch`, { steps });
    expect(added.statusCode).toBe(201);
    expect(added.json().items.map((s: { position: number }) => s.position)).toEqual(steps.map((_: unknown, i: number) => i + 1));
    expect((await journey()).map((s) => s.title)).toEqual(steps.map((s: { title: string }) => s.title));
  });

  it('holds at most 50 steps', async () => {
    const { client, url } = await openNeed();
    const steps = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Step ${i + 1}`, ownerSide: 'client' }));
    expect((await client.post(`${url}/journey-steps/batch`, { steps: steps(49) })).statusCode).toBe(201);
    const tooMany = await client.post(`${url}/journey-steps/batch`, { steps: steps(2) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toContain('at most 50 steps');
    expect((await client.post(`${url}/journey-steps`, { title: 'Fiftieth', ownerSide: 'both' })).statusCode).toBe(201);
    expect((await client.post(`${url}/journey-steps`, { title: 'Fifty-first', ownerSide: 'both' })).statusCode).toBe(400);
  });

  it('refuses every change to the journey of a closed need', async () => {
    const { client, url, addStep } = await openNeed();
    const step = await addStep({ title: 'A' });
    await client.post(`${url}/outcome`, { outcome: 'engaged', reason: 'They said yes' });
    const attempts = [
      await client.post(`${url}/journey-steps`, { title: 'B', ownerSide: 'client' }),
      await client.post(`${url}/journey-steps/batch`, { steps: [{ title: 'B', ownerSide: 'client' }] }),
      await client.patch(`${url}/journey-steps/${step.id}`, { version: 1, status: 'done' }),
      await client.request('PUT', `${url}/journey-steps/order`, { stepIds: [step.id] }),
      await client.delete(`${url}/journey-steps/${step.id}`),
    ];
    for (const res of attempts) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('need_closed');
    }
  });

  it('answers 404 for a step of another need', async () => {
    const { client, url, addStep, org } = await openNeed();
    const other = await created(client, '/api/v1/needs', { title: 'Other', organizationId: org });
    const step = await addStep({ title: 'Mine' });
    const wrongNeed = `/api/v1/needs/${other.id}/journey-steps/${step.id}`;
    expect((await client.patch(wrongNeed, { version: 1, title: 'Moved' })).statusCode).toBe(404);
    expect((await client.delete(wrongNeed)).statusCode).toBe(404);
    expect((await client.get(url)).json().journey[0]).toMatchObject({ title: 'Mine', version: 1 });
  });
});

describe('journey health', () => {
  it('is at risk 1–6 days past a step’s date, stalled from 7, with the step as evidence; done steps do not count', async () => {
    const { client, url, addStep } = await openNeed();
    const health = async () => {
      const need = (await client.get(url)).json();
      return [need.journeyHealth, need.journeyHealthDetail?.daysOverdue ?? null];
    };
    const today = await addStep({ title: 'Due today', targetOn: TODAY });
    expect(await health()).toEqual(['on_track', null]);
    expect(today.daysOverdue).toBeNull();

    const late = await addStep({ title: 'Board approves budget', targetOn: '2026-03-07' });
    expect(late.daysOverdue).toBe(3);
    const need = (await client.get(url)).json();
    expect(need.journeyHealth).toBe('at_risk');
    expect(need.journeyHealthDetail).toEqual({ stepId: late.id, title: 'Board approves budget', targetOn: '2026-03-07', daysOverdue: 3 });

    const sixDays = await client.patch(`${url}/journey-steps/${late.id}`, { version: 1, targetOn: '2026-03-04' });
    expect(sixDays.json().daysOverdue).toBe(6);
    expect(await health()).toEqual(['at_risk', 6]);
    await client.patch(`${url}/journey-steps/${late.id}`, { version: 2, targetOn: '2026-03-03', status: 'in_progress' });
    expect(await health()).toEqual(['stalled', 7]);
    await client.patch(`${url}/journey-steps/${late.id}`, { version: 3, status: 'done' });
    expect(await health()).toEqual(['on_track', null]);

    // Lists carry the health and its evidence too.
    await addStep({ title: 'Skipped long ago', targetOn: '2026-01-01', status: 'skipped' });
    await addStep({ title: 'Sign-off', targetOn: '2026-03-01' });
    const listed = (await client.get('/api/v1/needs')).json().items[0];
    expect(listed).toMatchObject({ journeyHealth: 'stalled', journeyHealthDetail: { title: 'Sign-off', daysOverdue: 9 } });
  });

  it('has no health once the need is closed', async () => {
    const { client, url, addStep } = await openNeed();
    await addStep({ title: 'Late', targetOn: '2026-02-01' });
    const closed = (await client.post(`${url}/outcome`, { outcome: 'no_decision', reason: 'Silence' })).json();
    expect(closed).toMatchObject({ journeyHealth: null, journeyHealthDetail: null });
    expect((await client.get('/api/v1/needs?status=closed')).json().items[0].journeyHealth).toBeNull();
  });
});
