/** Needs: whose they are, how they are listed, edited, closed with an honest outcome and reopened. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { setUpTestApp } from '../support/test-app.ts';
import { clientFirm as newClientFirm, created } from './needs-fixtures.ts';

const NOW = '2026-03-10T12:00:00.000Z';
let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp({ clock: () => new Date(NOW) }));
});
const clientFirm = () => newClientFirm(app);

describe('needs', () => {
  it('writes down a need with its first statement and reads it back in full', async () => {
    const { client, member, org, sandra, tom } = await clientFirm();
    const res = await client.post('/api/v1/needs', {
      title: '  Faster month-end close ',
      organizationId: org,
      personIds: [tom, sandra, tom],
      problemStatement: { text: ' We need a new accounting system. ' },
    });
    expect(res.statusCode).toBe(201);
    const need = res.json();
    expect(need).toEqual({
      id: expect.any(String),
      title: 'Faster month-end close',
      organization: { id: org, name: 'Northwind Logistics' },
      people: [
        { id: sandra, fullName: 'Sandra Okoye' },
        { id: tom, fullName: 'Tom Baker' },
      ],
      lead: { id: member.id, name: member.name },
      status: 'open',
      outcome: null,
      currentStatement: {
        version: 1,
        text: 'We need a new accounting system.',
        origin: 'first_stated',
        changeReason: null,
        createdAt: expect.any(String),
        createdBy: { id: member.id, name: member.name },
        confirmations: [],
        confirmed: false,
      },
      statementCount: 1,
      journey: [],
      journeyHealth: 'on_track',
      journeyHealthDetail: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: member.id,
      version: 1,
    });
    expect((await client.get(`/api/v1/needs/${need.id}`)).json()).toEqual(need);
  });

  it('belongs to an organisation or a person; either is enough', async () => {
    const { client, org, sandra } = await clientFirm();
    const none = await client.post('/api/v1/needs', { title: 'Whose?' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe('validation_failed');
    expect(Object.keys(none.json().error.details.fields).sort()).toEqual(['organizationId', 'personIds']);
    expect((await client.post('/api/v1/needs', { title: 'Empty list', personIds: [] })).statusCode).toBe(400);

    const orgOnly = await created(client, '/api/v1/needs', { title: 'Org only', organizationId: org });
    expect(orgOnly.people).toEqual([]);
    expect(orgOnly.currentStatement).toBeNull();
    const personOnly = await created(client, '/api/v1/needs', { title: 'Person only', personIds: [sandra] });
    expect(personOnly.organization).toBeNull();
  });

  it('validates the body and names the failing fields', async () => {
    const { client } = await clientFirm();
    const res = await client.post('/api/v1/needs', { title: '   ', organizationId: 'nope', personIds: ['x'], problemStatement: { text: '', origin: 'guess' } });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.details.fields).sort()).toEqual([
      'organizationId',
      'personIds.0',
      'problemStatement.origin',
      'problemStatement.text',
      'title',
    ]);
  });

  it('refuses unknown organisations, people and lead members as 404 not_found, saving nothing', async () => {
    const { client, org } = await clientFirm();
    const ghost = '00000000-0000-4000-8000-000000000000';
    for (const [body, what] of [
      [{ title: 'x', organizationId: ghost }, 'organisation'],
      [{ title: 'x', organizationId: org, personIds: [ghost] }, 'person'],
      [{ title: 'x', organizationId: org, leadMemberId: ghost }, 'team member'],
    ] as const) {
      const res = await client.post('/api/v1/needs', body);
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'not_found', message: `No ${what} with that id in your firm.` });
    }
    expect((await client.get('/api/v1/needs?status=all')).json().items).toEqual([]);
  });

  it('edits title, organisation, people and lead, and refuses a stale edit', async () => {
    const { client, member, org, sandra, tom } = await clientFirm();
    const need = await created(client, '/api/v1/needs', { title: 'Close', organizationId: org, personIds: [sandra] });
    const edited = await client.patch(`/api/v1/needs/${need.id}`, { version: 1, title: 'Close in five days', personIds: [tom], leadMemberId: null });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'Close in five days', people: [{ id: tom }], lead: null, organization: { id: org }, version: 2 });

    const stale = await client.patch(`/api/v1/needs/${need.id}`, { version: 1, title: 'Lost edit' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });

    // Clearing the organisation is fine while a person remains; clearing both is refused.
    const noOrg = await client.patch(`/api/v1/needs/${need.id}`, { version: 2, organizationId: null, leadMemberId: member.id });
    expect(noOrg.json()).toMatchObject({ organization: null, lead: { id: member.id }, version: 3 });
    const nobody = await client.patch(`/api/v1/needs/${need.id}`, { version: 3, personIds: [] });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error.code).toBe('validation_failed');
    expect((await client.get(`/api/v1/needs/${need.id}`)).json()).toMatchObject({ title: 'Close in five days', people: [{ id: tom }], version: 3 });
  });

  it('keeps the need when its organisation or person is deleted', async () => {
    const { client, org, sandra } = await clientFirm();
    const need = await created(client, '/api/v1/needs', { title: 'Keep me', organizationId: org, personIds: [sandra] });
    await client.delete(`/api/v1/organizations/${org}`);
    await client.delete(`/api/v1/people/${sandra}`);
    expect((await client.get(`/api/v1/needs/${need.id}`)).json()).toMatchObject({ title: 'Keep me', organization: null, people: [] });
  });

  it('records each honest outcome once, marks help given, and reopens', async () => {
    const { client, member, org } = await clientFirm();
    const need = await created(client, '/api/v1/needs', { title: 'Payroll', organizationId: org });
    const closed = await client.post(`/api/v1/needs/${need.id}/outcome`, {
      outcome: 'referred_out',
      reason: ' A payroll specialist fits better. ',
      lesson: '  ',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      outcome: {
        outcome: 'referred_out',
        reason: 'A payroll specialist fits better.',
        lesson: null,
        recordedAt: NOW,
        recordedBy: { id: member.id, name: member.name },
        helpGiven: true,
      },
      journeyHealth: null,
      journeyHealthDetail: null,
      version: 2,
    });

    const again = await client.post(`/api/v1/needs/${need.id}/outcome`, { outcome: 'engaged', reason: 'Changed our minds' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('need_closed');

    const reopened = await client.post(`/api/v1/needs/${need.id}/reopen`);
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'open', outcome: null, journeyHealth: 'on_track', version: 3 });
    const twice = await client.post(`/api/v1/needs/${need.id}/reopen`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('need_not_closed');

    const engaged = await client.post(`/api/v1/needs/${need.id}/outcome`, { outcome: 'engaged', reason: 'They asked us to start.', lesson: 'The sample on their data did it.' });
    expect(engaged.json().outcome).toMatchObject({ outcome: 'engaged', lesson: 'The sample on their data did it.', helpGiven: false });
  });

  it('knows the six outcomes and nothing else; a reason is required', async () => {
    const { client, org } = await clientFirm();
    const need = await created(client, '/api/v1/needs', { title: 'Audit', organizationId: org });
    const lost = await client.post(`/api/v1/needs/${need.id}/outcome`, { outcome: 'lost', reason: 'Price' });
    expect(lost.statusCode).toBe(400);
    expect(Object.keys(lost.json().error.details.fields)).toEqual(['outcome']);
    const noReason = await client.post(`/api/v1/needs/${need.id}/outcome`, { outcome: 'no_decision', reason: ' ' });
    expect(Object.keys(noReason.json().error.details.fields)).toEqual(['reason']);
    for (const outcome of ['advised_not_to_buy', 'no_decision', 'chose_another_provider', 'deferred'] as const) {
      const res = await client.post(`/api/v1/needs/${need.id}/outcome`, { outcome, reason: 'Because' });
      expect(res.json().outcome).toMatchObject({ outcome, helpGiven: outcome === 'advised_not_to_buy' });
      await client.post(`/api/v1/needs/${need.id}/reopen`);
    }
  });

  it('lists open needs by default, closed or all on request, newest first, filtered by organisation or person', async () => {
    const { client, org, sandra, tom } = await clientFirm();
    await created(client, '/api/v1/needs', { title: 'A', organizationId: org });
    const b = await created(client, '/api/v1/needs', { title: 'B', personIds: [sandra] });
    const c = await created(client, '/api/v1/needs', { title: 'C', organizationId: org, personIds: [tom], problemStatement: { text: 'It hurts.' } });
    await client.post(`/api/v1/needs/${b.id}/outcome`, { outcome: 'deferred', reason: 'Next year' });
    const titles = async (query: string) => (await client.get(`/api/v1/needs${query}`)).json().items.map((n: { title: string }) => n.title);
    expect(await titles('')).toEqual(['C', 'A']);
    expect(await titles('?status=closed')).toEqual(['B']);
    expect(await titles('?status=all')).toEqual(['C', 'B', 'A']);
    expect(await titles(`?organizationId=${org}`)).toEqual(['C', 'A']);
    expect(await titles(`?status=all&personId=${sandra}`)).toEqual(['B']);
    expect(await titles(`?personId=${tom}`)).toEqual(['C']);

    const item = (await client.get('/api/v1/needs?limit=1')).json().items[0];
    expect(item).toMatchObject({ id: c.id, journeyHealth: 'on_track', currentStatement: { version: 1, text: 'It hurts.', confirmed: false }, statementCount: 1 });
    expect(item.journey).toBeUndefined();
  });

  it('pages through needs with keyset cursors and refuses a forged cursor', async () => {
    const { client, org } = await clientFirm();
    for (const title of ['1', '2', '3', '4', '5']) await created(client, '/api/v1/needs', { title, organizationId: org });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = (await client.get(`/api/v1/needs?limit=2${query}`)).json();
      seen.push(...page.items.map((n: { title: string }) => n.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['5', '4', '3', '2', '1']);
    const forged = Buffer.from(JSON.stringify(['2026-02-30T00:00:00.000000Z', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    const bad = await client.get(`/api/v1/needs?cursor=${forged}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_cursor');
  });
});
