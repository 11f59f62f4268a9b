import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signUpFirm, type ApiClient } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp());
});

async function addPerson(client: ApiClient, fullName: string, affiliations: { organizationId: string }[] = []): Promise<string> {
  const res = await client.post('/api/v1/people', { fullName, affiliations });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

describe('conversations', () => {
  it('records, reads, edits and deletes a conversation with yellow-pad notes', async () => {
    const { client, member } = await signUpFirm(app);
    const maya = await addPerson(client, 'Maya Okafor');
    const sam = await addPerson(client, 'Sam Reyes');
    const created = await client.post('/api/v1/conversations', {
      occurredAt: '2025-03-14T10:30:00+01:00',
      channel: 'meeting',
      personIds: [sam, maya, sam],
      summary: '  Quarterly review ',
      notes: { goals: '  Expand into Spain  ', concerns: '   ', inTheirWords: '"We are drowning in spreadsheets."' },
    });
    expect(created.statusCode).toBe(201);
    const conversation = created.json();
    expect(conversation).toEqual({
      id: expect.any(String),
      occurredAt: '2025-03-14T09:30:00.000Z',
      channel: 'meeting',
      summary: 'Quarterly review',
      notes: { inTheirWords: '"We are drowning in spreadsheets."', goals: 'Expand into Spain' },
      people: [
        { id: maya, fullName: 'Maya Okafor' },
        { id: sam, fullName: 'Sam Reyes' },
      ],
      members: [{ id: member.id, name: member.name }],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: member.id,
      version: 1,
    });
    // Notes come back in the form's facet order, whatever order they were sent in.
    expect(Object.keys(conversation.notes)).toEqual(['inTheirWords', 'goals']);
    expect((await client.get(`/api/v1/conversations/${conversation.id}`)).json()).toEqual(conversation);

    const edited = await client.patch(`/api/v1/conversations/${conversation.id}`, {
      version: 1,
      channel: 'call',
      personIds: [maya],
      notes: { situation: ' Growing fast ' },
      summary: null,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      channel: 'call',
      summary: null,
      notes: { situation: 'Growing fast' },
      people: [{ id: maya, fullName: 'Maya Okafor' }],
      members: [{ id: member.id }],
      occurredAt: '2025-03-14T09:30:00.000Z',
      version: 2,
    });
    expect(Object.keys(edited.json().notes)).toEqual(['situation']);
    const noMembers = await client.patch(`/api/v1/conversations/${conversation.id}`, { version: 2, memberIds: [] });
    expect(noMembers.json()).toMatchObject({ members: [], people: [{ id: maya }], notes: { situation: 'Growing fast' }, version: 3 });

    expect((await client.delete(`/api/v1/conversations/${conversation.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/v1/conversations/${conversation.id}`)).json().error.code).toBe('not_found');
    expect((await client.get(`/api/v1/people/${maya}/timeline`)).json().items).toEqual([]);
  });

  it('keeps a conversation when one of its people is deleted', async () => {
    const { client } = await signUpFirm(app);
    const a = await addPerson(client, 'Ada');
    const b = await addPerson(client, 'Ben');
    const { id } = (await client.post('/api/v1/conversations', { occurredAt: '2025-01-01T09:00:00Z', channel: 'video', personIds: [a, b] })).json();
    await client.delete(`/api/v1/people/${b}`);
    expect((await client.get(`/api/v1/conversations/${id}`)).json().people).toEqual([{ id: a, fullName: 'Ada' }]);
  });

  it('refuses a stale edit with 409 and keeps the newer one', async () => {
    const { client } = await signUpFirm(app);
    const p = await addPerson(client, 'Lee');
    const { id } = (await client.post('/api/v1/conversations', { occurredAt: '2025-02-01T09:00:00Z', channel: 'call', personIds: [p] })).json();
    expect((await client.patch(`/api/v1/conversations/${id}`, { version: 1, summary: 'First' })).statusCode).toBe(200);
    const stale = await client.patch(`/api/v1/conversations/${id}`, { version: 1, summary: 'Second' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    expect((await client.get(`/api/v1/conversations/${id}`)).json()).toMatchObject({ summary: 'First', version: 2 });
  });

  it('validates the body and names the failing fields', async () => {
    const { client } = await signUpFirm(app);
    const res = await client.post('/api/v1/conversations', {
      occurredAt: '2025-03-14T10:30:00',
      channel: 'carrier-pigeon',
      personIds: ['not-a-uuid'],
      memberIds: 'me',
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.details.fields).sort()).toEqual(['channel', 'memberIds', 'occurredAt', 'personIds.0']);

    const missing = await client.post('/api/v1/conversations', { channel: 'call' });
    expect(Object.keys(missing.json().error.details.fields).sort()).toEqual(['occurredAt', 'personIds']);
    const noPeople = await client.post('/api/v1/conversations', { occurredAt: '2025-03-14T10:30:00Z', channel: 'call', personIds: [] });
    expect(Object.keys(noPeople.json().error.details.fields)).toEqual(['personIds']);
  });

  it('refuses an unknown note facet and an over-long note', async () => {
    const { client } = await signUpFirm(app);
    const p = await addPerson(client, 'Kim');
    const base = { occurredAt: '2025-03-14T10:30:00Z', channel: 'email', personIds: [p] };
    const unknown = await client.post('/api/v1/conversations', { ...base, notes: { goals: 'ok', gossip: 'no' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('validation_failed');
    expect(Object.keys(unknown.json().error.details.fields)).toEqual(['notes']);
    expect(unknown.json().error.details.fields.notes).toContain('gossip');

    const long = await client.post('/api/v1/conversations', { ...base, notes: { goals: 'x'.repeat(20_001) } });
    expect(long.statusCode).toBe(400);
    expect(Object.keys(long.json().error.details.fields)).toEqual(['notes.goals']);
    expect((await client.get('/api/v1/conversations')).json().items).toEqual([]);
  });

  it("refuses other firms' people and members as 400 on personIds/memberIds, without saving anything", async () => {
    const a = await signUpFirm(app);
    const b = await signUpFirm(app);
    const theirs = await addPerson(a.client, 'Firm A Client');
    const mine = await addPerson(b.client, 'Firm B Client');
    const base = { occurredAt: '2025-03-14T10:30:00Z', channel: 'meeting' };

    const crossPerson = await b.client.post('/api/v1/conversations', { ...base, personIds: [mine, theirs] });
    expect(crossPerson.statusCode).toBe(400);
    expect(crossPerson.json().error.code).toBe('validation_failed');
    expect(Object.keys(crossPerson.json().error.details.fields)).toEqual(['personIds']);
    const unknownPerson = await b.client.post('/api/v1/conversations', { ...base, personIds: [mine, '00000000-0000-4000-8000-000000000000'] });
    // Another firm's id and an id that exists nowhere are refused with the same message.
    expect(unknownPerson.json().error.message).toBe(crossPerson.json().error.message);

    const crossMember = await b.client.post('/api/v1/conversations', { ...base, personIds: [mine], memberIds: [a.member.id] });
    expect(crossMember.statusCode).toBe(400);
    expect(Object.keys(crossMember.json().error.details.fields)).toEqual(['memberIds']);
    expect((await b.client.get('/api/v1/conversations')).json().items).toEqual([]);

    const { id } = (await b.client.post('/api/v1/conversations', { ...base, personIds: [mine], memberIds: [] })).json();
    expect((await b.client.get(`/api/v1/conversations/${id}`)).json().members).toEqual([]);
    const patch = await b.client.patch(`/api/v1/conversations/${id}`, { version: 1, personIds: [theirs], summary: 'changed' });
    expect(patch.statusCode).toBe(400);
    expect(Object.keys(patch.json().error.details.fields)).toEqual(['personIds']);
    // The failed edit changed nothing: same people, same summary, same version.
    expect((await b.client.get(`/api/v1/conversations/${id}`)).json()).toMatchObject({
      summary: null,
      version: 1,
      people: [{ id: mine, fullName: 'Firm B Client' }],
    });
  });

  it('lists newest first, pages with a cursor, and filters by person and organisation', async () => {
    const { client } = await signUpFirm(app);
    const acme = (await client.post('/api/v1/organizations', { name: 'Acme' })).json().id;
    const ana = await addPerson(client, 'Ana', [{ organizationId: acme }]);
    const bo = await addPerson(client, 'Bo');
    const days = ['2025-01-05', '2025-01-01', '2025-01-03', '2025-01-04', '2025-01-02'];
    for (const [i, day] of days.entries()) {
      const res = await client.post('/api/v1/conversations', { occurredAt: `${day}T12:00:00Z`, channel: 'call', personIds: i % 2 ? [bo] : [ana, bo], summary: day });
      expect(res.statusCode).toBe(201);
    }
    // Two conversations at the same instant are ordered by id, and never skipped or repeated across pages.
    await client.post('/api/v1/conversations', { occurredAt: '2025-01-03T13:00:00+01:00', channel: 'call', personIds: [bo], summary: 'same instant' });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { summary: string }[]; nextCursor: string | null } = (
        await client.get(`/api/v1/conversations?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => c.summary));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(seen.filter((s) => s !== 'same instant')).toEqual(['2025-01-05', '2025-01-04', '2025-01-03', '2025-01-02', '2025-01-01']);
    expect(seen.indexOf('same instant')).toBeGreaterThanOrEqual(2);
    expect(seen.indexOf('same instant')).toBeLessThanOrEqual(3);

    const summaries = async (query: string) =>
      (await client.get(`/api/v1/conversations?${query}`)).json().items.map((c: { summary: string }) => c.summary);
    expect(await summaries(`personId=${ana}`)).toEqual(['2025-01-05', '2025-01-03', '2025-01-02']);
    expect(await summaries(`organizationId=${acme}`)).toEqual(['2025-01-05', '2025-01-03', '2025-01-02']);
    expect(await summaries(`personId=${bo}&organizationId=${acme}`)).toEqual(['2025-01-05', '2025-01-03', '2025-01-02']);
    expect(await summaries(`personId=${bo}&limit=3`)).toHaveLength(3);
    const list = (await client.get(`/api/v1/conversations?personId=${ana}&limit=1`)).json();
    expect(list.items[0].people.map((p: { fullName: string }) => p.fullName)).toEqual(['Ana', 'Bo']);

    for (const forged of [['yesterday', acme], ['2025-02-30T00:00:00.000000Z', acme], ['2025-01-01T00:00:00.000000Z', 'nope']]) {
      const bad = await client.get(`/api/v1/conversations?cursor=${Buffer.from(JSON.stringify(forged)).toString('base64url')}`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('invalid_cursor');
    }
  });

  it('moves the conversation on its people\'s timelines when its time changes', async () => {
    const { client } = await signUpFirm(app);
    const p = await addPerson(client, 'Noor');
    const early = (await client.post('/api/v1/conversations', { occurredAt: '2025-01-01T09:00:00Z', channel: 'meal', personIds: [p], summary: 'early' })).json();
    await client.post('/api/v1/conversations', { occurredAt: '2025-02-01T09:00:00Z', channel: 'meal', personIds: [p], summary: 'middle' });
    const moved = await client.patch(`/api/v1/conversations/${early.id}`, { version: 1, occurredAt: '2025-03-01T09:00:00-05:00' });
    expect(moved.json().occurredAt).toBe('2025-03-01T14:00:00.000Z');
    const timeline = (await client.get(`/api/v1/people/${p}/timeline`)).json();
    expect(timeline.items.map((i: { summary: string; occurredAt: string }) => [i.summary, i.occurredAt])).toEqual([
      ['early', '2025-03-01T14:00:00.000Z'],
      ['middle', '2025-02-01T09:00:00.000Z'],
    ]);
  });

  it('publishes named Conversation schemas in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Conversation', 'ConversationNotes', 'TimelineItem']));
    const body = doc.paths['/api/v1/conversations'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['occurredAt', 'channel', 'personIds']));
  });
});
