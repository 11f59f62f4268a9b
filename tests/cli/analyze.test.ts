import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'yellowpad-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const vtt = `WEBVTT

1
00:00:00.000 --> 00:00:04.000
Dana Whitfield: Thanks for the time today. What made you reach out?

2
00:00:04.500 --> 00:00:12.000
Sam Ortiz: Our month-end close takes nine days and the board wants five.

3
00:00:12.500 --> 00:00:15.000
Dana Whitfield: Is the board meeting monthly?
`;

describe('yellowpad analyze', () => {
  it('prints the fixed JSON contract, with our side from --us', async () => {
    const file = join(dir, 'call.vtt');
    writeFileSync(file, vtt);
    const run = await runCli(['analyze', file, '--format', 'json', '--us', 'Dana Whitfield'], childEnv());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['speakers', 'utterances', 'findings']);
    expect(out.speakers).toEqual([
      { name: 'Dana Whitfield', side: 'us', words: 15, talkShare: 0.5769, turns: 2, longestMonologueWords: 10, questions: { open: 1, closed: 1 } },
      { name: 'Sam Ortiz', side: 'client', words: 11, talkShare: 0.4231, turns: 1, longestMonologueWords: 11, questions: { open: 0, closed: 0 } },
    ]);
    expect(out.utterances[0]).toEqual({
      index: 0,
      speaker: 'Dana Whitfield',
      start: 0,
      end: 4,
      text: 'Thanks for the time today. What made you reach out?',
      questions: [{ text: 'What made you reach out?', kind: 'open' }],
    });
    expect(out.utterances[2].questions).toEqual([{ text: 'Is the board meeting monthly?', kind: 'closed' }]);
  });

  it('prints a readable report by default', async () => {
    const file = join(dir, 'call.txt');
    writeFileSync(file, 'Dana: If you sign today we can hold the price.\nSam: I need to think about it.\n');
    const run = await runCli(['analyze', file, '--us', 'Dana'], childEnv());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Who talked');
    expect(run.stdout).toContain('[concern]');
    expect(run.stdout).toContain('#0 Dana: "If you sign today we can hold the price."');
  });

  it('names the line that could not be read', async () => {
    const file = join(dir, 'broken.vtt');
    writeFileSync(file, 'WEBVTT\n\n1\nnot a timing line\nDana: hello\n');
    const run = await runCli(['analyze', file], childEnv());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.vtt');
    expect(run.stderr).toMatch(/Line 4/);
  });

  it('checks a draft against the notes', async () => {
    const draft = join(dir, 'draft.txt');
    const notes = join(dir, 'notes.txt');
    writeFileSync(draft, 'Hi Sam, our firm was founded in 1998. We offer audit. We provide tax. We are the leading practice. Our offer expires Friday, so sign today. We look forward to it.');
    writeFileSync(notes, 'Month-end close takes nine days; reconciliations by hand.');
    const run = await runCli(['check-draft', draft, '--notes', notes, '--client', 'Sam Ortiz', '--format', 'json'], childEnv());
    expect(run.code).toBe(0);
    const codes = JSON.parse(run.stdout).findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['pushy_close', 'feature_dump', 'self_focus', 'not_specific']));
  });
});
