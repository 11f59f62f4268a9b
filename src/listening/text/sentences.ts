/**
 * Splitting an utterance into sentences, for chat and transcript text as people actually type it:
 * "...", "?!" and "??" end one sentence; a question mark always ends one, even without a space after it
 * ("what about you?me and my team"); "ok.how are you" is two sentences while "$1.50", ".50", "Mr. Lee",
 * "e.g. water" and "example.com" are not split; an emoji (or a ":)") followed by a space ends a sentence
 * in chat ("hi there 🙂 what do you need"); a line break ends one too. Spans that hold no letter or digit
 * (a lone emoji, ":-)") are dropped. One pass over the characters, no regex built per call.
 */

export interface SentenceSpan {
  text: string;
  /** Character offsets in the utterance text: `text === utterance.slice(start, end)`. */
  start: number;
  end: number;
}

/** Words before a full stop that never end a sentence: titles and "e.g."-style abbreviations. */
const neverEnding = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'gen', 'capt', 'lt', 'col', 'sgt', 'vs', 'e.g', 'i.e', 'cf', 'viz', 'approx', 'al', 'fig', 'dept', 'est']);
/** Abbreviations that end a sentence only when a capital letter follows ("etc. The" but "etc., and"). */
const endingBeforeCapital = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'tue', 'thu', 'fri', 'hr', 'hrs', 'mins', 'ft', 'lb', 'lbs', 'oz', 'km', 'kg']);
/** Endings that make "word.word" a web address, not two sentences run together. */
const domainEndings = new Set(['com', 'org', 'net', 'edu', 'gov', 'io', 'co', 'uk', 'us', 'de', 'fr', 'info', 'biz', 'ai', 'app', 'dev', 'me', 'tv', 'ly', 'ca', 'au', 'html', 'pdf', 'txt', 'doc', 'docx', 'xlsx', 'csv', 'png', 'jpg']);

const nonAsciiLetterOrDigit = /[\p{L}\p{N}]/u;
const pictographic = /\p{Extended_Pictographic}/u;

const QUESTION = 63; // ?
const EXCLAMATION = 33; // !
const FULL_STOP = 46; // .
const ELLIPSIS = 0x2026; // …
const FULLWIDTH_QUESTION = 0xff1f;
const FULLWIDTH_EXCLAMATION = 0xff01;

/** The sentences of an utterance, in order, trimmed, with their offsets. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      pushSpan(text, start, i, spans);
      start = i + 1;
      i++;
    } else if (isTerminator(code) && endsSentenceAt(text, i)) {
      const end = terminatorRunEnd(text, i);
      pushSpan(text, start, end, spans);
      start = end;
      i = end;
    } else if (code >= 0x2000 || code === 58 || code === 59 || code === 61) {
      const end = emojiEnd(text, i);
      if (end > i && (end === n || isSpace(text.charCodeAt(end)))) {
        pushSpan(text, start, end, spans);
        start = end;
        i = end;
      } else {
        i++;
      }
    } else {
      i++;
    }
  }
  pushSpan(text, start, n, spans);
  return spans;
}

function isTerminator(code: number): boolean {
  return code === QUESTION || code === EXCLAMATION || code === FULL_STOP || code === ELLIPSIS || code === FULLWIDTH_QUESTION || code === FULLWIDTH_EXCLAMATION;
}

/** Whether the terminator at `i` ends a sentence; only full stops (and mangled emoji) need a second look. */
function endsSentenceAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) === QUESTION) return !isMangledEmoji(text, i);
  if (text.charCodeAt(i) !== FULL_STOP) return true;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (after === FULL_STOP || before === FULL_STOP) return true; // an ellipsis typed as dots
  if (isDigit(after) && (isDigit(before) || !isLetter(before))) return false; // 1.50, $.50, .60
  if (after === 44 || after === 59 || after === 58) return false; // "etc., and", "e.g.: water"
  const word = wordBefore(text, i).toLowerCase();
  if (neverEnding.has(word)) return false;
  if (isLetter(after)) {
    if (word.length === 1 && text.charCodeAt(i + 2) === FULL_STOP) return false; // the inner dots of U.S., a.m.
    return !isWebAddress(text, i);
  }
  if (endingBeforeCapital.has(word) || isInitialism(word)) {
    const next = nextVisible(text, i + 1);
    return next === -1 || isUpper(next);
  }
  return true;
}

