/**
 * A member's listening trend: their latest calls with a transcript, newest first, their figures and our side's
 * talk share in each, and the averages over those calls.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ApiClient, sessionCookieFrom } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';
import { addCall, discoveryCall, putTranscript, setUpCall, twoLineCall } from './transcripts-fixtures.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp());
});

/** Invites a colleague into the firm and returns their member id. */
async function addColleague(client: ApiClient, name: string): Promise<string> {
  return (await joinAsColleague(client, name)).id;
}

/** Invites a colleague (role member) and returns their id and a client logged in as them. */
async function joinAsColleague(client: ApiClient, name: string): Promise<{ id: string; client: ApiClient }> {
  const invite = await client.post('/api/v1/invitations', { email: `${crypto.randomUUID().slice(0, 8)}@example.test` });
  const accepted = await app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token: invite.json().token, name, password: 'another long password' } });
  expect(accepted.statusCode).toBe(201);
  return { id: accepted.json().member.id, client: new ApiClient(app, { cookie: sessionCookieFrom(accepted), csrfToken: accepted.json().csrfToken }) };
}

describe('listening trends', () => {
  it('are private: a colleague sees their own, not another member\'s; an owner sees everyone\'s', async () => {
    const { firm } = await setUpCall(app);
    const colleague = await joinAsColleague(firm.client, 'Lee Park');
    expect((await colleague.client.get(`/api/v1/members/${colleague.id}/listening`)).statusCode).toBe(200);
    const refused = await colleague.client.get(`/api/v1/members/${firm.member.id}/listening`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('private') });
    expect((await firm.client.get(`/api/v1/members/${colleague.id}/listening`)).statusCode).toBe(200);
  });

  it("lists a member's calls newest first with their figures and the averages", async () => {
    const { firm, personId, conversationId: older } = await setUpCall(app, '2025-05-01T09:00:00Z');
    const colleague = await addColleague(firm.client, 'Lee Park');
    const newer = await addCall(firm.client, [personId], '2025-05-08T09:00:00Z', [firm.member.id, colleague]);
    // A call without a transcript, and one where Dana did not speak, are not listed.
    await addCall(firm.client, [personId], '2025-05-09T09:00:00Z');
    const withoutDana = await addCall(firm.client, [personId], '2025-05-10T09:00:00Z', [colleague]);
    await putTranscript(firm.client, withoutDana, { text: 'Lee Park: Hello Sam, how are things?\nSam Ortiz: Fine, thanks.' });

    expect((await putTranscript(firm.client, older, { text: discoveryCall })).statusCode).toBe(201);
    // 7 words from Dana, 3 from Lee (a colleague), 6 from Sam: 16 in all.
    const text = `${twoLineCall.plain}Lee Park: Which books exactly?\n`;
    expect((await putTranscript(firm.client, newer, { text })).statusCode).toBe(201);

    const res = await firm.client.get(`/api/v1/members/${firm.member.id}/listening`);
    expect(res.statusCode).toBe(200);
    const trend = res.json();
    expect(trend.member).toEqual({ id: firm.member.id, name: 'Dana Whitfield' });
    expect(trend.items.map((c: { conversationId: string }) => c.conversationId)).toEqual([newer, older]);
    expect(trend.items[0]).toMatchObject({
      occurredAt: '2025-05-08T09:00:00.000Z',
      channel: 'video',
      summary: 'Call on 2025-05-08',
      durationSeconds: null,
      words: 7,
      talkShare: 0.4375,
      usTalkShare: 0.625,
      longestMonologueWords: 7,
      seconds: null,
    });
    expect(trend.items[1]).toMatchObject({ words: 18, talkShare: 0.4737, usTalkShare: 0.4737 });
    expect(trend.averages).toMatchObject({ calls: 2, words: 12.5, talkShare: 0.4556, usTalkShare: 0.5493, seconds: null });
    // Library detail: Dana's two questions in the discovery call ("What is keeping you up at night?", "How do you handle it today?") are open.
    expect(trend.items[1].questions).toEqual({ open: 2, closed: 0 });

    const latest = await firm.client.get(`/api/v1/members/${firm.member.id}/listening?limit=1`);
    expect(latest.json().items.map((c: { conversationId: string }) => c.conversationId)).toEqual([newer]);
    expect(latest.json().averages.calls).toBe(1);
    expect((await firm.client.get(`/api/v1/members/${firm.member.id}/listening?limit=101`)).statusCode).toBe(400);

    const lee = await firm.client.get(`/api/v1/members/${colleague}/listening`);
    expect(lee.json().items.map((c: { conversationId: string }) => c.conversationId)).toEqual([withoutDana, newer]);
  });

  it('follows corrections of who spoke, and is empty for a member with no calls', async () => {
    const { firm, conversationId } = await setUpCall(app);
    await putTranscript(firm.client, conversationId, { text: discoveryCall });
    await firm.client.patch(`/api/v1/conversations/${conversationId}/transcript/speakers`, {
      version: 1,
      speakers: [{ name: 'Dana Whitfield', side: 'unknown', memberId: null }],
    });
    const res = await firm.client.get(`/api/v1/members/${firm.member.id}/listening`);
    expect(res.json()).toEqual({ member: { id: firm.member.id, name: 'Dana Whitfield' }, items: [], averages: null });
    expect((await firm.client.get(`/api/v1/members/${crypto.randomUUID()}/listening`)).statusCode).toBe(404);
  });
});
