/**
 * Incidents: report, then acknowledge, explain, prevention (which creates our commitment) and verify,
 * each once and in order, at moments that have happened; the list puts open ones first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signUpFirm, type ApiClient } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

const now = new Date('2026-03-10T15:00:00Z');
let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp({ clock: () => now }));
});

async function report(client: ApiClient, body: Record<string, unknown> = {}) {
  const res = await client.post('/api/v1/incidents', {
    title: 'Wrong VAT figure in the Q4 report',
    whatHappened: 'The Q4 report showed last year’s VAT figure; their board saw it before we noticed.',
    reportedAt: '2026-03-10T09:00:00Z',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const step = (client: ApiClient, id: string, action: string, body: unknown) => client.post(`/api/v1/incidents/${id}/${action}`, body);

describe('incidents', () => {
  it('reports an incident and takes it through the four steps, creating the prevention commitment', async () => {
    const { client, member } = await signUpFirm(app);
    const org = (await client.post('/api/v1/organizations', { name: 'Coldwater Marine' })).json().id;
    const jo = (await client.post('/api/v1/people', { fullName: 'Jo Coldwater', affiliations: [{ organizationId: org }] })).json().id;
    const need = (await client.post('/api/v1/needs', { title: 'Board-ready quarterly reports', organizationId: org, personIds: [jo] })).json().id;
    const incident = await report(client, { personId: jo, organizationId: org, needId: need });
    expect(incident).toEqual({
      id: expect.any(String),
      title: 'Wrong VAT figure in the Q4 report',
      whatHappened: 'The Q4 report showed last year’s VAT figure; their board saw it before we noticed.',
      reportedAt: '2026-03-10T09:00:00.000Z',
      status: 'open',
      person: { id: jo, fullName: 'Jo Coldwater' },
      organization: { id: org, name: 'Coldwater Marine' },
      need: { id: need, title: 'Board-ready quarterly reports' },
      steps: [
        { step: 'acknowledged', at: null, text: null },
        { step: 'explained', at: null, text: null },
        { step: 'prevention', at: null, text: null },
        { step: 'verified', at: null, text: null },
      ],
      nextStep: 'acknowledge',
      minutesToAcknowledge: null,
      preventionCommitment: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: member.id,
      version: 1,
    });
    const id = incident.id;

    const acknowledged = await step(client, id, 'acknowledge', { message: 'Jo — we got the VAT figure wrong. Corrected report within the hour.', at: '2026-03-10T10:30:00+01:00' });
    expect(acknowledged.statusCode).toBe(200);
    expect(acknowledged.json()).toMatchObject({ nextStep: 'explain', minutesToAcknowledge: 30, version: 2 });
    expect(acknowledged.json().steps[0]).toEqual({ step: 'acknowledged', at: '2026-03-10T09:30:00.000Z', text: 'Jo — we got the VAT figure wrong. Corrected report within the hour.' });

    // Without `at`, a step is recorded now by the server's clock.
    const explained = await step(client, id, 'explain', { explanation: 'The template pulled the prior-year column after a layout change.' });
    expect(explained.json()).toMatchObject({ nextStep: 'prevention', steps: [{}, { step: 'explained', at: now.toISOString() }, {}, {}] });

    const prevented = await step(client, id, 'prevention', { prevention: 'Add a second-person check of every figure against the ledger before sending', dueOn: '2026-03-31' });
    expect(prevented.statusCode).toBe(200);
    const withPrevention = prevented.json();
    expect(withPrevention.nextStep).toBe('verify');
    expect(withPrevention.preventionCommitment).toMatchObject({
      side: 'us',
      description: 'Add a second-person check of every figure against the ledger before sending',
      dueOn: '2026-03-31',
      status: 'open',
      incidentId: id,
      member: { id: member.id },
      person: { id: jo },
      organization: { id: org },
      need: { id: need },
    });
    const listed = (await client.get(`/api/v1/commitments?incidentId=${id}`)).json().items;
    expect(listed.map((c: { id: string }) => c.id)).toEqual([withPrevention.preventionCommitment.id]);

    const verified = await step(client, id, 'verify', { verification: 'Checked the April report: the second check caught one slip.' });
    expect(verified.json()).toMatchObject({ status: 'resolved', nextStep: null, version: 5 });
    expect((await client.get(`/api/v1/incidents/${id}`)).json()).toEqual(verified.json());
  });

  it('refuses steps out of order, naming the step that comes first, and steps recorded twice', async () => {
    const { client } = await signUpFirm(app);
    const { id } = await report(client);
    const early = await step(client, id, 'explain', { explanation: 'Too early' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'incident_step_out_of_order', details: { nextStep: 'acknowledge' } });
    expect(early.json().error.message).toContain('Record the acknowledgement first');
    expect((await step(client, id, 'verify', { verification: 'Too early' })).json().error.code).toBe('incident_step_out_of_order');
    const prevention = await step(client, id, 'prevention', { prevention: 'Too early', dueOn: '2026-04-01' });
    expect(prevention.json().error.code).toBe('incident_step_out_of_order');
    expect((await client.get(`/api/v1/commitments?incidentId=${id}`)).json().items).toEqual([]);

    expect((await step(client, id, 'acknowledge', { message: 'On it' })).statusCode).toBe(200);
    const again = await step(client, id, 'acknowledge', { message: 'On it again' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('incident_step_already_done');
    const skipping = await step(client, id, 'verify', { verification: 'Skipping ahead' });
    expect(skipping.json().error.message).toContain('Record the explanation first');
    expect((await client.get(`/api/v1/incidents/${id}`)).json()).toMatchObject({ nextStep: 'explain', version: 2, steps: [{ text: 'On it' }, {}, {}, {}] });
  });

  it('refuses moments in the future, before the report, or before the previous step', async () => {
    const { client } = await signUpFirm(app);
    const future = await client.post('/api/v1/incidents', { title: 'x', whatHappened: 'y', reportedAt: '2026-03-10T15:01:00Z' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details.fields).toEqual({ reportedAt: 'must not be in the future' });

    const { id } = await report(client);
    const cases: [unknown, string][] = [
      ['2026-03-10T15:00:01Z', 'must not be in the future'],
      ['2026-03-10T08:59:59Z', 'must not be before the previous step'],
    ];
    for (const [at, problem] of cases) {
      const res = await step(client, id, 'acknowledge', { message: 'On it', at });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields).toEqual({ at: problem });
    }
    await step(client, id, 'acknowledge', { message: 'On it', at: '2026-03-10T11:00:00Z' });
    const beforeAck = await step(client, id, 'explain', { explanation: 'Because', at: '2026-03-10T10:00:00Z' });
    expect(beforeAck.json().error.details.fields).toEqual({ at: 'must not be before the previous step' });
    const noOffset = await step(client, id, 'explain', { explanation: 'Because', at: '2026-03-10T12:00:00' });
    expect(noOffset.statusCode).toBe(400);
  });

  it('edits the account with the loaded version; the report time cannot move after the acknowledgement', async () => {
    const { client } = await signUpFirm(app);
    const { id } = await report(client);
    const edited = await client.patch(`/api/v1/incidents/${id}`, { version: 1, title: 'Wrong VAT figure (Q4)', reportedAt: '2026-03-10T08:45:00Z' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'Wrong VAT figure (Q4)', reportedAt: '2026-03-10T08:45:00.000Z', version: 2 });
    const stale = await client.patch(`/api/v1/incidents/${id}`, { version: 1, title: 'Old' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    await step(client, id, 'acknowledge', { message: 'On it', at: '2026-03-10T09:15:00Z' });
    const afterAck = await client.patch(`/api/v1/incidents/${id}`, { version: 3, reportedAt: '2026-03-10T09:20:00Z' });
    expect(afterAck.statusCode).toBe(400);
    expect(afterAck.json().error.details.fields).toEqual({ reportedAt: 'must not be after the acknowledgement' });
    expect((await client.get(`/api/v1/incidents/${id}`)).json()).toMatchObject({ minutesToAcknowledge: 30, version: 3 });
  });

  it('validates the body and refuses links outside the firm', async () => {
    const { client } = await signUpFirm(app);
    const res = await client.post('/api/v1/incidents', { title: ' ', reportedAt: 'yesterday' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.details.fields).sort()).toEqual(['reportedAt', 'title', 'whatHappened']);
    const unknown = await client.post('/api/v1/incidents', { title: 'x', whatHappened: 'y', personId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('No person with that id in your firm.');
    const { id } = await report(client);
    await step(client, id, 'acknowledge', { message: 'On it' });
    await step(client, id, 'explain', { explanation: 'Because' });
    const badMember = await step(client, id, 'prevention', { prevention: 'Check twice', dueOn: '2026-04-01', memberId: '00000000-0000-4000-8000-000000000000' });
    expect(badMember.statusCode).toBe(404);
    // Nothing was written: the step and its commitment go together or not at all.
    expect((await client.get(`/api/v1/incidents/${id}`)).json()).toMatchObject({ nextStep: 'prevention', preventionCommitment: null });
    expect((await client.get('/api/v1/incidents')).json().items).toHaveLength(1);
  });

  it('lists open incidents first, longest waiting first, then resolved ones newest first, page by page', async () => {
    const { client } = await signUpFirm(app);
    const o = await client.post('/api/v1/organizations', { name: 'Tallyline' });
    const org = o.json().id;
    const make = async (title: string, reportedAt: string, resolved = false, extra: Record<string, unknown> = {}) => {
      const { id } = await report(client, { title, reportedAt, ...extra });
      if (resolved) {
        await step(client, id, 'acknowledge', { message: 'On it' });
        await step(client, id, 'explain', { explanation: 'Because' });
        await step(client, id, 'prevention', { prevention: 'Check twice', dueOn: '2026-04-01' });
        await step(client, id, 'verify', { verification: 'It held' });
      }
    };
    await make('Resolved old', '2026-01-01T09:00:00Z', true);
    await make('Open new', '2026-03-05T09:00:00Z', false, { organizationId: org });
    await make('Resolved new', '2026-02-01T09:00:00Z', true);
    await make('Open old', '2026-02-15T09:00:00Z');
    const titles = async (query: string) => (await client.get(`/api/v1/incidents?${query}`)).json().items.map((i: { title: string }) => i.title);
    expect(await titles('')).toEqual(['Open old', 'Open new', 'Resolved new', 'Resolved old']);
    expect(await titles('status=open')).toEqual(['Open old', 'Open new']);
    expect(await titles('status=resolved')).toEqual(['Resolved new', 'Resolved old']);
    expect(await titles(`organizationId=${org}`)).toEqual(['Open new']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { title: string }[]; nextCursor: string | null } = (await client.get(`/api/v1/incidents?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((i) => i.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Open old', 'Open new', 'Resolved new', 'Resolved old']);
  });
});
