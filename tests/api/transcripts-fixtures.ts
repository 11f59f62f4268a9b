/** Small transcripts and a firm with a call to hang them on, shared by the transcript API tests. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { signUpFirm, type ApiClient, type SignedUp } from '../support/api-client.ts';

/** A short discovery call: Dana (our member) asks, Sam (the client) answers. 12 + 14 + 6 + 6 = 38 words. */
export const discoveryCall = [
  'Dana Whitfield: Thanks for making time today. What is keeping you up at night?',
  'Sam Ortiz: Our invoicing is a mess and we lose two days a month on it.',
  'Dana Whitfield: How do you handle it today?',
  'Sam Ortiz: Spreadsheets and a lot of hope.',
].join('\n');

/** The same two-line exchange in each format people upload: 7 words from Dana, then 6 from Sam. */
export const twoLineCall = {
  webvtt: [
    'WEBVTT',
    '',
    '1',
    '00:00:01.000 --> 00:00:04.000',
    '<v Dana Whitfield>Thanks for joining. What brings you here?</v>',
    '',
    '2',
    '00:00:04.500 --> 00:00:09.000',
    '<v Sam Ortiz>We need help with our books.</v>',
    '',
  ].join('\n'),
  webvttPrefix: [
    'WEBVTT',
    '',
    '00:00:01.000 --> 00:00:04.000',
    'Dana Whitfield: Thanks for joining. What brings you here?',
    '',
    '00:00:04.500 --> 00:00:09.000',
    'Sam Ortiz: We need help with our books.',
    '',
  ].join('\r\n'),
  srt: [
    '1',
    '00:00:01,000 --> 00:00:04,000',
    'Dana Whitfield: Thanks for joining. What brings you here?',
    '',
    '2',
    '00:00:04,500 --> 00:00:09,000',
    'Sam Ortiz: We need help with our books.',
    '',
  ].join('\n'),
  otter: ['Dana Whitfield  0:01', 'Thanks for joining. What brings you here?', '', 'Sam Ortiz  0:04', 'We need help with our books.', ''].join('\n'),
  plain: '\uFEFFDana Whitfield: Thanks for joining. What brings you here?\nSam Ortiz: We need help with our books.\n',
  json: JSON.stringify([
    { speaker: 'Dana Whitfield', start: 1, end: 4, text: 'Thanks for joining. What brings you here?' },
    { speaker: 'Sam Ortiz', start: 4.5, end: 9, text: 'We need help with our books.' },
  ]),
};

export interface Call {
  firm: SignedUp;
  personId: string;
  conversationId: string;
}

/** A firm whose owner is Dana Whitfield, its client Sam Ortiz, and a call between them. */
export async function setUpCall(app: FastifyInstance, occurredAt = '2025-05-01T09:00:00Z'): Promise<Call> {
  const firm = await signUpFirm(app, { name: 'Dana Whitfield' });
  const person = await firm.client.post('/api/v1/people', { fullName: 'Sam Ortiz', emails: [] });
  expect(person.statusCode).toBe(201);
  const conversationId = await addCall(firm.client, [person.json().id], occurredAt);
  return { firm, personId: person.json().id, conversationId };
}

/** Records a video call with the people (and the caller as our member). */
export async function addCall(client: ApiClient, personIds: string[], occurredAt: string, memberIds?: string[]): Promise<string> {
  const res = await client.post('/api/v1/conversations', { occurredAt, channel: 'video', personIds, summary: `Call on ${occurredAt.slice(0, 10)}`, memberIds });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

export const transcriptUrl = (conversationId: string) => `/api/v1/conversations/${conversationId}/transcript`;

/** PUT a transcript (the test client has no put shorthand). */
export function putTranscript(client: ApiClient, conversationId: string, body: Record<string, unknown>): Promise<LightMyRequestResponse> {
  return client.request('PUT', transcriptUrl(conversationId), body);
}
