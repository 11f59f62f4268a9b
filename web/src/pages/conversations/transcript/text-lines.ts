/** Lines of a pasted text, counted as the transcript reader counts them (from 1; CRLF or LF). */

/** The character range [start, end) of line `line` (1-based) in the text; the end of the text past its last line. */
export function textOffsetOfLine(text: string, line: number): [number, number] {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return [text.length, text.length];
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}
