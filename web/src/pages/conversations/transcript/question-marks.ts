/**
 * Splits an utterance's text into plain pieces and the question sentences the analysis found in it, so
 * the transcript can mark each question where it was said. A question whose text cannot be found (it
 * should not happen: the analysis quotes the utterance) is simply left unmarked.
 */
import type { Question, QuestionKind } from '../../../../../src/listening/types.ts';

export interface TextPiece {
  text: string;
  question?: QuestionKind;
}

export function markQuestions(text: string, questions: readonly Question[]): TextPiece[] {
  if (questions.length === 0) return [{ text }];
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const q of questions) {
    const at = text.indexOf(q.text, from);
    if (at < 0 || q.text.length === 0) continue;
    if (at > from) pieces.push({ text: text.slice(from, at) });
    pieces.push({ text: q.text, question: q.kind });
    from = at + q.text.length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}
