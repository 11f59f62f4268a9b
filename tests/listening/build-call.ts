/** Builds utterance lists for tests: `say('Dana', 'text', 0, 10)` with optional times in seconds. */
import type { Utterance } from '../../src/listening/index.ts';

export function callOf(lines: readonly [speaker: string, text: string, start?: number, end?: number][]): Utterance[] {
  return lines.map(([speaker, text, start, end], index) => ({
    index,
    speaker,
    text,
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
  }));
}

/** `n` words of filler talk. */
export function words(n: number, word = 'detail'): string {
  return Array.from({ length: n }, () => word).join(' ');
}
