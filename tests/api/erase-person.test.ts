/**
 * Erasing a person on request (decision 020): the preview's counts and review list, the erasure itself
 * (the firm's records survive unlinked, the link rows go, the person is gone), the audit entry holding
 * counts and no personal data, and the refusals (a member, a wrong name).
 */
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open-db.ts';
import { affiliations, conversationPeople, needPeople, sentEmails, transcriptSpeakers } from '../../src/db/schema.ts';
import { ApiClient, signUpFirm, type SignedUp } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';
import { created } from './needs-fixtures.ts';
import { discoveryCall, putTranscript } from './transcripts-fixtures.ts';

let app: FastifyInstance;
let db: Db;

beforeAll(async () => {
  ({ app, db } = await setUpTestApp({ clock: () => new Date('2026-03-10T12:00:00Z') }));
});

const samEmail = 'sam.ortiz@northwind.example';

/** A firm whose client Sam Ortiz is linked from every kind of record, and Lee Chen, who stays. */
async function firmWithSam() {
  const firm = await signUpFirm(app, { name: 'Dana Whitfield' });
  const c = firm.client;
  const org = await created(c, '/api/v1/organizations', { name: 'Northwind Logistics' });
  const sam = await created(c, '/api/v1/people', {
    fullName: 'Sam Ortiz',
    emails: [samEmail],
    phones: ['+44 20 7946 0000'],
    notes: 'Prefers calls before 9.',
    affiliations: [{ organizationId: org.id, title: 'CFO' }],
  });
  const lee = await created(c, '/api/v1/people', { fullName: 'Lee Chen', notes: 'Introduced to us by Sam Ortiz at the fair.' });
  const call = await created(c, '/api/v1/conversations', {
    occurredAt: '2026-03-02T09:00:00Z',
    channel: 'video',
    personIds: [sam.id, lee.id],
    summary: 'Kick-off with the finance team',
    notes: { goals: 'Halve the month-end close. sam wants it before the audit.', situation: 'Spreadsheets everywhere.' },
  });
  const other = await created(c, '/api/v1/conversations', {
    occurredAt: '2026-03-03T09:00:00Z',
    channel: 'call',
    personIds: [lee.id],
    summary: 'Catch-up',
    notes: { situation: 'Samantha from Ortizville joined; the annual plan is due.' },
  });
  expect((await putTranscript(c, call.id, { text: discoveryCall })).statusCode).toBe(201);
  const need = await created(c, '/api/v1/needs', {
    title: 'Faster month-end close',
    personIds: [sam.id, lee.id],
    problemStatement: { text: 'The close takes ten days.' },
  });
  expect((await c.post(`/api/v1/needs/${need.id}/problem-statements/1/confirm`, { personId: sam.id, how: 'call' })).statusCode).toBe(201);
  const commitment = await created(c, '/api/v1/commitments', { side: 'us', description: 'Send the close checklist', dueOn: '2026-03-20', personId: sam.id });
  const followUp = await created(c, '/api/v1/follow-ups', { content: 'Send the Q3 cash-flow template we discussed', dueOn: '2026-03-15', personId: sam.id });
  const gift = await created(c, '/api/v1/gifts', { kind: 'insight', title: 'Benchmark of close times', specificToClient: 'Their ten-day close', personId: sam.id });
  const referral = await created(c, '/api/v1/referrals', { direction: 'in', referredByPersonId: sam.id, personId: lee.id, reason: 'Met at the fair' });
  const incident = await created(c, '/api/v1/incidents', { title: 'Late report', whatHappened: 'The draft came a day late.', personId: sam.id });
  return { firm, c, org: org.id, sam: sam.id, lee: lee.id, call: call.id, other: other.id, need: need.id, commitment: commitment.id, followUp: followUp.id, gift: gift.id, referral: referral.id, incident: incident.id };
}

const expectedCounts = {
  conversations: 1,
  affiliations: 1,
  needs: 1,
  confirmations: 1,
  journeySteps: 0,
  commitments: 1,
  followUps: 1,
  gifts: 1,
  referrals: 1,
  incidents: 1,
  transcriptSpeakers: 1,
  shareLinks: 0,
  clientActs: 0,
};

type Review = { kind: string; id: string; conversationId: string | null; excerpt: string; matchStart: number; matchLength: number; fields: string[] }[];