/**
 * Whether the "?" at `i` is part of an emoji mangled by a wrong text encoding ("safe ??Â¸??Â¸ forever"):
 * a run of "?" glued to a character that only shows up in mis-decoded UTF-8 (Â, Ã, â, ð) or to "�".
 */
export function isMangledEmoji(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && text.charCodeAt(j) === QUESTION) j++;
  const next = j < text.length ? text.charCodeAt(j) : 0;
  return next === 0xc2 || next === 0xc3 || next === 0xe2 || next === 0xf0 || next === 0xfffd;
}

/** The end of a run of terminators and closing quotes or brackets: "?!", "??", "...", '?")'. */
function terminatorRunEnd(text: string, i: number): number {
  let end = i + 1;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isTerminator(code) || code === 41 || code === 93 || code === 34 || code === 39 || code === 0x201d || code === 0x2019) end++;
    else break;
  }
  return end;
}

/**
 * Where an emoji (with its modifiers and joiners, and any emoji right after it) or an ASCII smiley
 * such as ":)" or ":-(" starting at `i` ends; `i` itself when none starts there.
 */
function emojiEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code === 58 || code === 59 || code === 61) {
    let j = i + 1;
    if (text.charCodeAt(j) === 45) j++;
    const face = text.charCodeAt(j);
    return face === 41 || face === 40 || face === 68 || face === 80 ? j + 1 : i;
  }
  let j = i;
  while (j < text.length) {
    const point = text.codePointAt(j)!;
    const width = point > 0xffff ? 2 : 1;
    if (point === 0x200d || point === 0xfe0f || point === 0xfe0e || (point >= 0x1f3fb && point <= 0x1f3ff)) j += width;
    else if (point >= 0x2000 && pictographic.test(String.fromCodePoint(point))) j += width;
    else break;
  }
  return j;
}

/** The letters (and inner dots, as in "e.g" or "U.S") right before position `i`. */
function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0) {
    const code = text.charCodeAt(s - 1);
    if (isAsciiLetter(code) || (code === FULL_STOP && s - 1 > 0 && isAsciiLetter(text.charCodeAt(s - 2)))) s--;
    else break;
  }
  return text.slice(s, i);
}

/** "u.s", "a.m": single letters joined by dots. */
function isInitialism(word: string): boolean {
  if (word.length < 3) return false;
  for (let k = 0; k < word.length; k += 2) {
    if (!isAsciiLetter(word.charCodeAt(k))) return false;
    if (k + 1 < word.length && word.charCodeAt(k + 1) !== FULL_STOP) return false;
  }
  return true;
}

/** Whether the dot at `i` sits inside a web or e-mail address or a file name, e.g. "savethechildren.org". */
function isWebAddress(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--;
  let e = i + 1;
  while (e < text.length && isAsciiLetter(text.charCodeAt(e))) e++;
  const token = text.slice(s, e).toLowerCase();
  if (token.includes('@') || token.includes('://') || token.startsWith('www.')) return true;
  return domainEndings.has(text.slice(i + 1, e).toLowerCase());
}

function nextVisible(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (!isSpace(code)) return code;
  }
  return -1;
}

function pushSpan(text: string, from: number, to: number, spans: SentenceSpan[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s < e && hasLetterOrDigit(text, s, e)) spans.push({ text: text.slice(s, e), start: s, end: e });
}

function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const code = text.charCodeAt(j);
    if (isAsciiLetter(code) || isDigit(code)) return true;
    if (code > 127 && nonAsciiLetterOrDigit.test(text[j]!)) return true;
  }
  return false;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLetter(code: number): boolean {
  return isAsciiLetter(code) || (code > 127 && code < 0x2000 && nonAsciiLetterOrDigit.test(String.fromCharCode(code)));
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
