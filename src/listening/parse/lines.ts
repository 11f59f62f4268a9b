/**
 * Splitting a transcript into lines, once, the same way for every line-based format: a UTF-8 BOM is
 * dropped, LF, CRLF and a lone CR all end a line, and each line is trimmed (so trailing spaces and
 * whitespace-only lines do not matter). Indexes into the array are 0-based; line numbers shown to
 * people are index + 1.
 */
const LINE_BREAK = /\r\n|\r|\n/;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function splitLines(text: string): string[] {
  const lines = stripBom(text).split(LINE_BREAK);
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.trim();
  return lines;
}

/** Index of the first non-blank line at or after `from`, or -1. */
export function firstNonBlank(lines: readonly string[], from = 0): number {
  for (let i = from; i < lines.length; i++) if (lines[i] !== '') return i;
  return -1;
}

/** Index of the last non-blank line, or -1. */
export function lastNonBlank(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i] !== '') return i;
  return -1;
}

const WHITESPACE_RUN = /\s+/g;
/** Whitespace other than a lone plain space; most lines have none, and skip the replace. */
const UNTIDY_SPACE = /[^\S ]| {2}/;

/** Collapses runs of whitespace (newlines, tabs, no-break spaces) to one space and trims. */
export function tidyText(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(WHITESPACE_RUN, ' ').trim() : text.trim();
}
