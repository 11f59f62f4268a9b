/**
 * How questions spread across the call's thirds. Top performers keep asking throughout; average ones
 * ask most of their questions early and then present.
 */
import type { QuestionSpread } from '../types.ts';
import type { PreparedUtterance } from './prepare-utterances.ts';

export function questionSpread(utterances: readonly PreparedUtterance[]): QuestionSpread {
  const spread: QuestionSpread = { us: [0, 0, 0], client: [0, 0, 0] };
  for (const u of utterances) {
    if (u.questions.length === 0 || u.side === 'unknown') continue;
    const third = Math.min(2, Math.floor(u.position * 3)) as 0 | 1 | 2;
    spread[u.side][third] += u.questions.length;
  }
  return spread;
}
