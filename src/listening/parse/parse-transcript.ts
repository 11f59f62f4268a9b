/**
 * The front door for transcripts: text in any supported layout (WebVTT, SRT, plain `Name: text`,
 * Otter, JSON) → utterances in spoken order. See each format's file for its rules and
 * detect-format.ts for how `auto` chooses. Throws TranscriptParseError, naming the line, when the text
 * does not fit the format or holds no speech at all.
 */
import type { ParsedTranscript, TranscriptFormat } from '../types.ts';
import { detectLineFormat, looksLikeJson, type LineFormat } from './detect-format.ts';
import { readJsonTranscript } from './json-transcript.ts';
import { lastNonBlank, splitLines } from './lines.ts';
import { readOtter } from './otter.ts';
import { readPlainText } from './plain-text.ts';
import { readSrt } from './srt.ts';
import { TranscriptParseError } from './transcript-parse-error.ts';
import { numberUtterances, type DraftUtterance } from './utterances.ts';
import { readWebVtt } from './webvtt.ts';

const LINE_READERS: Record<LineFormat, (lines: readonly string[]) => DraftUtterance[]> = {
  webvtt: readWebVtt,
  srt: readSrt,
  plain: readPlainText,
  otter: readOtter,
};

const EXPECTED_SPEECH = 'at least one line of speech';
/** JavaScript's \s includes the BOM (U+FEFF), so a BOM-only file counts as empty too. */
const NON_SPACE = /\S/;

/** Reads a transcript; `auto` (the default) detects the format from the text. */
export function parseTranscript(text: string, format: TranscriptFormat | 'auto' = 'auto'): ParsedTranscript {
  if (!NON_SPACE.test(text)) {
    throw new TranscriptParseError(1, EXPECTED_SPEECH, `Line 1: expected ${EXPECTED_SPEECH}, found an empty transcript.`);
  }
  if (format === 'json' || (format === 'auto' && looksLikeJson(text))) {
    const utterances = numberUtterances(readJsonTranscript(text));
    if (utterances.length === 0) {
      throw new TranscriptParseError(1, EXPECTED_SPEECH, `Line 1: expected ${EXPECTED_SPEECH}, found no entry with text.`);
    }
    return { format: 'json', utterances };
  }
  const lines = splitLines(text);
  const chosen = format === 'auto' ? detectLineFormat(lines) : format;
  const utterances = numberUtterances(LINE_READERS[chosen](lines));
  if (utterances.length === 0) throw TranscriptParseError.at(lastNonBlank(lines) + 2, EXPECTED_SPEECH, undefined);
  return { format: chosen, utterances };
}
