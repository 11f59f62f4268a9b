/**
 * "What I heard" (issue 11): a recap drafted from the notes without what was said in confidence, shared with
 * one participant, answered once — agreed, or corrected in their words, which the professional reads beside
 * the notes (the notes themselves never change).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { setUpTestApp } from '../support/test-app.ts';
import { clientFirm, created } from './needs-fixtures.ts';
import { asClient, tokenOf } from './share-links-fixtures.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp({ clock: () => new Date('2026-03-10T12:00:00.000Z') }));
});

const notes = {
  inTheirWords: 'We close the books in three weeks and the board has stopped trusting the numbers.',
  goals: 'Close in five working days by the summer.',
  personal: 'Her mother is unwell; she is stretched thin.',
  decisionProcess: 'The CFO decides, but the chair can veto.',
};

async function conversation() {
  const firm = await clientFirm(app);
  const c = await created(firm.client, '/api/v1/conversations', {
    occurredAt: '2026-03-09T10:00:00.000Z',
    channel: 'meeting',
    personIds: [firm.sandra],
    summary: 'Internal: budget likely 40k.',
    notes,
  });
  return { ...firm, conversation: c.id };
}

describe('what I heard', () => {
  it('drafts from the notes without confidential parts or our summary, for a participant only', async () => {
    const f = await conversation();
    const refused = await f.client.post('/api/v1/share-links', { personId: f.tom, conversationId: f.conversation });
    expect(refused.statusCode).toBe(422);
    const link = await created(f.client, '/api/v1/share-links', { personId: f.sandra, conversationId: f.conversation });
    const page = (await asClient(app, tokenOf(link.url as string)).get()).json();
    expect(page.kind).toBe('recap');
    expect(page.need).toBeUndefined();
    expect(page.recap.text).toContain(notes.inTheirWords);
    expect(page.recap.text).toContain(notes.goals);
    for (const secret of [notes.personal, notes.decisionProcess, 'budget likely 40k']) expect(JSON.stringify(page)).not.toContain(secret);
  });

  it('shares the text as edited, takes one answer, and shows a correction beside the notes', async () => {
    const f = await conversation();
    const link = await created(f.client, '/api/v1/share-links', {
      personId: f.sandra,
      conversationId: f.conversation,
      recapText: 'You told me the close takes three weeks.',
    });
    const page = asClient(app, tokenOf(link.url as string));
    expect((await page.get()).json().recap.text).toBe('You told me the close takes three weeks.');
    const noWords = await page.post('/recap-reply', { agrees: false });
    expect(noWords.statusCode).toBe(400);
    expect(noWords.json().error.details.fields).toHaveProperty('correction');
    const answer = await page.post('/recap-reply', { agrees: false, correction: 'Two and a half weeks, and it is the CFO who worries.' });
    expect(answer.statusCode, answer.body).toBe(201);
    const twice = await page.post('/recap-reply', { agrees: true });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('recap_already_answered');

    const [listed] = (await f.client.get(`/api/v1/share-links?conversationId=${f.conversation}`)).json().items;
    expect(listed).toMatchObject({
      subject: { kind: 'recap', id: f.conversation, title: null },
      recapText: 'You told me the close takes three weeks.',
      reply: { agrees: false, correction: 'Two and a half weeks, and it is the CFO who worries.' },
    });
    const kept = (await f.client.get(`/api/v1/conversations/${f.conversation}`)).json();
    expect(kept.notes).toEqual(notes);
    const timeline = (await f.client.get(`/api/v1/people/${f.sandra}/timeline`)).json().items;
    expect(timeline.map((i: { type: string }) => i.type)).toEqual(['client_act', 'conversation']);
    expect(timeline[0]).toMatchObject({ kind: 'recap_answered', agrees: false, conversation: { id: f.conversation } });
  });

  it('refuses an empty recap', async () => {
    const firm = await clientFirm(app);
    const c = await created(firm.client, '/api/v1/conversations', { occurredAt: '2026-03-09T10:00:00.000Z', channel: 'call', personIds: [firm.sandra] });
    const res = await firm.client.post('/api/v1/share-links', { personId: firm.sandra, conversationId: c.id });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('recap_empty');
  });
});
