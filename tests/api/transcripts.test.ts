/**
 * Transcripts on conversations: upload in each format, sides from the participants, the analysis with its
 * figures, replacing under a version, unreadable and oversize files, correcting the speakers, deleting.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { setUpTestApp } from '../support/test-app.ts';
import { discoveryCall, putTranscript, setUpCall, transcriptUrl, twoLineCall } from './transcripts-fixtures.ts';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await setUpTestApp());
});

describe('transcripts', () => {
  it('stores a pasted transcript, matches its speakers to the participants and returns the analysis', async () => {
    const { firm, personId, conversationId } = await setUpCall(app);
    const res = await putTranscript(firm.client, conversationId, { text: discoveryCall, fileName: 'call.txt' });
    expect(res.statusCode).toBe(201);
    const view = res.json();
    expect(view).toMatchObject({ conversationId, format: 'plain', fileName: 'call.txt', version: 1, createdBy: firm.member.id });
    expect(view.speakers).toEqual([
      { name: 'Dana Whitfield', side: 'us', memberId: firm.member.id, personId: null, memberName: 'Dana Whitfield' },
      { name: 'Sam Ortiz', side: 'client', memberId: null, personId, personName: 'Sam Ortiz' },
    ]);
    const { analysis } = view;
    expect(analysis.configVersion).toEqual(expect.any(String));
    expect(analysis.measures.totalWords).toBe(38);
    expect(analysis.speakers.map((s: { name: string; side: string; words: number; turns: number }) => [s.name, s.side, s.words, s.turns])).toEqual([
      ['Dana Whitfield', 'us', 18, 2],
      ['Sam Ortiz', 'client', 20, 2],
    ]);
    expect(analysis.speakers[0].talkShare).toBeCloseTo(18 / 38, 4);
    expect(analysis.speakers[1].talkShare).toBeCloseTo(20 / 38, 4);
    // Each line is one utterance, in order, its index its position.
    expect(analysis.utterances.map((u: { index: number; speaker: string }) => [u.index, u.speaker])).toEqual([
      [0, 'Dana Whitfield'],
      [1, 'Sam Ortiz'],
      [2, 'Dana Whitfield'],
      [3, 'Sam Ortiz'],
    ]);
    expect(analysis.utterances[2].text).toBe('How do you handle it today?');
    expect(analysis.turns).toHaveLength(4);
    // Library detail: "How do you handle it today?" is an open question; Sam's lines ask nothing.
    expect(analysis.utterances[2].questions).toEqual([{ text: 'How do you handle it today?', kind: 'open' }]);
    expect(analysis.utterances[3].questions).toEqual([]);

    const read = await firm.client.get(transcriptUrl(conversationId));
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(view);
  });

  it.each([
    ['webvtt', 'webvtt', true],
    ['webvttPrefix', 'webvtt', true],
    ['srt', 'srt', true],
    ['otter', 'otter', true],
    ['plain', 'plain', false],
    ['json', 'json', true],
  ] as const)('reads a %s transcript', async (kind, format, timed) => {
    const { firm, conversationId } = await setUpCall(app);
    const res = await putTranscript(firm.client, conversationId, { text: twoLineCall[kind] });
    expect(res.statusCode, res.body).toBe(201);
    const { analysis, speakers, format: stored } = res.json();
    expect(stored).toBe(format);
    expect(speakers.map((s: { name: string; side: string }) => [s.name, s.side])).toEqual([
      ['Dana Whitfield', 'us'],
      ['Sam Ortiz', 'client'],
    ]);
    expect(analysis.utterances.map((u: { index: number; speaker: string; text: string }) => [u.index, u.speaker, u.text])).toEqual([
      [0, 'Dana Whitfield', 'Thanks for joining. What brings you here?'],
      [1, 'Sam Ortiz', 'We need help with our books.'],
    ]);
    expect(analysis.speakers.map((s: { words: number }) => s.words)).toEqual([7, 6]);
    if (timed) {
      expect(analysis.utterances[0].start).toBe(1);
      expect(analysis.utterances[1].start).toBe(kind === 'otter' ? 4 : 4.5);
      expect(analysis.measures.durationSeconds).toEqual(expect.any(Number));
    } else {
      expect(analysis.utterances[0].start).toBeUndefined();
      expect(analysis.measures.durationSeconds).toBeUndefined();
    }
  });

  it('matches speakers named by first name or initial to the participants', async () => {
    const { firm, personId, conversationId } = await setUpCall(app);
    const res = await putTranscript(firm.client, conversationId, { text: 'Dana: Hello Sam.\nSam O.: Hi Dana.\nDana W.: Shall we start?\nPriya: Hi both.' });
    expect(res.statusCode).toBe(201);
    expect(res.json().speakers.map((s: { name: string; side: string; memberId: string | null; personId: string | null }) => [s.name, s.side, s.memberId, s.personId])).toEqual([
      ['Dana', 'us', firm.member.id, null],
      ['Sam O.', 'client', null, personId],
      ['Dana W.', 'us', firm.member.id, null],
      ['Priya', 'client', null, null],
    ]);
  });

  it('honours a named format and refuses text that does not fit it with the line and what was expected', async () => {
    const { firm, conversationId } = await setUpCall(app);
    const res = await putTranscript(firm.client, conversationId, { text: 'WEBVTT\n\n1\nhello there\nDana: hi\n', format: 'srt' });
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('transcript_unreadable');
    expect(error.details).toEqual({ line: expect.any(Number), expected: expect.any(String) });
    expect(error.message).toMatch(/^Line \d+/);

    const json = await putTranscript(firm.client, conversationId, { text: '[\n  {"speaker": "Dana", "text": "hi"},\n  {"speaker": "Sam", "text": 42}\n]' });
    expect(json.statusCode).toBe(422);
    expect(json.json().error).toMatchObject({ code: 'transcript_unreadable', details: { line: 3 } });

    const longName = JSON.stringify([{ speaker: 'Dana '.repeat(60), text: 'hello' }], null, 1);
    const named = await putTranscript(firm.client, conversationId, { text: longName });
    expect(named.statusCode).toBe(422);
    expect(named.json().error).toMatchObject({ code: 'transcript_unreadable', details: { line: 3 } });

    const blank = await putTranscript(firm.client, conversationId, { text: '  \n\n ' });
    expect(blank.statusCode).toBe(422);
    expect(blank.json().error).toMatchObject({ code: 'transcript_unreadable', details: { line: 1 } });
    // Nothing was stored by the refused uploads.
    expect((await firm.client.get(transcriptUrl(conversationId))).statusCode).toBe(404);
  });

  it('refuses a transcript over 2,000,000 characters, and an unknown format', async () => {
    const { firm, conversationId } = await setUpCall(app);
    const huge = `Dana Whitfield: ${'word '.repeat(400_000)}`;
    expect(huge.length).toBeGreaterThan(2_000_000);
    const res = await putTranscript(firm.client, conversationId, { text: huge });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toContain('2,000,000 characters');
    const format = await putTranscript(firm.client, conversationId, { text: discoveryCall, format: 'docx' });
    expect(format.statusCode).toBe(400);
  });

  it('accepts a long transcript under the cap (the route takes bodies past the app-wide limit)', async () => {
    const { firm, conversationId } = await setUpCall(app);
    const line = 'Sam Ortiz: We keep the books in spreadsheets and nobody trusts the numbers at the end of the month.\n';
    const text = `Dana Whitfield: Tell me about your month end.\n${line.repeat(Math.floor(1_900_000 / line.length))}`;
    expect(text.length).toBeGreaterThan(1_800_000);
    const res = await putTranscript(firm.client, conversationId, { text });
    expect(res.statusCode).toBe(201);
    expect(res.json().analysis.measures.totalWords).toBe(6 + 17 * Math.floor(1_900_000 / line.length));
  });

  it('replaces a transcript only with the current version, keeping how its speakers were mapped', async () => {
    const { firm, personId, conversationId } = await setUpCall(app);
    expect((await putTranscript(firm.client, conversationId, { text: discoveryCall })).statusCode).toBe(201);
    // Sam's colleague was on the call too but is not a participant: the client's side by default.
    const corrected = await firm.client.patch(`${transcriptUrl(conversationId)}/speakers`, {
      version: 1,
      speakers: [{ name: 'Sam Ortiz', side: 'unknown' }],
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().version).toBe(2);

    const withoutVersion = await putTranscript(firm.client, conversationId, { text: twoLineCall.plain });
    expect(withoutVersion.statusCode).toBe(409);
    expect(withoutVersion.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    const stale = await putTranscript(firm.client, conversationId, { text: twoLineCall.plain, version: 1 });
    expect(stale.statusCode).toBe(409);

    const text = `${discoveryCall}\nPriya Shah: Can I add something? We also bill in two currencies.`;
    const replaced = await putTranscript(firm.client, conversationId, { text, version: 2, fileName: 'call-v2.txt' });
    expect(replaced.statusCode).toBe(200);
    const view = replaced.json();
    expect(view).toMatchObject({ version: 3, fileName: 'call-v2.txt' });
    expect(view.speakers).toEqual([
      { name: 'Dana Whitfield', side: 'us', memberId: firm.member.id, personId: null, memberName: 'Dana Whitfield' },
      // Kept from the correction, though the name still matches the participant.
      { name: 'Sam Ortiz', side: 'unknown', memberId: null, personId: null },
      // New and matching no participant: the client's side, since one of ours spoke.
      { name: 'Priya Shah', side: 'client', memberId: null, personId: null },
    ]);
    expect(view.analysis.utterances).toHaveLength(5);
    expect(personId).toEqual(expect.any(String));
    expect((await firm.client.get(transcriptUrl(conversationId))).json().version).toBe(3);
  });

  it('corrects who the speakers are and recomputes the figures by side', async () => {
    const { firm, personId, conversationId } = await setUpCall(app);
    await putTranscript(firm.client, conversationId, { text: discoveryCall });
    const url = `${transcriptUrl(conversationId)}/speakers`;
    const sideWords = (view: { analysis: { sides: { side: string; words: number }[] } }) =>
      Object.fromEntries(view.analysis.sides.map((s) => [s.side, s.words]));
    expect(sideWords((await firm.client.get(transcriptUrl(conversationId))).json())).toEqual({ us: 18, client: 20 });

    const res = await firm.client.patch(url, { version: 1, speakers: [{ name: 'Sam Ortiz', side: 'us', personId: null }] });
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.version).toBe(2);
    expect(view.speakers[1]).toEqual({ name: 'Sam Ortiz', side: 'us', memberId: null, personId: null });
    expect(sideWords(view)).toEqual({ us: 38 });
    expect(view.analysis.speakers[1]).toMatchObject({ name: 'Sam Ortiz', side: 'us', words: 20 });

    const back = await firm.client.patch(url, { version: 2, speakers: [{ name: 'Sam Ortiz', side: 'client', personId }] });
    expect(back.statusCode).toBe(200);
    expect(back.json().speakers[1]).toEqual({ name: 'Sam Ortiz', side: 'client', memberId: null, personId, personName: 'Sam Ortiz' });
    expect(sideWords(back.json())).toEqual({ us: 18, client: 20 });

    const stale = await firm.client.patch(url, { version: 2, speakers: [{ name: 'Sam Ortiz', side: 'us' }] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');

    // Leaving the link out keeps it while the side allows it; a side that does not allow it drops it.
    const kept = await firm.client.patch(url, { version: 3, speakers: [{ name: 'Sam Ortiz', side: 'client' }] });
    expect(kept.json().speakers[1]).toMatchObject({ side: 'client', personId });
    const unknown = await firm.client.patch(url, { version: 4, speakers: [{ name: 'Sam Ortiz', side: 'unknown' }] });
    expect(unknown.json().speakers[1]).toMatchObject({ side: 'unknown', personId: null });

    const unknownName = await firm.client.patch(url, { version: 5, speakers: [{ name: 'Nobody Here', side: 'us' }] });
    expect(unknownName.statusCode).toBe(400);
    expect(unknownName.json().error.message).toContain('"Nobody Here" is not a speaker of this transcript');
    expect(unknownName.json().error.details.fields).toHaveProperty(['speakers.0.name']);

    const contradiction = await firm.client.patch(url, { version: 5, speakers: [{ name: 'Dana Whitfield', side: 'client', memberId: firm.member.id }] });
    expect(contradiction.statusCode).toBe(400);
    const twice = await firm.client.patch(url, {
      version: 5,
      speakers: [
        { name: 'Sam Ortiz', side: 'us' },
        { name: 'Sam Ortiz', side: 'client' },
      ],
    });
    expect(twice.statusCode).toBe(400);
    const unknownMember = await firm.client.patch(url, { version: 5, speakers: [{ name: 'Sam Ortiz', side: 'us', memberId: crypto.randomUUID() }] });
    expect(unknownMember.statusCode).toBe(404);
    expect(unknownMember.json().error).toMatchObject({ code: 'not_found', details: { field: 'speakers.0.memberId' } });
    // None of the refused changes took effect.
    expect((await firm.client.get(transcriptUrl(conversationId))).json()).toMatchObject({ version: 5 });
  });

  it('deletes a transcript, and goes with its conversation', async () => {
    const { firm, conversationId } = await setUpCall(app);
    await putTranscript(firm.client, conversationId, { text: discoveryCall });
    expect((await firm.client.delete(transcriptUrl(conversationId))).statusCode).toBe(204);
    const gone = await firm.client.get(transcriptUrl(conversationId));
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.message).toContain('no transcript');
    expect((await firm.client.delete(transcriptUrl(conversationId))).statusCode).toBe(404);
    expect((await firm.client.get(`/api/v1/conversations/${conversationId}`)).statusCode).toBe(200);

    // A new upload starts again at version 1; deleting the conversation takes the transcript with it.
    expect((await putTranscript(firm.client, conversationId, { text: discoveryCall })).json().version).toBe(1);
    expect((await firm.client.delete(`/api/v1/conversations/${conversationId}`)).statusCode).toBe(204);
    const noConversation = await firm.client.get(transcriptUrl(conversationId));
    expect(noConversation.statusCode).toBe(404);
    expect(noConversation.json().error.message).toBe('No conversation with that id in your firm.');
  });

  it("keeps a speaker's side when the person they were is deleted", async () => {
    const { firm, personId, conversationId } = await setUpCall(app);
    await putTranscript(firm.client, conversationId, { text: discoveryCall });
    expect((await firm.client.delete(`/api/v1/people/${personId}`)).statusCode).toBe(204);
    const view = (await firm.client.get(transcriptUrl(conversationId))).json();
    expect(view.speakers[1]).toEqual({ name: 'Sam Ortiz', side: 'client', memberId: null, personId: null });
    expect(view.version).toBe(1);
  });

  it('answers 404 naming the conversation for an unknown one', async () => {
    const { firm } = await setUpCall(app);
    const id = crypto.randomUUID();
    for (const res of [
      await firm.client.get(transcriptUrl(id)),
      await putTranscript(firm.client, id, { text: discoveryCall }),
      await firm.client.patch(`${transcriptUrl(id)}/speakers`, { version: 1, speakers: [{ name: 'Dana', side: 'us' }] }),
      await firm.client.delete(transcriptUrl(id)),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toBe('No conversation with that id in your firm.');
    }
  });
});
