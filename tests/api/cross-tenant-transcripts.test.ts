/**
 * Firm B must never read, change or learn of firm A's transcripts, member trends or people through the
 * listening endpoints: every id of A's answers 404 and changes nothing, and B cannot link its speakers to A's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { setUpTestApp } from '../support/test-app.ts';
import { discoveryCall, putTranscript, setUpCall, transcriptUrl, type Call } from './transcripts-fixtures.ts';

let app: FastifyInstance;
let a: Call;
let b: Call;
let aTranscript: unknown;

beforeAll(async () => {
  ({ app } = await setUpTestApp());
  a = await setUpCall(app);
  b = await setUpCall(app);
  expect((await putTranscript(a.firm.client, a.conversationId, { text: discoveryCall })).statusCode).toBe(201);
  await a.firm.client.patch(`/api/v1/conversations/${a.conversationId}`, { version: 1, notes: { goals: 'Zebra secret expansion.' } });
  expect((await putTranscript(b.firm.client, b.conversationId, { text: discoveryCall })).statusCode).toBe(201);
  aTranscript = (await a.firm.client.get(transcriptUrl(a.conversationId))).json();
});

function expectNotFound(res: LightMyRequestResponse, name: string) {
  expect(res.statusCode, `${name}: ${res.body}`).toBe(404);
  expect(res.json().error.code).toBe('not_found');
}

describe('cross-tenant isolation of transcripts, trends and drafts', () => {
  it("answers 404 for every listening route given another firm's ids, and changes nothing", async () => {
    const url = transcriptUrl(a.conversationId);
    const routes: [string, () => Promise<LightMyRequestResponse>][] = [
      ['GET transcript', () => b.firm.client.get(url)],
      ['PUT transcript (replace)', () => putTranscript(b.firm.client, a.conversationId, { text: 'Mallory: hijacked', version: 1 })],
      ['PUT transcript (no version)', () => putTranscript(b.firm.client, a.conversationId, { text: 'Mallory: hijacked' })],
      ['PATCH speakers', () => b.firm.client.patch(`${url}/speakers`, { version: 1, speakers: [{ name: 'Sam Ortiz', side: 'us' }] })],
      ['DELETE transcript', () => b.firm.client.delete(url)],
      ['GET member listening', () => b.firm.client.get(`/api/v1/members/${a.firm.member.id}/listening`)],
      ['POST draft check', () => b.firm.client.post('/api/v1/drafts/check', { text: 'Hello, following up on our call.', personId: a.personId })],
    ];
    for (const [name, call] of routes) expectNotFound(await call(), name);
    expect((await a.firm.client.get(url)).json()).toEqual(aTranscript);
  });

  it("refuses to link B's speakers to A's member or person", async () => {
    const url = `${transcriptUrl(b.conversationId)}/speakers`;
    const toMember = await b.firm.client.patch(url, { version: 1, speakers: [{ name: 'Sam Ortiz', side: 'us', memberId: a.firm.member.id }] });
    expectNotFound(toMember, 'link to A member');
    const toPerson = await b.firm.client.patch(url, { version: 1, speakers: [{ name: 'Sam Ortiz', side: 'client', personId: a.personId }] });
    expectNotFound(toPerson, 'link to A person');
    expect((await b.firm.client.get(transcriptUrl(b.conversationId))).json()).toMatchObject({ version: 1 });
  });

  it("never shows A's calls in B's trends", async () => {
    const res = await b.firm.client.get(`/api/v1/members/${b.firm.member.id}/listening`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: { conversationId: string }) => c.conversationId)).toEqual([b.conversationId]);
    const mine = await a.firm.client.get(`/api/v1/members/${a.firm.member.id}/listening`);
    expect(mine.json().items.map((c: { conversationId: string }) => c.conversationId)).toEqual([a.conversationId]);
  });
});
