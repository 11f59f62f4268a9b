/**
 * The close-out after a conversation (the 10% rule): an alternative (a referral out), a piece of value, a
 * follow-up that says what exactly we will bring — each optional, recorded together, once per conversation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signUpFirm, type ApiClient } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

const now = new Date('2026-03-10T09:00:00Z');
let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp({ clock: () => now }));
});

const notes = { goals: 'Open a third clinic next spring.', challenges: 'Payroll takes the partners two evenings a month.' };

async function setUp(client: ApiClient, people = ['Priya Raghunathan']) {
  const personIds: string[] = [];
  for (const fullName of people) personIds.push((await client.post('/api/v1/people', { fullName })).json().id);
  const conversation = (
    await client.post('/api/v1/conversations', { occurredAt: '2026-03-09T12:00:00Z', channel: 'meal', personIds, notes, summary: 'Lunch after the partners’ meeting.' })
  ).json();
  const provider = (await client.post('/api/v1/providers', { name: 'Fenwick Payroll', kind: 'firm', goodAt: 'Payroll for multi-site practices' })).json();
  return { personIds, conversationId: conversation.id as string, providerId: provider.id as string };
}

const closeOutUrl = (id: string) => `/api/v1/conversations/${id}/close-out`;

async function nothingRecorded(client: ApiClient, conversationId: string) {
  expect((await client.get(closeOutUrl(conversationId))).json()).toEqual({ closeOut: null });
  expect((await client.get('/api/v1/referrals')).json().items).toEqual([]);
  expect((await client.get('/api/v1/follow-ups')).json().items).toEqual([]);
}

describe('close-out', () => {
  it('records all three acts in one go, linked to the conversation and its person', async () => {
    const { client, member } = await signUpFirm(app);
    const { personIds, conversationId, providerId } = await setUp(client);
    const [priya] = personIds;
    expect((await client.get(closeOutUrl(conversationId))).json()).toEqual({ closeOut: null });
    const gift = (
      await client.post('/api/v1/gifts', { kind: 'tool', title: 'Clinic payroll calendar', specificToClient: 'Built on their three sites', personId: priya })
    ).json();

    const res = await client.post(closeOutUrl(conversationId), {
      alternative: { providerId, reason: 'They run payroll for twelve vet groups; we do not do payroll.' },
      valueAdd: { description: 'Sent the payroll calendar we built for their sites.', giftId: gift.id },
      followUp: { content: 'Send two stories of practices that opened a third site' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const closeOut = res.json();
    expect(closeOut).toMatchObject({
      conversationId,
      referral: {
        direction: 'out',
        helpGiven: true,
        provider: { id: providerId, name: 'Fenwick Payroll' },
        person: { id: priya, fullName: 'Priya Raghunathan' },
        conversationId,
        reason: 'They run payroll for twelve vet groups; we do not do payroll.',
        referredOn: '2026-03-10',
      },
      valueAdd: { description: 'Sent the payroll calendar we built for their sites.', gift: { id: gift.id, title: 'Clinic payroll calendar' } },
      followUp: {
        content: 'Send two stories of practices that opened a third site',
        dueOn: '2026-03-24',
        status: 'open',
        member: { id: member.id },
        person: { id: priya },
        conversationId,
      },
      createdAt: expect.any(String),
      createdBy: member.id,
    });
    expect((await client.get(closeOutUrl(conversationId))).json()).toEqual({ closeOut });
    expect((await client.get(`/api/v1/providers/${providerId}`)).json().referralsOut).toBe(1);
    expect((await client.get(`/api/v1/follow-ups?conversationId=${conversationId}`)).json().items).toHaveLength(1);

    const again = await client.post(closeOutUrl(conversationId), { valueAdd: { description: 'Another idea' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_closed_out');
  });

  it('refuses a generic follow-up with 422 and suggestions from the notes, writing nothing', async () => {
    const { client } = await signUpFirm(app);
    const { conversationId, providerId } = await setUp(client);
    for (const content of ['Just checking in!!!', 'touching base', 'Catch up with Priya Raghunathan', '']) {
      const res = await client.post(closeOutUrl(conversationId), {
        alternative: { providerId, reason: 'They do payroll' },
        followUp: { content, dueOn: '2026-03-20' },
      });
      if (content === '') {
        expect(res.statusCode).toBe(400);
        continue;
      }
      expect(res.statusCode, content).toBe(422);
      expect(res.json().error).toMatchObject({
        code: 'follow_up_not_specific',
        message: expect.stringContaining('“just checking in” asks for their time and gives nothing'),
        details: {
          field: 'followUp.content',
          suggestions: [
            'Send a one-page note on how others reached “Open a third clinic next spring”',
            'Share two examples of clients who got past “Payroll takes the partners two evenings a month”',
            'Send a written recap with one idea on “Lunch after the partners’ meeting”',
          ],
        },
      });
    }
    await nothingRecorded(client, conversationId);
  });

  it('needs at least one act, and the referred person when the conversation had several', async () => {
    const { client } = await signUpFirm(app);
    const { personIds, conversationId, providerId } = await setUp(client, ['Ada Lovell', 'Ben Okri']);
    const none = await client.post(closeOutUrl(conversationId), {});
    expect(none.statusCode).toBe(400);
    expect(none.json().error).toMatchObject({ code: 'validation_failed', message: expect.stringMatching(/^Choose at least one/) });

    const which = await client.post(closeOutUrl(conversationId), { alternative: { providerId, reason: 'Payroll specialists' } });
    expect(which.statusCode).toBe(400);
    expect(Object.keys(which.json().error.details.fields)).toEqual(['alternative.personId']);
    await nothingRecorded(client, conversationId);

    const res = await client.post(closeOutUrl(conversationId), {
      alternative: { providerId, reason: 'Payroll specialists', personId: personIds[1] },
      followUp: { content: 'Send the site-opening checklist to Ada', dueOn: '2026-03-12' },
    });
    expect(res.statusCode).toBe(201);
    // With several people, the follow-up is for no one in particular unless said.
    expect(res.json()).toMatchObject({ referral: { person: { id: personIds[1] } }, followUp: { person: null, dueOn: '2026-03-12' }, valueAdd: null });
  });

  it('records just a piece of value', async () => {
    const { client } = await signUpFirm(app);
    const { conversationId } = await setUp(client);
    const res = await client.post(closeOutUrl(conversationId), { valueAdd: { description: '  Pointed them at the HMRC guidance on multi-site payroll. ' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ referral: null, followUp: null, valueAdd: { description: 'Pointed them at the HMRC guidance on multi-site payroll.', gift: null } });
  });

  it('answers 404 for an unknown conversation, provider, gift or person, and writes nothing', async () => {
    const { client } = await signUpFirm(app);
    const { conversationId, providerId } = await setUp(client);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await client.get(closeOutUrl(missing))).statusCode).toBe(404);
    expect((await client.post(closeOutUrl(missing), { valueAdd: { description: 'x' } })).statusCode).toBe(404);
    const cases: [Record<string, unknown>, string][] = [
      [{ alternative: { providerId: missing, reason: 'r' }, followUp: { content: 'Send the site-opening checklist' } }, 'alternative.providerId'],
      [{ valueAdd: { description: 'd', giftId: missing }, followUp: { content: 'Send the site-opening checklist' } }, 'valueAdd.giftId'],
      [{ alternative: { providerId, reason: 'r', personId: missing } }, 'alternative.personId'],
      [{ followUp: { content: 'Send the site-opening checklist', personId: missing } }, 'followUp.personId'],
    ];
    for (const [body, field] of cases) {
      const res = await client.post(closeOutUrl(conversationId), body);
      expect(res.statusCode, field).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'not_found', details: { field } });
    }
    await nothingRecorded(client, conversationId);
  });

  it('goes with its conversation when that is deleted; the referral and follow-up stay', async () => {
    const { client } = await signUpFirm(app);
    const { conversationId, providerId } = await setUp(client);
    await client.post(closeOutUrl(conversationId), {
      alternative: { providerId, reason: 'Payroll specialists' },
      followUp: { content: 'Send the site-opening checklist' },
    });
    expect((await client.delete(`/api/v1/conversations/${conversationId}`)).statusCode).toBe(204);
    expect((await client.get(closeOutUrl(conversationId))).statusCode).toBe(404);
    expect((await client.get('/api/v1/referrals')).json().items).toMatchObject([{ conversationId: null }]);
    expect((await client.get('/api/v1/follow-ups')).json().items).toMatchObject([{ conversationId: null }]);
  });
});
