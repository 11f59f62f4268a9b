/** Follow-ups: what exactly we will bring, when; the due list; done, snooze and cancel; generic ones refused. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signUpFirm, type ApiClient } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

// The server's "today" is 10 March 2026.
const now = new Date('2026-03-10T15:00:00Z');
let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp({ clock: () => now }));
});

async function addPerson(client: ApiClient, fullName: string): Promise<string> {
  return (await client.post('/api/v1/people', { fullName })).json().id;
}

async function addFollowUp(client: ApiClient, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/follow-ups', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const contents = (res: { json(): { items: { content: string }[] } }) => res.json().items.map((i) => i.content);

describe('follow-ups', () => {
  it('schedules a follow-up for the actor, due in two weeks by default, and reads it back', async () => {
    const { client, member } = await signUpFirm(app);
    const maya = await addPerson(client, 'Maya Okafor');
    const created = await addFollowUp(client, { content: '  Send the two client stories about month-end close ', personId: maya });
    expect(created).toEqual({
      id: expect.any(String),
      content: 'Send the two client stories about month-end close',
      dueOn: '2026-03-24',
      status: 'open',
      member: { id: member.id, name: member.name },
      person: { id: maya, fullName: 'Maya Okafor' },
      organization: null,
      need: null,
      conversationId: null,
      doneAt: null,
      cancelledAt: null,
      cancelReason: null,
      snoozeCount: 0,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: member.id,
      version: 1,
    });
    expect((await client.get(`/api/v1/follow-ups/${created.id}`)).json()).toEqual(created);
    const unowned = await addFollowUp(client, { content: 'Draft the payroll checklist', memberId: null, dueOn: '2026-03-11' });
    expect(unowned).toMatchObject({ member: null, dueOn: '2026-03-11' });
  });

  it('refuses a generic follow-up with 422, why, and suggestions from the conversation’s notes', async () => {
    const { client } = await signUpFirm(app);
    const maya = await addPerson(client, 'Maya Okafor');
    const conversation = (
      await client.post('/api/v1/conversations', {
        occurredAt: '2026-03-09T10:00:00Z',
        channel: 'meeting',
        personIds: [maya],
        notes: { goals: 'A monthly close in five working days.', concerns: 'Her team working weekends during the switch.' },
      })
    ).json();
    for (const content of ['Just checking in!!!', 'TOUCHING BASE.', 'any update?', 'Catch up with Maya']) {
      const res = await client.post('/api/v1/follow-ups', { content, conversationId: conversation.id, personId: maya });
      expect(res.statusCode, content).toBe(422);
      expect(res.json().error).toEqual({
        code: 'follow_up_not_specific',
        message: expect.stringContaining('Say what exactly you will bring.'),
        details: {
          field: 'content',
          suggestions: [
            'Send a one-page note on how others reached “A monthly close in five working days”',
            'Bring a short written answer to their concern: “Her team working weekends during the switch”',
            'Send a one-page summary of what they told us, with one idea for their biggest challenge',
          ],
        },
      });
    }
    const blank = await client.post('/api/v1/follow-ups', { content: '   ' });
    expect(blank.statusCode).toBe(400);
    expect((await client.get('/api/v1/follow-ups')).json().items).toEqual([]);

    // Without a conversation, the suggestions are general but still concrete.
    const plain = await client.post('/api/v1/follow-ups', { content: 'follow up' });
    expect(plain.statusCode).toBe(422);
    expect(plain.json().error.details.suggestions).toHaveLength(3);
  });

  it('edits the content and date of an open follow-up, with the same rule and optimistic concurrency', async () => {
    const { client } = await signUpFirm(app);
    const f = await addFollowUp(client, { content: 'Send the VAT registration checklist' });
    const generic = await client.patch(`/api/v1/follow-ups/${f.id}`, { version: 1, content: 'Following up.' });
    expect(generic.statusCode).toBe(422);
    expect(generic.json().error.code).toBe('follow_up_not_specific');
    const edited = await client.patch(`/api/v1/follow-ups/${f.id}`, { version: 1, content: 'Send the VAT checklist and the HMRC letter template', dueOn: '2026-03-12' });
    expect(edited.json()).toMatchObject({ content: 'Send the VAT checklist and the HMRC letter template', dueOn: '2026-03-12', version: 2 });
    const stale = await client.patch(`/api/v1/follow-ups/${f.id}`, { version: 1, dueOn: '2026-03-20' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
  });

  it('marks done, snoozes and cancels; a closed follow-up refuses every action with 409', async () => {
    const { client } = await signUpFirm(app);
    const a = await addFollowUp(client, { content: 'Send the cash-flow template with their Q3 figures' });
    const b = await addFollowUp(client, { content: 'Bring the draft board pack for the April meeting' });
    const c = await addFollowUp(client, { content: 'Introduce them to Dana at Fenwick Payroll' });

    const done = await client.request('POST', `/api/v1/follow-ups/${a.id}/done`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', doneAt: now.toISOString(), version: 2 });

    for (const dueOn of ['2026-03-10', '2026-03-01']) {
      const early = await client.post(`/api/v1/follow-ups/${b.id}/snooze`, { dueOn });
      expect(early.statusCode).toBe(400);
      expect(early.json().error).toMatchObject({ code: 'validation_failed', details: { fields: { dueOn: 'must be after 2026-03-10' } } });
    }
    const snoozed = await client.post(`/api/v1/follow-ups/${b.id}/snooze`, { dueOn: '2026-03-11' });
    expect(snoozed.json()).toMatchObject({ status: 'open', dueOn: '2026-03-11', snoozeCount: 1, version: 2 });
    const again = await client.post(`/api/v1/follow-ups/${b.id}/snooze`, { dueOn: '2026-03-18', version: 2 });
    expect(again.json()).toMatchObject({ dueOn: '2026-03-18', snoozeCount: 2, version: 3 });
    const staleDone = await client.post(`/api/v1/follow-ups/${b.id}/done`, { version: 2 });
    expect(staleDone.statusCode).toBe(409);
    expect(staleDone.json().error.code).toBe('version_conflict');

    const noReason = await client.post(`/api/v1/follow-ups/${c.id}/cancel`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    const cancelled = await client.post(`/api/v1/follow-ups/${c.id}/cancel`, { reason: 'They hired a payroll manager instead.' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledAt: now.toISOString(), cancelReason: 'They hired a payroll manager instead.' });

    const actions: [string, unknown][] = [
      ['done', {}],
      ['snooze', { dueOn: '2026-04-01' }],
      ['cancel', { reason: 'Changed my mind' }],
    ];
    for (const id of [a.id, c.id]) {
      for (const [action, body] of actions) {
        const res = await client.post(`/api/v1/follow-ups/${id}/${action}`, body);
        expect(res.statusCode, action).toBe(409);
        expect(res.json().error.code).toBe('follow_up_closed');
      }
      const edit = await client.patch(`/api/v1/follow-ups/${id}`, { version: 2, dueOn: '2026-04-01' });
      expect(edit.json().error.code).toBe('follow_up_closed');
    }
    expect((await client.post(`/api/v1/follow-ups/${a.id}/done`)).json().error.message).toBe(
      'This follow-up was already done on 2026-03-10, so it can no longer change. Add a new follow-up instead.',
    );

    expect(contents(await client.get('/api/v1/follow-ups'))).toEqual(['Bring the draft board pack for the April meeting']);
    expect(contents(await client.get('/api/v1/follow-ups?status=done'))).toEqual(['Send the cash-flow template with their Q3 figures']);
    expect(contents(await client.get('/api/v1/follow-ups?status=cancelled'))).toEqual(['Introduce them to Dana at Fenwick Payroll']);
  });

  it('lists open follow-ups soonest due first, by due window and filters, page by page', async () => {
    const { client, member } = await signUpFirm(app);
    const maya = await addPerson(client, 'Maya Okafor');
    const org = (await client.post('/api/v1/organizations', { name: 'Northwind' })).json().id;
    await addFollowUp(client, { content: 'Send the upcoming benchmark', dueOn: '2026-03-20', organizationId: org });
    await addFollowUp(client, { content: 'Send the overdue proposal draft', dueOn: '2026-03-02', personId: maya });
    await addFollowUp(client, { content: 'Send the payroll checklist today', dueOn: '2026-03-10', personId: maya });
    await addFollowUp(client, { content: 'Send the later audit notes', dueOn: '2026-03-11', memberId: null });

    expect(contents(await client.get('/api/v1/follow-ups'))).toEqual([
      'Send the overdue proposal draft',
      'Send the payroll checklist today',
      'Send the later audit notes',
      'Send the upcoming benchmark',
    ]);
    expect(contents(await client.get('/api/v1/follow-ups?due=overdue'))).toEqual(['Send the overdue proposal draft']);
    expect(contents(await client.get('/api/v1/follow-ups?due=today'))).toEqual(['Send the payroll checklist today']);
    expect(contents(await client.get('/api/v1/follow-ups?due=upcoming'))).toEqual(['Send the later audit notes', 'Send the upcoming benchmark']);
    // The caller's calendar day decides: on 11 March, the 10th is overdue.
    expect(contents(await client.get('/api/v1/follow-ups?due=today&date=2026-03-11'))).toEqual(['Send the later audit notes']);
    expect(contents(await client.get(`/api/v1/follow-ups?personId=${maya}`))).toEqual(['Send the overdue proposal draft', 'Send the payroll checklist today']);
    expect(contents(await client.get(`/api/v1/follow-ups?organizationId=${org}`))).toEqual(['Send the upcoming benchmark']);
    expect(contents(await client.get(`/api/v1/follow-ups?memberId=${member.id}`))).toHaveLength(3);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { content: string }[]; nextCursor: string | null } = (
        await client.get(`/api/v1/follow-ups?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((i) => i.content));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(contents(await client.get('/api/v1/follow-ups')));
    expect((await client.get('/api/v1/follow-ups?cursor=bogus')).json().error.code).toBe('invalid_cursor');
  });

  it('refuses unknown links with 404 naming the field, and bad input with 400', async () => {
    const { client } = await signUpFirm(app);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const field of ['memberId', 'personId', 'organizationId', 'needId', 'conversationId']) {
      const res = await client.post('/api/v1/follow-ups', { content: 'Send the benchmark report', [field]: missing });
      expect(res.statusCode, field).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'not_found', details: { field } });
    }
    const bad = await client.post('/api/v1/follow-ups', { content: 'Send the benchmark report', dueOn: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.details.fields)).toEqual(['dueOn']);
    expect((await client.get('/api/v1/follow-ups?status=later')).statusCode).toBe(400);
    expect((await client.get(`/api/v1/follow-ups/${missing}`)).statusCode).toBe(404);
  });
});
