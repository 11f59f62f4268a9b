/**
 * JSON transcripts: `[{"speaker", "start"?, "end"?, "text"}]`, or the same list inside
 * `{"utterances": […]}` or `{"segments": […]}` (the first of those keys that holds a list).
 * `speaker` may be missing, null or empty (UNNAMED_SPEAKER); `text` must be a string; `start` and
 * `end` are seconds — numbers, numeric strings ("12.5") or clock strings ("00:01:02.500", "1:02") — or
 * whole milliseconds as some tools write them (see inSeconds).
 *
 * Errors: malformed JSON names the line where the parser stopped (read from the parser's message —
 * see lineOfParserError — and line 1 when it does not say; the end of the text when it ran out). A bad entry names the entry (1-based) and
 * field — `Entry 3 ("speaker"): expected a string, found 42 (line 14).` — and the error's `line` is
 * where that entry starts.
 */
import { UNNAMED_SPEAKER } from '../types.ts';
import { lastNonBlank, splitLines, stripBom, tidyText } from './lines.ts';
import { lineOfEntry } from './json-entry-lines.ts';
import { parseClockTime, toMilliseconds } from './timestamps.ts';
import { describeFound, TranscriptParseError } from './transcript-parse-error.ts';
import type { DraftUtterance } from './utterances.ts';

const WRAPPER_KEYS = ['utterances', 'segments'] as const;
const EXPECTED_LIST = 'a list of utterances such as [{"speaker": "Dana", "text": "Hello"}], or an object with "utterances" or "segments"';
const EXPECTED_SECONDS = 'seconds as a number, or a time such as "00:01:02.500"';
const DECIMAL = /^\d+(?:\.\d+)?$/;
const AT_POSITION = /at position (\d+)/;
const AT_LINE = /line (\d+) column \d+/;
const PARSER_DETAIL = /^JSON\.parse: |\s+(?:in JSON )?at (?:position|line) .*$|, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/gs;
const END_OF_INPUT = /end of (?:JSON )?(?:input|data)/i;
const TOKEN_CONTEXT = /^Unexpected token .*?, \.\.\."([\s\S]+)"(?:\.\.\.)? is not valid JSON$/;
const V8_CONTEXT_CHARS = 10;
const MAX_SHOWN = 60;

type JsonObject = Record<string, unknown>;

export function readJsonTranscript(text: string): DraftUtterance[] {
  const json = stripBom(text);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw malformedJson(json, error instanceof Error ? error.message : String(error));
  }
  const { entries, wrapperKey } = entriesOf(data);
  const fail = (entry: number, field: string | undefined, expected: string, value: unknown): never => {
    const line = lineOfEntry(json, wrapperKey, entry);
    const where = field === undefined ? `Entry ${entry + 1}` : `Entry ${entry + 1} ("${field}")`;
    throw new TranscriptParseError(line, expected, `${where}: expected ${expected}, found ${describeValue(value)} (line ${line}).`);
  };
  return inSeconds(entries.map((entry, k) => readEntry(entry, k, fail)));
}

/** Past this, whole-number times are milliseconds: no call runs for ten hours. */
const MILLISECONDS_ABOVE = 36_000;

/**
 * Some tools (AssemblyAI among them) write times in whole milliseconds. When every time is a whole
 * number and the last one is past ten hours, the times are taken as milliseconds and converted.
 */
function inSeconds(drafts: DraftUtterance[]): DraftUtterance[] {
  const times = drafts.flatMap((d) => [d.start, d.end]).filter((t): t is number => t !== undefined);
  if (times.length === 0 || !times.every(Number.isInteger) || Math.max(...times) <= MILLISECONDS_ABOVE) return drafts;
  for (const d of drafts) {
    if (d.start !== undefined) d.start = toMilliseconds(d.start / 1000);
    if (d.end !== undefined) d.end = toMilliseconds(d.end / 1000);
  }
  return drafts;
}

type Fail = (entry: number, field: string | undefined, expected: string, value: unknown) => never;

function readEntry(entry: unknown, k: number, fail: Fail): DraftUtterance {
  if (!isObject(entry)) return fail(k, undefined, 'an object with "speaker" and "text"', entry);
  const { speaker, text } = entry;
  if (speaker !== undefined && speaker !== null && typeof speaker !== 'string') fail(k, 'speaker', 'a string', speaker);
  if (typeof text !== 'string') return fail(k, 'text', 'a string', text);
  const start = readSeconds(entry, 'start', k, fail);
  const end = readSeconds(entry, 'end', k, fail);
  if (start !== undefined && end !== undefined && end < start) fail(k, 'end', `a time after the start (${start})`, entry.end);
  const draft: DraftUtterance = { speaker: tidyText(typeof speaker === 'string' ? speaker : '') || UNNAMED_SPEAKER, text: tidyText(text) };
  if (start !== undefined) draft.start = start;
  if (end !== undefined) draft.end = end;
  return draft;
}

function readSeconds(entry: JsonObject, field: 'start' | 'end', k: number, fail: Fail): number | undefined {
  const value = entry[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return toMilliseconds(value);
  if (typeof value === 'string') {
    const trimmed = value.trim();
    const seconds = DECIMAL.test(trimmed) ? toMilliseconds(Number(trimmed)) : parseClockTime(trimmed);
    if (seconds !== undefined) return seconds;
  }
  return fail(k, field, EXPECTED_SECONDS, value);
}

function entriesOf(data: unknown): { entries: unknown[]; wrapperKey?: string } {
  if (Array.isArray(data)) return { entries: data };
  if (isObject(data)) {
    for (const key of WRAPPER_KEYS) {
      const entries = data[key];
      if (Array.isArray(entries)) return { entries, wrapperKey: key };
    }
  }
  const found = isObject(data) ? 'an object without "utterances" or "segments"' : describeValue(data);
  throw new TranscriptParseError(1, EXPECTED_LIST, `Line 1: expected ${EXPECTED_LIST}, found ${found}.`);
}

function malformedJson(json: string, reason: string): TranscriptParseError {
  const lines = splitLines(json);
  const atEnd = END_OF_INPUT.test(reason);
  const line = atEnd ? lastNonBlank(lines) + 2 : lineOfParserError(json, reason);
  const detail = reason.replace(PARSER_DETAIL, '');
  const found = describeFound(atEnd ? undefined : lines[line - 1]);
  return new TranscriptParseError(line, 'valid JSON', `Line ${line}: expected valid JSON, found ${found}${detail ? ` (${detail})` : ''}.`);
}

/**
 * The line the parser stopped on, from its message: Firefox says "line L column C", V8 says
 * "at position P" or, for an unexpected token, quotes the 10 characters either side of it
 * (`..."<10 before>X<10 after>"...`), which we find again in the text. Otherwise line 1.
 */
function lineOfParserError(json: string, reason: string): number {
  const lineMatch = AT_LINE.exec(reason);
  if (lineMatch) return Number(lineMatch[1]);
  const positionMatch = AT_POSITION.exec(reason);
  if (positionMatch) return lineAtPosition(json, Number(positionMatch[1]));
  const context = TOKEN_CONTEXT.exec(reason);
  const at = context ? json.indexOf(context[1]!) : -1;
  return at >= 0 ? lineAtPosition(json, at + V8_CONTEXT_CHARS) : 1;
}

function lineAtPosition(json: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 10 || (c === 13 && json.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const shown = JSON.stringify(value);
  return shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN - 1)}…` : shown;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
