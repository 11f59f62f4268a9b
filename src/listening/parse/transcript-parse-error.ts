/**
 * The one error a transcript reader throws: it names the line (1-based) and what was expected there,
 * in words a person can act on, e.g.
 * `Line 12: expected a cue timing such as "00:00:01.000 --> 00:00:04.000", found "hello there".`
 */
export class TranscriptParseError extends Error {
  readonly line: number;
  readonly expected: string;

  constructor(line: number, expected: string, message: string) {
    super(message);
    this.name = 'TranscriptParseError';
    this.line = line;
    this.expected = expected;
  }

  /** The usual shape: where, what was expected, and what the line actually says. */
  static at(line: number, expected: string, found: string | undefined): TranscriptParseError {
    return new TranscriptParseError(line, expected, `Line ${line}: expected ${expected}, found ${describeFound(found)}.`);
  }
}

const MAX_QUOTED = 80;

/** Quotes what was found, shortened, or names its absence so the message never shows `""`. */
export function describeFound(found: string | undefined): string {
  if (found === undefined) return 'the end of the file';
  if (found === '') return 'a blank line';
  const shown = found.length > MAX_QUOTED ? `${found.slice(0, MAX_QUOTED - 1)}…` : found;
  return `"${shown}"`;
}
