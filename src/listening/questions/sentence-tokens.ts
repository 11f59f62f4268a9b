/**
 * A sentence as the question rules read it: lower-case words with contractions and chat spellings
 * normalised ("what's" → what is, "u" → you, "dont" → don't, "$1.50" → 1.50), plus where its clauses
 * start (after a comma, semicolon, colon, dash or bracket). One pass over the characters.
 */
import { isMangledEmoji } from '../text/sentences.ts';
import { lexicon } from './question-lexicon.ts';

export interface SentenceTokens {
  words: string[];
  /** Indexes in `words` where a clause starts, ascending; always holds 0 when there are words. */
  clauseStarts: number[];
  /** The sentence holds a question mark. */
  asks: boolean;
}

const nonAsciiWordChar = /[\p{L}\p{N}\p{M}]/u;
const typographicApostrophes = /[’‘`´]/g;

export function tokenizeSentence(sentence: string): SentenceTokens {
  const text = sentence.toLowerCase();
  const words: string[] = [];
  const clauseStarts: number[] = [0];
  let asks = false;
  let start = -1;
  let fancyApostrophe = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 32;
    if (isWordChar(code, text, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && isInnerJoiner(code, text, i, start)) {
      if (code !== 39 && code !== 45 && code !== 46 && code !== 44) fancyApostrophe = true;
      continue;
    }
    if (start >= 0) {
      pushWord(text.slice(start, i), fancyApostrophe, words);
      start = -1;
      fancyApostrophe = false;
    }
    if ((code === 63 && !isMangledEmoji(text, i)) || code === 0xff1f) asks = true;
    else if (isClauseMark(code, text, i) && words.length > 0 && clauseStarts[clauseStarts.length - 1] !== words.length) clauseStarts.push(words.length);
  }
  if (clauseStarts[clauseStarts.length - 1] === words.length && words.length > 0) clauseStarts.pop();
  if (words.length === 0) clauseStarts.length = 0;
  return { words, clauseStarts, asks };
}

function isWordChar(code: number, text: string, i: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  return code > 127 && code < 0x2000 && nonAsciiWordChar.test(text[i]!);
}

/**
 * Characters that continue a word when a word character follows: apostrophes ("don't"), hyphens
 * ("follow-up"), and the decimal point or thousands comma of a number ("1.50", "1,000").
 */
function isInnerJoiner(code: number, text: string, i: number, start: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (code === 39 || code === 0x2019 || code === 0x2018 || code === 96 || code === 0xb4) return isWordChar(next, text, i + 1) && !isDigit(next);
  if (code === 45) return isWordChar(next, text, i + 1);
  if (code === 46 || code === 44) return isDigit(next) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(start));
  return false;
}

function isClauseMark(code: number, text: string, i: number): boolean {
  if (code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 0x2013 || code === 0x2014) return true;
  return code === 45; // a hyphen that did not join two words: "this- you", "food - water"
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Expands a (lower-case) word's contraction or chat spelling, and appends the result. */
function pushWord(raw: string, fancyApostrophe: boolean, words: string[]): void {
  const word = fancyApostrophe ? raw.replace(typographicApostrophes, "'") : raw;
  const spelled = lexicon.spellings.get(word);
  if (spelled) {
    for (const w of spelled) words.push(w);
    return;
  }
  const apostrophe = word.lastIndexOf("'");
  if (apostrophe > 0) {
    const exception = lexicon.cliticExceptions.get(word);
    if (exception) {
      for (const w of exception) words.push(w);
      return;
    }
    const expansion = lexicon.clitics.get(word.slice(apostrophe));
    if (expansion) {
      const base = word.slice(0, apostrophe);
      const baseSpelled = lexicon.spellings.get(base);
      if (baseSpelled) for (const w of baseSpelled) words.push(w);
      else words.push(base);
      words.push(expansion);
      return;
    }
  }
  words.push(word);
}
