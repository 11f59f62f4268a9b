/** Problem statements: versions as first stated, working and jointly defined, and the client's confirmations. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { setUpTestApp } from '../support/test-app.ts';
import { clientFirm, created } from './needs-fixtures.ts';

const NOW = '2026-03-10T12:00:00.000Z';
let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp({ clock: () => new Date(NOW) }));
});

async function needWithStatement() {
  const firm = await clientFirm(app);
  const need = await created(firm.client, '/api/v1/needs', {
    title: 'Month-end close',
    organizationId: firm.org,
    personIds: [firm.sandra],
    problemStatement: { text: 'We need a new accounting system.' },
  });
  return { ...firm, need: need.id, url: `/api/v1/needs/${need.id}/problem-statements` };
}

describe('problem statements', () => {
  it('adds versions in order with who wrote them and why, and lists them oldest first', async () => {
    const { client, member, url, need } = await needWithStatement();
    const v2 = await client.post(url, {
      text: 'The board does not trust the monthly numbers.',
      origin: 'working',
      reason: ' The system was a symptom. ',
      basedOnVersion: 1,
    });
    expect(v2.statusCode).toBe(201);
    expect(v2.json()).toEqual({
      version: 2,
      text: 'The board does not trust the monthly numbers.',
      origin: 'working',
      changeReason: 'The system was a symptom.',
      createdAt: expect.any(String),
      createdBy: { id: member.id, name: member.name },
      confirmations: [],
      confirmed: false,
    });
    const v3 = await client.post(url, { text: 'Numbers the board trusts within five days of month end.', origin: 'jointly_defined' });
    expect(v3.json()).toMatchObject({ version: 3, changeReason: null });

    const list = (await client.get(url)).json().items;
    expect(list.map((s: { version: number; origin: string }) => [s.version, s.origin])).toEqual([
      [1, 'first_stated'],
      [2, 'working'],
      [3, 'jointly_defined'],
    ]);
    expect((await client.get(`/api/v1/needs/${need}`)).json()).toMatchObject({ currentStatement: { version: 3 }, statementCount: 3 });
  });

  it('starts a need without a statement and accepts "as first stated" only as the very first version', async () => {
    const { client, org } = await clientFirm(app);
    const need = await created(client, '/api/v1/needs', { title: 'Later', organizationId: org });
    const url = `/api/v1/needs/${need.id}/problem-statements`;
    expect((await client.get(url)).json().items).toEqual([]);
    expect((await client.post(url, { text: 'In their words', origin: 'first_stated', basedOnVersion: 0 })).json()).toMatchObject({ version: 1 });
    const second = await client.post(url, { text: 'Again in their words', origin: 'first_stated' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('first_statement_exists');
  });

  it('refuses a refinement of an old version with 409 problem_statement_stale, saving nothing', async () => {
    const { client, url } = await needWithStatement();
    expect((await client.post(url, { text: 'First refinement', origin: 'working', basedOnVersion: 1 })).statusCode).toBe(201);
    const stale = await client.post(url, { text: 'A colleague’s refinement of v1', origin: 'working', basedOnVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'problem_statement_stale', details: { currentVersion: 2 } });
    expect((await client.get(url)).json().items).toHaveLength(2);
  });

  it('validates text and origin', async () => {
    const { client, url } = await needWithStatement();
    const res = await client.post(url, { text: '  ', origin: 'final', basedOnVersion: -1 });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.details.fields).sort()).toEqual(['basedOnVersion', 'origin', 'text']);
  });

  it('records who confirmed a version, when and how; a new version starts unconfirmed', async () => {
    const { client, url, sandra, tom, need } = await needWithStatement();
    const confirm = await client.post(`${url}/1/confirm`, { personId: sandra, how: 'in_person', confirmedAt: '2026-03-03T10:00:00+01:00', note: ' Yes, that is it. ' });
    expect(confirm.statusCode).toBe(201);
    expect(confirm.json()).toEqual({
      version: 1,
      person: { id: sandra, fullName: 'Sandra Okoye' },
      how: 'in_person',
      confirmedAt: '2026-03-03T09:00:00.000Z',
      note: 'Yes, that is it.',
    });
    // No date: now, by the server's clock.
    expect((await client.post(`${url}/1/confirm`, { personId: tom, how: 'email' })).json()).toMatchObject({ confirmedAt: NOW, note: null });
    expect((await client.get(`/api/v1/needs/${need}`)).json().currentStatement).toMatchObject({
      confirmed: true,
      confirmations: [
        { person: { id: sandra }, how: 'in_person', confirmedAt: '2026-03-03T09:00:00.000Z' },
        { person: { id: tom }, how: 'email', confirmedAt: NOW },
      ],
    });

    await client.post(url, { text: 'Refined', origin: 'jointly_defined', basedOnVersion: 1 });
    const current = (await client.get(`/api/v1/needs/${need}`)).json().currentStatement;
    expect(current).toMatchObject({ version: 2, confirmed: false, confirmations: [] });
    const history = (await client.get(url)).json().items;
    expect(history[0]).toMatchObject({ version: 1, confirmed: true });
    expect(history[0].confirmations).toHaveLength(2);
  });

  it('refuses a second confirmation by the same person, a future date, an unknown version or person', async () => {
    const { client, url, sandra } = await needWithStatement();
    await client.post(`${url}/1/confirm`, { personId: sandra, how: 'call' });
    const twice = await client.post(`${url}/1/confirm`, { personId: sandra, how: 'email' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'already_confirmed', message: 'Sandra Okoye has already confirmed version 1.' });

    const future = await client.post(`${url}/1/confirm`, { personId: sandra, how: 'call', confirmedAt: '2026-03-10T12:00:01Z' });
    expect(future.statusCode).toBe(400);
    expect(Object.keys(future.json().error.details.fields)).toEqual(['confirmedAt']);

    const noVersion = await client.post(`${url}/7/confirm`, { personId: sandra, how: 'call' });
    expect(noVersion.statusCode).toBe(404);
    expect(noVersion.json().error.code).toBe('not_found');
    const noPerson = await client.post(`${url}/1/confirm`, { personId: '00000000-0000-4000-8000-000000000000', how: 'call' });
    expect(noPerson.statusCode).toBe(404);
    expect(noPerson.json().error.message).toBe('No person with that id in your firm.');
    const badHow = await client.post(`${url}/1/confirm`, { personId: sandra, how: 'telepathy' });
    expect(badHow.statusCode).toBe(400);
  });

  it('refuses new versions on a closed need, and takes them again once reopened', async () => {
    const { client, url, need } = await needWithStatement();
    await client.post(`/api/v1/needs/${need}/outcome`, { outcome: 'no_decision', reason: 'Went quiet' });
    const closed = await client.post(url, { text: 'Too late', origin: 'working' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('need_closed');
    await client.post(`/api/v1/needs/${need}/reopen`);
    expect((await client.post(url, { text: 'Back on', origin: 'working' })).statusCode).toBe(201);
  });
});
