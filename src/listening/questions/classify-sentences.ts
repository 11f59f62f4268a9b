/**
 * The act of each sentence of an utterance — a question asked (open or closed), an ask, a greeting, a
 * backchannel, a rhetorical question, an echo, or a statement — as docs/listening/question-guideline.md
 * defines them. `context.previous` is the other speaker's utterance just before: after "How are you?",
 * "Good, and you?" is small talk, not a question.
 */
import type { QuestionKind } from '../types.ts';
import { splitSentences, type SentenceSpan } from '../text/sentences.ts';
import { greetingAt, type SentenceAct, type UtteranceState } from './clause-rules.ts';
import { classifySentence } from './classify-sentence.ts';
import { tokenizeSentence } from './sentence-tokens.ts';

export type { SentenceAct } from './clause-rules.ts';

export interface ClassifiedSentence extends SentenceSpan {
  act: SentenceAct;
  /** Only for questions. */
  kind?: QuestionKind;
}

export interface QuestionContext {
  /** The previous utterance's text, when the other speaker said it. */
  previous?: string;
}

export function classifySentences(text: string, context?: QuestionContext): ClassifiedSentence[] {
  const state = utteranceState(context?.previous);
  const sentences: ClassifiedSentence[] = [];
  for (const { text: sentence, start, end } of splitSentences(text)) {
    const { act, kind } = classifySentence(tokenizeSentence(sentence), state);
    sentences.push(kind ? { text: sentence, start, end, act, kind } : { text: sentence, start, end, act });
  }
  return sentences;
}

function utteranceState(previous: string | undefined): UtteranceState {
  let previousGreets: boolean | undefined;
  let previousKind: { kind?: QuestionKind } | undefined;
  return {
    greeted: false,
    previousGreets: () => (previousGreets ??= previous !== undefined && holdsGreeting(previous)),
    previousQuestionKind: () => (previousKind ??= { kind: previous === undefined ? undefined : lastQuestionKind(previous) }).kind,
  };
}

function lastQuestionKind(text: string): QuestionKind | undefined {
  const questions = classifySentences(text).filter((s) => s.act === 'question');
  return questions[questions.length - 1]?.kind;
}

/** Whether a pleasantry ("how are you doing?") occurs anywhere in the text. */
function holdsGreeting(text: string): boolean {
  const { words } = tokenizeSentence(text);
  for (let i = 0; i < words.length; i++) if (greetingAt(words, i, words.length) > 0) return true;
  return false;
}
