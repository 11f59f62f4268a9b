import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signUpFirm, type ApiClient } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp());
});

interface Item {
  type: string;
  id: string;
  summary: string;
  occurredAt: string;
  people: { fullName: string }[];
}

async function addPerson(client: ApiClient, fullName: string, organizationIds: string[] = []): Promise<string> {
  const res = await client.post('/api/v1/people', { fullName, affiliations: organizationIds.map((organizationId) => ({ organizationId })) });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

async function talk(client: ApiClient, day: string, personIds: string[], summary = day): Promise<string> {
  const res = await client.post('/api/v1/conversations', { occurredAt: `${day}T10:00:00Z`, channel: 'meeting', personIds, summary, notes: { goals: `goal ${summary}` } });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

/** Follows nextCursor to the end, checking every page respects the limit. */
async function readAll(client: ApiClient, url: string, limit: number): Promise<{ items: Item[]; pages: number }> {
  const items: Item[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await client.get(`${url}?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode).toBe(200);
    const page: { items: Item[]; nextCursor: string | null } = res.json();
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor);
  return { items, pages };
}

describe('person timeline', () => {
  it('shows the person\'s conversations newest first, as typed events, page by page', async () => {
    const { client, member } = await signUpFirm(app);
    const maya = await addPerson(client, 'Maya');
    const other = await addPerson(client, 'Other');
    for (const day of ['2025-01-02', '2025-01-05', '2025-01-01', '2025-01-04', '2025-01-03']) await talk(client, day, [maya]);
    await talk(client, '2025-01-06', [other], 'not hers');

    const first = (await client.get(`/api/v1/people/${maya}/timeline?limit=2`)).json();
    expect(first.items[0]).toEqual({
      type: 'conversation',
      id: expect.any(String),
      occurredAt: '2025-01-05T10:00:00.000Z',
      channel: 'meeting',
      summary: '2025-01-05',
      notes: { goals: 'goal 2025-01-05' },
      people: [{ id: maya, fullName: 'Maya' }],
      members: [{ id: member.id, name: member.name }],
    });
    expect(first.nextCursor).toEqual(expect.any(String));

    const { items, pages } = await readAll(client, `/api/v1/people/${maya}/timeline`, 2);
    expect(pages).toBe(3);
    expect(items.map((i) => i.summary)).toEqual(['2025-01-05', '2025-01-04', '2025-01-03', '2025-01-02', '2025-01-01']);
    expect(new Set(items.map((i) => i.type))).toEqual(new Set(['conversation']));

    const exact = (await client.get(`/api/v1/people/${maya}/timeline?limit=5`)).json();
    expect(exact.items).toHaveLength(5);
    expect(exact.nextCursor).toBeNull();
  });

  it('is empty for a person with no conversations and 404 for an unknown person', async () => {
    const { client } = await signUpFirm(app);
    const quiet = await addPerson(client, 'Quiet');
    expect((await client.get(`/api/v1/people/${quiet}/timeline`)).json()).toEqual({ items: [], nextCursor: null });
    const missing = await client.get('/api/v1/people/00000000-0000-4000-8000-000000000000/timeline');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const badCursor = await client.get(`/api/v1/people/${quiet}/timeline?cursor=garbage`);
    expect(badCursor.json().error.code).toBe('invalid_cursor');
  });
});

describe('organisation timeline', () => {
  it("shows each conversation with the organisation's current people once, newest first, page by page", async () => {
    const { client } = await signUpFirm(app);
    const acme = (await client.post('/api/v1/organizations', { name: 'Acme' })).json().id;
    const globex = (await client.post('/api/v1/organizations', { name: 'Globex' })).json().id;
    const ana = await addPerson(client, 'Ana', [acme]);
    const bo = await addPerson(client, 'Bo', [acme, globex]);
    const cy = await addPerson(client, 'Cy', [globex]);
    const outsider = await addPerson(client, 'Outsider');

    await talk(client, '2025-02-01', [ana], 'ana alone');
    await talk(client, '2025-02-02', [ana, bo], 'ana and bo'); // two Acme people: must appear once
    await talk(client, '2025-02-03', [cy], 'globex only');
    await talk(client, '2025-02-04', [bo, cy, outsider], 'bo with others');
    await talk(client, '2025-02-05', [outsider], 'outsider only');
    await talk(client, '2025-02-06', [ana, bo], 'ana and bo again');

    const { items, pages } = await readAll(client, `/api/v1/organizations/${acme}/timeline`, 2);
    expect(items.map((i) => i.summary)).toEqual(['ana and bo again', 'bo with others', 'ana and bo', 'ana alone']);
    expect(pages).toBe(2);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items[1]!.people.map((p) => p.fullName)).toEqual(['Bo', 'Cy', 'Outsider']);

    const globexTimeline = (await client.get(`/api/v1/organizations/${globex}/timeline`)).json();
    expect(globexTimeline.items.map((i: Item) => i.summary)).toEqual(['ana and bo again', 'bo with others', 'globex only', 'ana and bo']);

    // Someone who leaves the organisation takes their conversations off its timeline.
    const current = (await client.get(`/api/v1/people/${ana}`)).json();
    await client.patch(`/api/v1/people/${ana}`, { version: current.version, affiliations: [] });
    const after = (await client.get(`/api/v1/organizations/${acme}/timeline`)).json();
    expect(after.items.map((i: Item) => i.summary)).toEqual(['ana and bo again', 'bo with others', 'ana and bo']);
  });

  it('is empty for an organisation with nobody in it and 404 for an unknown one', async () => {
    const { client } = await signUpFirm(app);
    const empty = (await client.post('/api/v1/organizations', { name: 'Empty' })).json().id;
    expect((await client.get(`/api/v1/organizations/${empty}/timeline`)).json()).toEqual({ items: [], nextCursor: null });
    const missing = await client.get('/api/v1/organizations/00000000-0000-4000-8000-000000000000/timeline');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });
});
