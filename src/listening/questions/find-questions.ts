/**
 * The questions an utterance asks, for counting: its sentences that ask the other person for
 * information, an opinion or an explanation — not greetings, backchannels, rhetorical questions, asks
 * or echoes (docs/listening/question-guideline.md).
 */
import type { Question, QuestionKind } from '../types.ts';
import { classifySentences, type QuestionContext } from './classify-sentences.ts';

export function findQuestions(text: string, context?: QuestionContext): Question[] {
  const questions: Question[] = [];
  for (const sentence of classifySentences(text, context)) {
    if (sentence.act === 'question') questions.push({ text: sentence.text, kind: sentence.kind ?? 'closed' });
  }
  return questions;
}

/** An utterance's kind for open-vs-closed counts: open when any of its questions is open. */
export function utteranceQuestionKind(questions: readonly Question[]): QuestionKind | undefined {
  if (questions.length === 0) return undefined;
  return questions.some((q) => q.kind === 'open') ? 'open' : 'closed';
}
