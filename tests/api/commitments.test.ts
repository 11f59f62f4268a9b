/** Commitments both ways: record, read, edit, and every state change (keep, renegotiate, break) and refusal. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signUpFirm, type ApiClient } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

// The server's clock: "today" is 10 March 2026 (UTC).
const now = new Date('2026-03-10T15:30:00Z');
const today = '2026-03-10';
let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp({ clock: () => now }));
});

async function created(client: ApiClient, url: string, body: unknown): Promise<string> {
  const res = await client.post(url, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function commit(client: ApiClient, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/commitments', { side: 'us', description: 'Send the pricing proposal', dueOn: '2026-03-20', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('commitments', () => {
  it('records our promise with its links, naming them, and the member defaults to the actor', async () => {
    const { client, member } = await signUpFirm(app);
    const org = await created(client, '/api/v1/organizations', { name: 'Northwind Logistics' });
    const maya = await created(client, '/api/v1/people', { fullName: 'Maya Okafor', affiliations: [{ organizationId: org }] });
    const need = await created(client, '/api/v1/needs', { title: 'A faster month-end close', personIds: [maya] });
    const conversation = await created(client, '/api/v1/conversations', { occurredAt: '2026-03-09T10:00:00Z', channel: 'call', personIds: [maya] });
    const res = await client.post('/api/v1/commitments', {
      side: 'us',
      description: '  Send two client stories about month-end close  ',
      dueOn: '2026-03-17',
      personId: maya,
      organizationId: org,
      needId: need,
      conversationId: conversation,
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toEqual({
      id: expect.any(String),
      side: 'us',
      description: 'Send two client stories about month-end close',
      dueOn: '2026-03-17',
      originalDueOn: '2026-03-17',
      status: 'open',
      standing: 'open',
      keptOn: null,
      brokenReason: null,
      resolvedAt: null,
      member: { id: member.id, name: member.name },
      person: { id: maya, fullName: 'Maya Okafor' },
      organization: { id: org, name: 'Northwind Logistics' },
      need: { id: need, title: 'A faster month-end close' },
      conversationId: conversation,
      incidentId: null,
      renegotiationCount: 0,
      renegotiations: [],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: member.id,
      version: 1,
    });
    expect((await client.get(`/api/v1/commitments/${c.id}`)).json()).toEqual(c);

    const theirs = await commit(client, { side: 'client', description: 'Share last year’s trial balance', dueOn: '2026-03-12', personId: maya });
    expect(theirs).toMatchObject({ side: 'client', member: { id: member.id }, person: { fullName: 'Maya Okafor' }, organization: null });
  });

  it('keeps a commitment on time by default today, late after its date, and never in the future', async () => {
    const { client } = await signUpFirm(app);
    const onTime = await commit(client, { dueOn: today });
    const kept = await client.post(`/api/v1/commitments/${onTime.id}/keep`, {});
    expect(kept.statusCode).toBe(200);
    expect(kept.json()).toMatchObject({ status: 'kept', keptOn: today, standing: 'kept_on_time', resolvedAt: now.toISOString(), version: 2 });

    const late = await commit(client, { dueOn: '2026-03-09' });
    expect(late.standing).toBe('overdue');
    expect((await client.post(`/api/v1/commitments/${late.id}/keep`, {})).json()).toMatchObject({ keptOn: today, standing: 'kept_late' });

    const earlier = await commit(client, { dueOn: '2026-03-01' });
    expect((await client.post(`/api/v1/commitments/${earlier.id}/keep`, { keptOn: '2026-03-01' })).json().standing).toBe('kept_on_time');

    const future = await commit(client, {});
    const refused = await client.post(`/api/v1/commitments/${future.id}/keep`, { keptOn: '2026-03-11' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'validation_failed', details: { fields: { keptOn: 'must not be in the future' } } });
    expect((await client.get(`/api/v1/commitments/${future.id}`)).json()).toMatchObject({ status: 'open', version: 1 });
  });

  it('renegotiates before or on the date in force, keeping the history; kept by the new date it kept faith', async () => {
    const { client, member } = await signUpFirm(app);
    const c = await commit(client, { dueOn: '2026-03-12' });
    const moved = await client.post(`/api/v1/commitments/${c.id}/renegotiate`, { dueOn: '2026-03-26', reason: ' Their auditor moved the review ' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      dueOn: '2026-03-26',
      originalDueOn: '2026-03-12',
      renegotiationCount: 1,
      renegotiations: [{ fromDueOn: '2026-03-12', toDueOn: '2026-03-26', reason: 'Their auditor moved the review', createdBy: { id: member.id, name: member.name } }],
      status: 'open',
      version: 2,
    });

    // On the date in force itself it can still be moved.
    const dueToday = await commit(client, { dueOn: today });
    const second = await client.post(`/api/v1/commitments/${dueToday.id}/renegotiate`, { dueOn: '2026-03-13', reason: 'Waiting for their data' });
    expect(second.statusCode).toBe(200);
    const third = await client.post(`/api/v1/commitments/${dueToday.id}/renegotiate`, { dueOn: '2026-03-16', reason: 'Data arrived incomplete' });
    expect(third.json().renegotiations.map((r: { toDueOn: string }) => r.toDueOn)).toEqual(['2026-03-13', '2026-03-16']);
    expect((await client.post(`/api/v1/commitments/${dueToday.id}/keep`, {})).json()).toMatchObject({ standing: 'renegotiated', renegotiationCount: 2 });
  });

  it('refuses to renegotiate after the date in force, to today or earlier, or to the same date', async () => {
    const { client } = await signUpFirm(app);
    const past = await commit(client, { dueOn: '2026-03-09' });
    const tooLate = await client.post(`/api/v1/commitments/${past.id}/renegotiate`, { dueOn: '2026-03-20', reason: 'Slipped' });
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json().error.code).toBe('commitment_past_due');
    expect(tooLate.json().error.message).toContain('9 March 2026');
    expect(tooLate.json().error.message).toContain('kept late or broken');

    const c = await commit(client, { dueOn: '2026-03-20' });
    for (const dueOn of [today, '2026-03-01']) {
      const res = await client.post(`/api/v1/commitments/${c.id}/renegotiate`, { dueOn, reason: 'Because' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields).toEqual({ dueOn: 'must be after today' });
    }
    const same = await client.post(`/api/v1/commitments/${c.id}/renegotiate`, { dueOn: '2026-03-20', reason: 'Because' });
    expect(same.json().error.details.fields).toEqual({ dueOn: 'is already the date in force' });
    const noReason = await client.post(`/api/v1/commitments/${c.id}/renegotiate`, { dueOn: '2026-03-25', reason: '   ' });
    expect(Object.keys(noReason.json().error.details.fields)).toEqual(['reason']);
    expect((await client.get(`/api/v1/commitments/${c.id}`)).json()).toMatchObject({ dueOn: '2026-03-20', renegotiationCount: 0, renegotiations: [], version: 1 });
  });

  it('breaks a commitment with a reason, and refuses any action once it is kept or broken', async () => {
    const { client } = await signUpFirm(app);
    const c = await commit(client, { side: 'client', dueOn: '2026-03-05' });
    const broken = await client.post(`/api/v1/commitments/${c.id}/break`, { reason: 'They chose not to share the data after all' });
    expect(broken.statusCode).toBe(200);
    expect(broken.json()).toMatchObject({ status: 'broken', standing: 'broken', brokenReason: 'They chose not to share the data after all', resolvedAt: now.toISOString(), keptOn: null });
    expect((await client.post(`/api/v1/commitments/${c.id}/break`, {})).statusCode).toBe(400);

    const kept = await commit(client, { dueOn: '2026-03-20' });
    await client.post(`/api/v1/commitments/${kept.id}/keep`, { keptOn: '2026-03-03' });
    const actions: [string, string, unknown][] = [
      [kept.id, 'keep', {}],
      [kept.id, 'renegotiate', { dueOn: '2026-04-01', reason: 'More time' }],
      [kept.id, 'break', { reason: 'Changed our mind' }],
      [c.id, 'keep', {}],
      [c.id, 'renegotiate', { dueOn: '2026-04-01', reason: 'More time' }],
    ];
    for (const [id, action, body] of actions) {
      const res = await client.post(`/api/v1/commitments/${id}/${action}`, body);
      expect(res.statusCode, action).toBe(409);
      expect(res.json().error.code).toBe('commitment_already_resolved');
    }
    expect((await client.post(`/api/v1/commitments/${kept.id}/keep`, {})).json().error.message).toContain('already kept on 3 March 2026');
    expect((await client.post(`/api/v1/commitments/${c.id}/keep`, {})).json().error.message).toContain('already marked broken on 10 March 2026');
    expect((await client.get(`/api/v1/commitments/${kept.id}`)).json()).toMatchObject({ status: 'kept', keptOn: '2026-03-03', version: 2 });
  });

  it('edits what it says and links to with the loaded version; the date cannot be edited', async () => {
    const { client } = await signUpFirm(app);
    const maya = await created(client, '/api/v1/people', { fullName: 'Maya Okafor' });
    const c = await commit(client, { personId: maya });
    const edited = await client.patch(`/api/v1/commitments/${c.id}`, { version: 1, description: 'Send the revised pricing proposal', personId: null });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ description: 'Send the revised pricing proposal', person: null, version: 2 });
    const stale = await client.patch(`/api/v1/commitments/${c.id}`, { version: 1, description: 'Something else' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    const dateEdit = await client.patch(`/api/v1/commitments/${c.id}`, { version: 2, dueOn: '2026-05-01' });
    expect(dateEdit.statusCode).toBe(400);
    expect((await client.get(`/api/v1/commitments/${c.id}`)).json()).toMatchObject({ dueOn: '2026-03-20', description: 'Send the revised pricing proposal', version: 2 });
  });

  it('validates the body and names the failing fields', async () => {
    const { client } = await signUpFirm(app);
    const res = await client.post('/api/v1/commitments', { side: 'them', description: '  ', dueOn: '2026-02-30' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(Object.keys(res.json().error.details.fields).sort()).toEqual(['description', 'dueOn', 'side']);
    const missing = await client.post('/api/v1/commitments', {});
    expect(Object.keys(missing.json().error.details.fields).sort()).toEqual(['description', 'dueOn', 'side']);
    expect((await client.get('/api/v1/commitments')).json().items).toEqual([]);
  });

  it('refuses links to records that are not in the firm, naming what', async () => {
    const { client } = await signUpFirm(app);
    const nobody = '00000000-0000-4000-8000-000000000000';
    const cases: [string, string][] = [
      ['memberId', 'No team member with that id in your firm.'],
      ['personId', 'No person with that id in your firm.'],
      ['organizationId', 'No organisation with that id in your firm.'],
      ['needId', 'No need with that id in your firm.'],
      ['conversationId', 'No conversation with that id in your firm.'],
    ];
    for (const [field, message] of cases) {
      const res = await client.post('/api/v1/commitments', { side: 'us', description: 'x', dueOn: today, [field]: nobody });
      expect(res.statusCode, field).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'not_found', message });
    }
    expect((await client.get('/api/v1/commitments')).json().items).toEqual([]);
  });

  it('answers 404 for an unknown commitment', async () => {
    const { client } = await signUpFirm(app);
    const res = await client.get('/api/v1/commitments/00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('No commitment with that id in your firm.');
  });
});

describe('listing commitments', () => {
  it('lists open ones soonest due first (overdue leading) and others newest first, page by page', async () => {
    const { client } = await signUpFirm(app);
    const dates = ['2026-03-25', '2026-03-02', '2026-03-10', '2026-03-09', '2026-04-30'];
    const made = [];
    for (const dueOn of dates) made.push(await commit(client, { dueOn, description: `Due ${dueOn}` }));
    await client.post(`/api/v1/commitments/${made[4].id}/keep`, {});

    const open = (await client.get('/api/v1/commitments?status=open')).json();
    expect(open.items.map((c: { dueOn: string }) => c.dueOn)).toEqual(['2026-03-02', '2026-03-09', '2026-03-10', '2026-03-25']);
    expect(open.items.map((c: { standing: string }) => c.standing)).toEqual(['overdue', 'overdue', 'open', 'open']);
    const overdue = (await client.get('/api/v1/commitments?overdue=true')).json();
    expect(overdue.items.map((c: { dueOn: string }) => c.dueOn)).toEqual(['2026-03-02', '2026-03-09']);

    const all = (await client.get('/api/v1/commitments')).json().items.map((c: { id: string }) => c.id);
    expect(all).toEqual(made.map((c) => c.id).reverse());

    for (const query of ['status=open&', '']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = (
          await client.get(`/api/v1/commitments?${query}limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(query ? open.items.map((c: { id: string }) => c.id) : all);
    }
    const forged = await client.get('/api/v1/commitments?cursor=bm90LWEtY3Vyc29y');
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.code).toBe('invalid_cursor');
  });

  it('filters by side, status, person, need, and by organisation including its people', async () => {
    const { client } = await signUpFirm(app);
    const org = await created(client, '/api/v1/organizations', { name: 'Greenfield Veterinary' });
    const priya = await created(client, '/api/v1/people', { fullName: 'Priya Raghunathan', affiliations: [{ organizationId: org }] });
    const other = await created(client, '/api/v1/people', { fullName: 'Tom Other' });
    const need = await created(client, '/api/v1/needs', { title: 'Payroll before the third clinic', organizationId: org });
    const toPriya = await commit(client, { description: 'To Priya', personId: priya });
    const fromOrg = await commit(client, { side: 'client', description: 'From the practice', organizationId: org, needId: need });
    await commit(client, { description: 'To Tom', personId: other });
    const names = async (query: string) =>
      (await client.get(`/api/v1/commitments?${query}`)).json().items.map((c: { description: string }) => c.description).sort();
    expect(await names(`organizationId=${org}`)).toEqual(['From the practice', 'To Priya']);
    expect(await names(`personId=${priya}`)).toEqual(['To Priya']);
    expect(await names(`needId=${need}`)).toEqual(['From the practice']);
    expect(await names('side=client')).toEqual(['From the practice']);
    expect(await names('side=us')).toEqual(['To Priya', 'To Tom']);
    await client.post(`/api/v1/commitments/${toPriya.id}/keep`, {});
    await client.post(`/api/v1/commitments/${fromOrg.id}/break`, { reason: 'No longer needed' });
    expect(await names('status=kept')).toEqual(['To Priya']);
    expect(await names('status=broken')).toEqual(['From the practice']);
    expect(await names('status=open')).toEqual(['To Tom']);
    expect((await client.get('/api/v1/commitments?status=done')).statusCode).toBe(400);
  });

  it('lists by standing exactly the commitments with that standing', async () => {
    const { client } = await signUpFirm(app);
    const onTime = await commit(client, { dueOn: '2026-03-20' });
    await client.post(`/api/v1/commitments/${onTime.id}/keep`, {});
    const late = await commit(client, { dueOn: '2026-03-01' });
    await client.post(`/api/v1/commitments/${late.id}/keep`, {});
    const moved = await commit(client, { dueOn: '2026-03-11' });
    await client.post(`/api/v1/commitments/${moved.id}/renegotiate`, { dueOn: '2026-03-31', reason: 'Agreed later' });
    await client.post(`/api/v1/commitments/${moved.id}/keep`, {});
    const alsoLate = await commit(client, { dueOn: '2026-03-02' });
    await client.post(`/api/v1/commitments/${alsoLate.id}/keep`, {});
    const broken = await commit(client, { dueOn: '2026-03-30' });
    await client.post(`/api/v1/commitments/${broken.id}/break`, { reason: 'Could not' });
    await commit(client, { dueOn: '2026-03-01' });

    const expected: Record<string, string[]> = {
      kept_on_time: [onTime.id],
      kept_late: [alsoLate.id, late.id],
      renegotiated: [moved.id],
      broken: [broken.id],
    };
    for (const [standing, ids] of Object.entries(expected)) {
      const items = (await client.get(`/api/v1/commitments?standing=${standing}&window=12m`)).json().items;
      expect(items.map((c: { id: string }) => c.id), standing).toEqual(ids);
      for (const c of items) expect(c.standing).toBe(standing);
    }
    expect((await client.get('/api/v1/commitments?window=12m')).json().items).toHaveLength(5);
  });
});
