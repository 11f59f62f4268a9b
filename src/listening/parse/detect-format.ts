/**
 * Guessing a transcript's format from its first lines, in this order:
 * - JSON when the first non-space character is `{`, or `[` followed by `{`, `[`, `"` or `]` (so
 *   plain-text lines like `[00:01:02] Dana: hi` or `[Music]` are not taken for JSON);
 * - WebVTT when the first non-blank line starts with `WEBVTT`;
 * - SRT when, within the first lines, a timing line uses `,` before the milliseconds, a number line is
 *   followed by a timing line, or the very first line is a timing line;
 * - Otter when the first non-blank line is a `Name  0:03` header and the next non-blank line is text;
 * - plain text otherwise.
 */
import type { TranscriptFormat } from '../types.ts';
import { firstNonBlank, splitLines, stripBom } from './lines.ts';
import { readOtterHeader } from './otter.ts';
import { isWebVttHeader } from './webvtt.ts';

/** The formats read line by line (all but JSON). */
export type LineFormat = Exclude<TranscriptFormat, 'json'>;

const JSON_START = /^\s*(?:\{|\[\s*(?:[{["\]]|$))/;
const SRT_LOOKAHEAD_LINES = 40;
const TIMING = /^\S+?\s*-->\s*\S+/;
const COMMA_TIMING = /^\d+:\d{2}:\d{2},\d{1,3}\s*-->/;
const CUE_NUMBER = /^\d+$/;

export function detectTranscriptFormat(text: string): TranscriptFormat {
  if (looksLikeJson(text)) return 'json';
  return detectLineFormat(splitLines(text));
}

/** Whether the text opens like a JSON transcript (checked before splitting it into lines). */
export function looksLikeJson(text: string): boolean {
  return JSON_START.test(stripBom(text).slice(0, 200));
}

/** The line-based formats, from lines already split by splitLines. */
export function detectLineFormat(lines: readonly string[]): LineFormat {
  const first = firstNonBlank(lines);
  if (first < 0) return 'plain';
  if (isWebVttHeader(lines[first]!)) return 'webvtt';
  if (looksLikeSrt(lines, first)) return 'srt';
  const next = firstNonBlank(lines, first + 1);
  if (next >= 0 && readOtterHeader(lines[first]!) && !readOtterHeader(lines[next]!)) return 'otter';
  return 'plain';
}

function looksLikeSrt(lines: readonly string[], first: number): boolean {
  if (TIMING.test(lines[first]!)) return true;
  const end = Math.min(lines.length, first + SRT_LOOKAHEAD_LINES);
  for (let i = first; i < end; i++) {
    const line = lines[i]!;
    if (COMMA_TIMING.test(line)) return true;
    if (CUE_NUMBER.test(line) && TIMING.test(lines[i + 1] ?? '')) return true;
  }
  return false;
}
