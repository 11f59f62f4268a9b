import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signUpFirm } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp());
});

describe('people', () => {
  it('adds, reads, edits and deletes a person', async () => {
    const { client } = await signUpFirm(app);
    const created = await client.post('/api/v1/people', { fullName: '  Maya Okafor ', emails: ['Maya@Client.test', 'maya@client.test'], phones: ['+44 20 7946 0000'] });
    expect(created.statusCode).toBe(201);
    const person = created.json();
    expect(person).toMatchObject({ fullName: 'Maya Okafor', emails: ['maya@client.test'], version: 1, affiliations: [] });

    const read = await client.get(`/api/v1/people/${person.id}`);
    expect(read.json()).toEqual(person);

    const edited = await client.patch(`/api/v1/people/${person.id}`, { version: 1, notes: 'Prefers mornings.' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ notes: 'Prefers mornings.', fullName: 'Maya Okafor', version: 2 });

    expect((await client.delete(`/api/v1/people/${person.id}`)).statusCode).toBe(204);
    const gone = await client.get(`/api/v1/people/${person.id}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('not_found');
  });

  it('refuses a stale edit with 409 and keeps the newer one', async () => {
    const { client } = await signUpFirm(app);
    const { id } = (await client.post('/api/v1/people', { fullName: 'Sam Reyes' })).json();
    expect((await client.patch(`/api/v1/people/${id}`, { version: 1, fullName: 'Samuel Reyes' })).statusCode).toBe(200);
    const stale = await client.patch(`/api/v1/people/${id}`, { version: 1, fullName: 'Sam R.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    expect((await client.get(`/api/v1/people/${id}`)).json().fullName).toBe('Samuel Reyes');
  });

  it('validates the body and names the failing fields', async () => {
    const { client } = await signUpFirm(app);
    const res = await client.post('/api/v1/people', { fullName: '   ', emails: ['not-an-email'] });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.details.fields).sort()).toEqual(['emails.0', 'fullName']);
  });

  it('searches names and emails, in any case, and pages with a cursor', async () => {
    const { client } = await signUpFirm(app);
    const names = ['Ana Lima', 'Bruno Costa', 'Carla Dias', 'Diego Alves', 'Elena Rocha'];
    for (const fullName of names) {
      await client.post('/api/v1/people', { fullName, emails: [`${fullName.split(' ')[0]!.toLowerCase()}@rocha-partners.test`] });
    }
    const byName = (await client.get('/api/v1/people?q=ROCHA')).json();
    expect(byName.items.map((p: { fullName: string }) => p.fullName)).toEqual(names); // all emails contain "rocha"
    expect((await client.get('/api/v1/people?q=dieg')).json().items.map((p: { fullName: string }) => p.fullName)).toEqual(['Diego Alves']);
    expect((await client.get('/api/v1/people?q=100%25')).json().items).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { fullName: string }[]; nextCursor: string | null } = (
        await client.get(`/api/v1/people?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((p) => p.fullName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(names);

    const badCursor = await client.get('/api/v1/people?cursor=garbage');
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().error.code).toBe('invalid_cursor');
  });

  it('keeps firms apart: another firm sees none of these people', async () => {
    const a = await signUpFirm(app);
    const b = await signUpFirm(app);
    const { id } = (await a.client.post('/api/v1/people', { fullName: 'Confidential Client', emails: ['secret@client.test'] })).json();
    for (const res of [
      await b.client.get(`/api/v1/people/${id}`),
      await b.client.patch(`/api/v1/people/${id}`, { version: 1, fullName: 'Hijacked' }),
      await b.client.delete(`/api/v1/people/${id}`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await b.client.get('/api/v1/people')).json().items).toEqual([]);
    expect((await b.client.get('/api/v1/people?q=secret')).json().items).toEqual([]);
    expect((await a.client.get(`/api/v1/people/${id}`)).json().fullName).toBe('Confidential Client');
  });
});

describe('people cursors', () => {
  it('refuses a forged cursor whose id is not a uuid, as a cursor error', async () => {
    const { client } = await signUpFirm(app);
    const forged = Buffer.from(JSON.stringify(['a', 'not-a-uuid'])).toString('base64url');
    const res = await client.get(`/api/v1/people?cursor=${forged}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_cursor');
  });
});

describe('people search paths', () => {
  it('pages through search results and combines search with an organisation', async () => {
    const { client } = await signUpFirm(app);
    const org = (await client.post('/api/v1/organizations', { name: 'Marlow Dental Group' })).json();
    const names = ['Mara Quint', 'Marek Olsen', 'Mariam Haddad', 'Marta Ruiz', 'Omar Farouk', 'Tom Reed'];
    for (const fullName of names) {
      const inOrg = fullName.startsWith('Mar');
      await client.post('/api/v1/people', { fullName, ...(inOrg ? { affiliations: [{ organizationId: org.id }] } : {}) });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { fullName: string }[]; nextCursor: string | null } = (
        await client.get(`/api/v1/people?q=mar&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((p) => p.fullName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Mara Quint', 'Marek Olsen', 'Mariam Haddad', 'Marta Ruiz', 'Omar Farouk']);

    const inOrg = (await client.get(`/api/v1/people?q=mar&organizationId=${org.id}`)).json();
    expect(inOrg.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Mara Quint', 'Marek Olsen', 'Mariam Haddad', 'Marta Ruiz']);
    expect(inOrg.items[0].affiliations).toEqual([{ organizationId: org.id, organizationName: 'Marlow Dental Group', title: null }]);

    const short = (await client.get('/api/v1/people?q=om')).json();
    expect(short.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Omar Farouk', 'Tom Reed']);
  });
});

describe('people: stay in touch', () => {
  it('sets, changes and clears a cadence; the person says where they stand', async () => {
    const { client } = await signUpFirm(app);
    const plain = (await client.post('/api/v1/people', { fullName: 'No Cadence' })).json();
    expect(plain).toMatchObject({ stayInTouchDays: null, stayInTouch: null });

    const created = await client.post('/api/v1/people', { fullName: 'Maya Okafor', stayInTouchDays: 30 });
    expect(created.statusCode).toBe(201);
    const person = created.json();
    const createdDay = person.createdAt.slice(0, 10);
    // No conversation yet: counted from the day the person (and so the cadence) was added.
    expect(person).toMatchObject({ stayInTouchDays: 30, stayInTouch: { everyDays: 30, lastConversationAt: null, losingTouch: false } });
    expect(person.stayInTouch.dueOn > createdDay).toBe(true);

    await client.post('/api/v1/conversations', { occurredAt: '2025-03-01T10:00:00Z', channel: 'call', personIds: [person.id] });
    await client.post('/api/v1/conversations', { occurredAt: '2025-04-01T23:30:00Z', channel: 'meeting', personIds: [person.id] });
    const onTheDay = (await client.get(`/api/v1/people/${person.id}?date=2025-05-01`)).json();
    expect(onTheDay.stayInTouch).toEqual({ everyDays: 30, lastConversationAt: '2025-04-01T23:30:00.000Z', dueOn: '2025-05-01', losingTouch: false });
    const dayAfter = (await client.get(`/api/v1/people/${person.id}?date=2025-05-02`)).json();
    expect(dayAfter.stayInTouch).toMatchObject({ dueOn: '2025-05-01', losingTouch: true });
    // As of an earlier day, a later conversation has not happened yet.
    const before = (await client.get(`/api/v1/people/${person.id}?date=2025-03-15`)).json();
    expect(before.stayInTouch).toMatchObject({ lastConversationAt: '2025-03-01T10:00:00.000Z', dueOn: '2025-03-31', losingTouch: false });

    const quarterly = await client.patch(`/api/v1/people/${person.id}`, { version: 1, stayInTouchDays: 90 });
    expect(quarterly.json()).toMatchObject({ stayInTouchDays: 90, version: 2, stayInTouch: { everyDays: 90, dueOn: '2025-06-30' } });
    const untouched = await client.patch(`/api/v1/people/${person.id}`, { version: 2, notes: 'Prefers calls.' });
    expect(untouched.json()).toMatchObject({ stayInTouchDays: 90, version: 3 });
    const cleared = await client.patch(`/api/v1/people/${person.id}`, { version: 3, stayInTouchDays: null });
    expect(cleared.json()).toMatchObject({ stayInTouchDays: null, stayInTouch: null });

    const listed = (await client.get('/api/v1/people')).json().items;
    expect(listed.map((p: { fullName: string; stayInTouchDays: number | null }) => [p.fullName, p.stayInTouchDays])).toEqual([
      ['Maya Okafor', null],
      ['No Cadence', null],
    ]);
  });

  it('lists people with their stay-in-touch line', async () => {
    const { client } = await signUpFirm(app);
    const { id } = (await client.post('/api/v1/people', { fullName: 'Lee Park', stayInTouchDays: 14 })).json();
    await client.post('/api/v1/conversations', { occurredAt: '2025-01-10T09:00:00Z', channel: 'email', personIds: [id] });
    const [listed] = (await client.get('/api/v1/people')).json().items;
    expect(listed.stayInTouch).toMatchObject({ everyDays: 14, lastConversationAt: '2025-01-10T09:00:00.000Z', dueOn: '2025-01-24', losingTouch: true });
  });

  it('refuses a cadence outside 1–3650 whole days, naming the field', async () => {
    const { client } = await signUpFirm(app);
    for (const stayInTouchDays of [0, 3651, 2.5, '30']) {
      const res = await client.post('/api/v1/people', { fullName: 'Kim', stayInTouchDays });
      expect(res.statusCode, String(stayInTouchDays)).toBe(400);
      expect(Object.keys(res.json().error.details.fields)).toEqual(['stayInTouchDays']);
    }
    const { id } = (await client.post('/api/v1/people', { fullName: 'Kim', stayInTouchDays: 3650 })).json();
    const edit = await client.patch(`/api/v1/people/${id}`, { version: 1, stayInTouchDays: -1 });
    expect(edit.statusCode).toBe(400);
    expect((await client.get(`/api/v1/people/${id}`)).json().stayInTouchDays).toBe(3650);
    expect((await client.get(`/api/v1/people/${id}?date=2025-13-01`)).statusCode).toBe(400);
  });
});

describe('people: title, birthday and addresses', () => {
  const home = { label: ' Home ', street: '12 Orchard Lane', city: 'Bristol', region: '', postalCode: 'BS1 4DJ', country: 'United Kingdom' };

  it('keeps them on create, shows them on read and changes or clears them on edit', async () => {
    const { client } = await signUpFirm(app);
    const created = await client.post('/api/v1/people', {
      fullName: 'Maya Okafor',
      title: '  Finance director ',
      birthday: '1980-03-14',
      addresses: [home, { label: '   ', city: '  ' }, { label: 'Work', city: 'Leeds', region: null }],
    });
    expect(created.statusCode).toBe(201);
    const person = created.json();
    expect(person).toMatchObject({
      title: 'Finance director',
      birthday: '1980-03-14',
      // Parts trimmed, blank parts and the address with none left dropped.
      addresses: [
        { label: 'Home', street: '12 Orchard Lane', city: 'Bristol', postalCode: 'BS1 4DJ', country: 'United Kingdom' },
        { label: 'Work', city: 'Leeds' },
      ],
    });
    expect(person.addresses[0]).not.toHaveProperty('region');
    expect((await client.get(`/api/v1/people/${person.id}`)).json()).toEqual(person);

    // An edit that does not send them keeps them.
    const renamed = (await client.patch(`/api/v1/people/${person.id}`, { version: 1, fullName: 'Maya Okafor-Reid' })).json();
    expect(renamed).toMatchObject({ version: 2, title: 'Finance director', birthday: '1980-03-14', addresses: person.addresses });

    const edited = await client.patch(`/api/v1/people/${person.id}`, { version: 2, title: 'Partner', birthday: '--02-29', addresses: [{ city: 'York' }] });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 3, title: 'Partner', birthday: '--02-29', addresses: [{ city: 'York' }] });

    const cleared = (await client.patch(`/api/v1/people/${person.id}`, { version: 3, title: '  ', birthday: null, addresses: [] })).json();
    expect(cleared).toMatchObject({ version: 4, title: null, birthday: null, addresses: [] });
    expect((await client.get(`/api/v1/people/${person.id}`)).json()).toEqual(cleared);
  });

  it('starts a person without them as null, null and no addresses, also in lists', async () => {
    const { client } = await signUpFirm(app);
    const person = (await client.post('/api/v1/people', { fullName: 'Sam Reyes' })).json();
    expect(person).toMatchObject({ title: null, birthday: null, addresses: [] });
    const { items } = (await client.get('/api/v1/people')).json();
    expect(items[0]).toMatchObject({ title: null, birthday: null, addresses: [] });
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
    ['a date that does not exist', { birthday: '1981-02-29' }, 'birthday'],
    ['a month that does not exist', { birthday: '1980-13-01' }, 'birthday'],
    ['a day past the month’s end without a year', { birthday: '--04-31' }, 'birthday'],
    ['a birthday in another format', { birthday: '14/03/1980' }, 'birthday'],
    ['more than 10 addresses', { addresses: Array.from({ length: 11 }, (_, i) => ({ city: `Town ${i}` })) }, 'addresses'],
    ['an address part over 200 characters', { addresses: [{ city: 'Leeds' }, { city: 'y'.repeat(201) }] }, 'addresses.1.city'],
  ];

  it.each(invalid)('refuses %s with 400, naming the field, on create and on edit', async (_, body, field) => {
    const { client } = await signUpFirm(app);
    const created = await client.post('/api/v1/people', { fullName: 'Ana Lima', ...body });
    expect(created.statusCode).toBe(400);
    expect(created.json().error).toMatchObject({ code: 'validation_failed', details: { fields: { [field]: expect.any(String) } } });
    expect(created.json().error.message).toContain(field);
    expect(Object.keys(created.json().error.details.fields)).toEqual([field]);

    const { id } = (await client.post('/api/v1/people', { fullName: 'Ana Lima' })).json();
    const edited = await client.patch(`/api/v1/people/${id}`, { version: 1, ...body });
    expect(edited.statusCode).toBe(400);
    expect(Object.keys(edited.json().error.details.fields)).toEqual([field]);
    expect((await client.get(`/api/v1/people/${id}`)).json()).toMatchObject({ version: 1, title: null, birthday: null, addresses: [] });
  });

  it('accepts 29 February in a leap year and names every problem at once', async () => {
    const { client } = await signUpFirm(app);
    expect((await client.post('/api/v1/people', { fullName: 'Leap Baby', birthday: '2000-02-29' })).json().birthday).toBe('2000-02-29');
    const res = await client.post('/api/v1/people', {
      fullName: 'Many Problems',
      title: 't'.repeat(201),
      birthday: '1900-02-29',
      addresses: [{ street: 's'.repeat(201), country: 'c'.repeat(201) }],
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.details.fields).sort()).toEqual(['addresses.0.country', 'addresses.0.street', 'birthday', 'title']);
    expect(res.json().error.details.fields.birthday).toMatch(/YYYY-MM-DD.*--MM-DD/);
  });

  it('still refuses a stale edit of them with 409, keeping the newer values', async () => {
    const { client } = await signUpFirm(app);
    const { id } = (await client.post('/api/v1/people', { fullName: 'Carla Dias', birthday: '--06-01' })).json();
    expect((await client.patch(`/api/v1/people/${id}`, { version: 1, birthday: '1975-06-01', addresses: [{ city: 'Porto' }] })).statusCode).toBe(200);
    const stale = await client.patch(`/api/v1/people/${id}`, { version: 1, birthday: null, title: 'Owner' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    expect((await client.get(`/api/v1/people/${id}`)).json()).toMatchObject({ birthday: '1975-06-01', title: null, addresses: [{ city: 'Porto' }] });
  });
});
