/**
 * Finding a person's name in free text (decision 020), without a database: the terms to look for (the full
 * name, then the last and first names on their own), a whole-word, case-insensitive match that treats any
 * letter or digit as part of a word (so "Ann" is not found in "Annual"), and a short excerpt around it.
 */

/** Characters of context kept on each side of a match in an excerpt (about 60 in all). */
export const excerptContext = 30;

export interface NameMention {
  /** The text around the match, whitespace collapsed, with "…" where it was cut. */
  excerpt: string;
  /** Where the match sits in the excerpt, to highlight it. */
  matchStart: number;
  matchLength: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The terms a name is looked for by, most specific first: the full name, then the last and first names
 * (a name of one word is just itself). Single letters ("J.") are left out: they would match everywhere.
 */
export function nameTerms(fullName: string): string[] {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const terms = [words.join(' ')];
  if (words.length > 1) terms.push(words.at(-1)!, words[0]!);
  const meaningful = terms.map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((t) => t.length >= 2);
  return [...new Set(meaningful.map((t) => t.toLowerCase()))].map((lower) => meaningful.find((t) => t.toLowerCase() === lower)!);
}

/** A whole-word, case-insensitive pattern for one term; spaces inside it match any run of whitespace. */
function termPattern(term: string): RegExp {
  const body = term.split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Patterns for the terms of a name, in the same order; build once per erasure, use on every text. */
export function namePatterns(fullName: string): RegExp[] {
  return nameTerms(fullName).map(termPattern);
}

/** The first term found in `text` (most specific first), with its excerpt; null when none is. */
export function findMention(text: string | null | undefined, patterns: readonly RegExp[]): NameMention | null {
  if (!text) return null;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return excerptAround(text, match.index, match[0].length);
  }
  return null;
}

/** About `excerptContext` characters each side of text[start, start + length), cut at spaces where possible. */
export function excerptAround(text: string, start: number, length: number): NameMention {
  let from = Math.max(0, start - excerptContext);
  let to = Math.min(text.length, start + length + excerptContext);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space >= start + length) to = space;
  }
  const collapse = (s: string) => s.replace(/\s+/g, ' ');
  const before = (from > 0 ? '…' : '') + collapse(text.slice(from, start)).trimStart();
  const matched = collapse(text.slice(start, start + length));
  const after = collapse(text.slice(start + length, to)).trimEnd() + (to < text.length ? '…' : '');
  return { excerpt: before + matched + after, matchStart: before.length, matchLength: matched.length };
}
