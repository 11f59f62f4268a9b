/** The draft checker: "is this email about them, or about us?", against the person's notes when known. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { setUpTestApp } from '../support/test-app.ts';
import { setUpCall } from './transcripts-fixtures.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp());
});

const generic =
  'Thanks for your time today. We are a leading firm with twenty years of experience and our team has won many awards. ' +
  'We would love to work with you on this. Let us know when suits you.';
const specific =
  'Thanks for your time today. You mentioned the warehouse in Rotterdam floods each winter, and that it costs you a week of stock. ' +
  'Would a short call next week help you decide what to protect first?';

const codes = (res: { json(): { findings: { code: string }[] } }) => res.json().findings.map((f) => f.code);

describe('draft check', () => {
  it("compares a draft with the person's notes", async () => {
    const { firm, personId, conversationId } = await setUpCall(app);
    const noted = await firm.client.patch(`/api/v1/conversations/${conversationId}`, {
      version: 1,
      notes: { challenges: 'Their warehouse in Rotterdam floods every winter.' },
    });
    expect(noted.statusCode).toBe(200);

    const res = await firm.client.post('/api/v1/drafts/check', { text: generic, personId });
    expect(res.statusCode).toBe(200);
    const check = res.json();
    expect(check).toMatchObject({
      configVersion: expect.any(String),
      words: 37,
      focus: { clientReferences: expect.any(Number), selfReferences: expect.any(Number) },
      person: { id: personId, fullName: 'Sam Ortiz' },
      conversationsCompared: 1,
    });
    // Library detail: nothing from the notes (warehouse, Rotterdam, floods…) is in the draft.
    const notSpecific = check.findings.find((f: { code: string }) => f.code === 'not_specific');
    expect(notSpecific).toMatchObject({ severity: 'warning', message: expect.stringContaining('Sam Ortiz'), evidence: [] });

    const mentioned = await firm.client.post('/api/v1/drafts/check', { text: specific, personId });
    expect(mentioned.statusCode).toBe(200);
    expect(codes(mentioned)).not.toContain('not_specific');
  });

  it('checks a draft without a person, and refuses blank, oversize and unknown input', async () => {
    const { firm } = await setUpCall(app);
    const res = await firm.client.post('/api/v1/drafts/check', { text: generic });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ person: null, conversationsCompared: 0, words: 37 });
    expect(codes(res)).not.toContain('not_specific');

    for (const text of ['', '   \n ', 'x'.repeat(50_001)]) {
      const refused = await firm.client.post('/api/v1/drafts/check', { text });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.code).toBe('validation_failed');
    }
    const unknown = await firm.client.post('/api/v1/drafts/check', { text: generic, personId: crypto.randomUUID() });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'not_found', details: { field: 'personId' } });
  });

  it('shows each finding with its evidence as character ranges of the draft', async () => {
    const { firm } = await setUpCall(app);
    const pushy = `${generic} Sign today, this offer is only for a limited time.`;
    const res = await firm.client.post('/api/v1/drafts/check', { text: pushy });
    expect(res.statusCode).toBe(200);
    for (const finding of res.json().findings as { evidence: { start: number; end: number; text: string }[] }[]) {
      for (const e of finding.evidence) expect(pushy.slice(e.start, e.end)).toContain(e.text.trim());
    }
  });
});