async function joinAsMember(owner: SignedUp): Promise<ApiClient> {
  const invite = await owner.client.post('/api/v1/invitations', { email: `${crypto.randomUUID().slice(0, 8)}@example.test` });
  const accepted = await app.inject({
    method: 'POST',
    url: '/api/v1/invitations/accept',
    payload: { token: invite.json().token, name: 'Lee Park', password: 'another long password' },
  });
  const cookie = accepted.cookies.find((k) => k.name === 'yp_session')!;
  return new ApiClient(app, { cookie: `yp_session=${cookie.value}`, csrfToken: accepted.json().csrfToken });
}

describe('erasing a person on request', () => {
  it('previews what would be unlinked and the records that name them, changing nothing', async () => {
    const s = await firmWithSam();
    const res = await s.c.get(`/api/v1/people/${s.sam}/erasure-preview`);
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    expect(preview.person).toEqual({ id: s.sam, fullName: 'Sam Ortiz' });
    expect(preview.unlinked).toEqual(expectedCounts);
    expect(preview.reviewComplete).toBe(true);
    const review: Review = preview.review;
    const note = review.find((r) => r.kind === 'conversation_note');
    expect(note).toMatchObject({ id: s.call, conversationId: s.call, fields: ['Notes: Goals'] });
    expect(note!.excerpt.slice(note!.matchStart, note!.matchStart + note!.matchLength)).toBe('sam');
    expect(review.find((r) => r.kind === 'transcript')).toMatchObject({ id: s.call, conversationId: s.call });
    expect(review.find((r) => r.kind === 'person')).toMatchObject({ id: s.lee, fields: ['Notes'] });
    // Whole words only: "Samantha", "Ortizville" and "annual" do not name Sam Ortiz.
    expect(review.map((r) => r.id)).not.toContain(s.other);
    expect((await s.c.get(`/api/v1/people/${s.sam}`)).statusCode).toBe(200);
  });

  it('erases the person: their links go, the firm’s records stay without them, and an audit entry records counts only', async () => {
    const s = await firmWithSam();
    const res = await s.c.post(`/api/v1/people/${s.sam}/erasure`, { confirmName: ' Sam  Ortiz ', reason: 'request by email 2026-11-20' });
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json();
    expect(result.unlinked).toEqual(expectedCounts);
    expect((result.review as Review).map((r) => r.kind)).toEqual(['conversation_note', 'transcript', 'person']);

    expect((await s.c.get(`/api/v1/people/${s.sam}`)).statusCode).toBe(404);
    expect((await s.c.get(`/api/v1/people/${s.sam}/erasure-preview`)).statusCode).toBe(404);
    const conversation = (await s.c.get(`/api/v1/conversations/${s.call}`)).json();
    expect(conversation.people.map((p: { id: string }) => p.id)).toEqual([s.lee]);
    expect(conversation.notes.goals).toContain('sam wants it');
    for (const [url, field] of [
      [`/api/v1/commitments/${s.commitment}`, 'person'],
      [`/api/v1/gifts/${s.gift}`, 'person'],
      [`/api/v1/incidents/${s.incident}`, 'person'],
      [`/api/v1/referrals/${s.referral}`, 'referredByPerson'],
    ] as const) {
      const record = await s.c.get(url);
      expect(record.statusCode, url).toBe(200);
      expect(record.json(), url).toHaveProperty(field, null);
    }
    const followUps = (await s.c.get('/api/v1/follow-ups?status=open')).json().items as { id: string; person: unknown }[];
    expect(followUps.find((f) => f.id === s.followUp)).toHaveProperty('person', null);
    const need = (await s.c.get(`/api/v1/needs/${s.need}`)).json();
    expect(need.people.map((p: { id: string }) => p.id)).toEqual([s.lee]);

    const firmId = s.firm.firm.id;
    expect(await db.$count(conversationPeople, and(eq(conversationPeople.firmId, firmId), eq(conversationPeople.personId, s.sam)))).toBe(0);
    expect(await db.$count(affiliations, and(eq(affiliations.firmId, firmId), eq(affiliations.personId, s.sam)))).toBe(0);
    expect(await db.$count(needPeople, and(eq(needPeople.firmId, firmId), eq(needPeople.personId, s.sam)))).toBe(0);
    const speakers = await db.select().from(transcriptSpeakers).where(and(eq(transcriptSpeakers.firmId, firmId), eq(transcriptSpeakers.conversationId, s.call)));
    expect(speakers.find((sp) => sp.name === 'Sam Ortiz')).toMatchObject({ personId: null, side: 'client' });

    const audit = await s.c.get('/api/v1/audit?limit=10');
    expect(audit.statusCode, audit.body).toBe(200);
    const [entry, ...rest] = audit.json().items;
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      id: result.auditEntryId,
      at: '2026-03-10T12:00:00.000Z',
      actor: { id: s.firm.member.id, name: 'Dana Whitfield' },
      action: 'person_erased',
      subject: 'person',
      subjectId: s.sam,
      summary: { ...expectedCounts, reviewItems: 3 },
      reason: 'request by email 2026-11-20',
    });
    const serialised = JSON.stringify(audit.json()).toLowerCase();
    for (const personal of ['sam', 'ortiz', samEmail, '7946', 'prefers calls']) expect(serialised).not.toContain(personal);
  });

  it('removes the emails we sent them (decision 023), keeps the others, and counts the removal in the audit entry', async () => {
    const s = await firmWithSam();
    const firmId = s.firm.firm.id;
    const email = (conversationId: string, to: string) => ({ firmId, conversationId, memberId: s.firm.member.id, toAddresses: [to], subject: 'Your checklist', body: 'Hi, here it is.' });
    await db.insert(sentEmails).values([email(s.call, samEmail), email(s.other, 'lee@example.test')]);
    const res = await s.c.post(`/api/v1/people/${s.sam}/erasure`, { confirmName: 'Sam Ortiz' });
    expect(res.statusCode, res.body).toBe(201);
    const left = await db.select({ conversationId: sentEmails.conversationId }).from(sentEmails).where(eq(sentEmails.firmId, firmId));
    expect(left).toEqual([{ conversationId: s.other }]);
    const [entry] = (await s.c.get('/api/v1/audit?limit=1')).json().items;
    expect(entry.summary).toMatchObject({ sentEmailsRemoved: 1 });
    expect(JSON.stringify(entry).toLowerCase()).not.toContain('sam');
  });

  it('refuses a member: only owners preview, erase or read the audit trail', async () => {
    const s = await firmWithSam();
    const member = await joinAsMember(s.firm);
    for (const res of [
      await member.get(`/api/v1/people/${s.sam}/erasure-preview`),
      await member.post(`/api/v1/people/${s.sam}/erasure`, { confirmName: 'Sam Ortiz' }),
      await member.get('/api/v1/audit'),
    ]) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('Only an owner') });
    }
    expect((await s.c.get(`/api/v1/people/${s.sam}`)).statusCode).toBe(200);
  });

  it('refuses a name that does not match, and changes nothing', async () => {
    const s = await firmWithSam();
    for (const confirmName of ['Sam', 'sam ortiz', '']) {
      const res = await s.c.post(`/api/v1/people/${s.sam}/erasure`, { confirmName });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation_failed', details: { fields: { confirmName: expect.any(String) } } });
    }
    expect((await s.c.post(`/api/v1/people/${s.sam}/erasure`, {})).statusCode).toBe(400);
    expect((await s.c.get(`/api/v1/people/${s.sam}`)).statusCode).toBe(200);
    expect((await s.c.get(`/api/v1/people/${s.sam}/erasure-preview`)).json().unlinked).toEqual(expectedCounts);
    expect((await s.c.get('/api/v1/audit')).json()).toEqual({ items: [], nextCursor: null });
  });

  it('pages the audit trail newest first', async () => {
    const firm = await signUpFirm(app);
    const ids: string[] = [];
    for (const fullName of ['Ada One', 'Ben Two', 'Cy Three']) {
      const person = await created(firm.client, '/api/v1/people', { fullName });
      ids.push(person.id);
      expect((await firm.client.post(`/api/v1/people/${person.id}/erasure`, { confirmName: fullName })).statusCode).toBe(201);
    }
    const first = (await firm.client.get('/api/v1/audit?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await firm.client.get(`/api/v1/audit?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items].map((e: { subjectId: string }) => e.subjectId);
    expect(new Set(all)).toEqual(new Set(ids));
    expect(all).toHaveLength(3);
  });
});
