/**
 * What one clause does, read from how it starts: a greeting, a hand-over ("how about you?"), a
 * rhetorical question, an ask (proposal, offer or request for action), or a question asked — and
 * whether that question is open or closed (docs/listening/question-guideline.md). Clauses that start
 * with none of these cues get `undefined` at once; the sentence rules then look at tags and at "?".
 */
import type { QuestionKind } from '../types.ts';
import { isNumber, matchPhrase, matchPhraseExactly, type PhraseTrie } from './phrase-trie.ts';
import { lexicon } from './question-lexicon.ts';

export type SentenceAct = 'question' | 'ask' | 'greeting' | 'backchannel' | 'rhetorical' | 'echo' | 'statement';

export interface ClauseAct {
  act: SentenceAct;
  /** Only for questions. */
  kind?: QuestionKind;
  /** Where the cue ends (for a question read from its first word, the clause end); another act may follow. */
  end: number;
}

/** What the conversation so far tells the rules; one per utterance, updated sentence by sentence. */
export interface UtteranceState {
  /** A greeting or pleasantry answer came earlier in this utterance. */
  greeted: boolean;
  /** Whether the other speaker's previous utterance held a pleasantry (computed on first need). */
  previousGreets(): boolean;
  /** The kind of the last question in the other speaker's previous utterance, which "and you?" hands back. */
  previousQuestionKind(): QuestionKind | undefined;
}

/** What the clause rules know about the sentence around the clause. */
export interface ClauseFacts {
  /** The sentence has a question mark. */
  asks: boolean;
  /** The sentence ends by offering options ("…, water or food?"), which makes a what-question closed. */
  choiceOffered: boolean;
  /** A question was found earlier in the sentence: "how much … and how you want me to pay" asks twice. */
  questionSoFar: boolean;
  utterance: UtteranceState;
}

/** Without "?", only a hand-over this long counts ("what about you", not "and you"). */
export const HANDOVER_WITHOUT_MARK = 3;

/**
 * The act of the clause `words[from..to)`, `from` being past any opener ("so", "hi"); else undefined.
 * `opening` says the clause starts the sentence, where a question word alone is a strong cue.
 */
export function classifyClause(words: readonly string[], from: number, to: number, opening: boolean, facts: ClauseFacts): ClauseAct | undefined {
  const greetingEnd = Math.max(greetingAt(words, from, to), pleasantryEnd(lexicon.pleasantryAnswers, words, from, to));
  if (greetingEnd > 0) return { act: 'greeting', end: greetingEnd };
  if (to === words.length && matchPhraseExactly(lexicon.handovers, words, from, to) && (facts.asks || to - from >= HANDOVER_WITHOUT_MARK)) return handover(facts, to);
  const rhetoricalEnd = matchPhrase(lexicon.rhetorical, words, from, to);
  // "You know X?" asserts X; a clause that is only "you know" is a tag, left to the sentence rules.
  if (rhetoricalEnd > 0 && !(rhetoricalEnd === to && matchPhraseExactly(lexicon.backchannelTags, words, from, to))) return { act: 'rhetorical', end: rhetoricalEnd };
  const requestEnd = matchPhrase(lexicon.infoRequests, words, from, to);
  if (requestEnd > 0) return { act: 'question', kind: kindAfterCue(words, requestEnd, to, facts), end: requestEnd };
  // "how about I …" is an ask, "how about your family?" an open question: the longer phrase decides.
  const askEnd = Math.max(matchPhrase(lexicon.asks, words, from, to), facts.asks ? matchPhrase(lexicon.declarativeAsks, words, from, to) : -1);
  const openEnd = matchPhrase(lexicon.openQuestions, words, from, to);
  if (openEnd > askEnd) return { act: 'question', kind: 'open', end: openEnd };
  if (askEnd > 0) return { act: 'ask', end: askEnd };
  const indirectEnd = matchPhrase(lexicon.indirect, words, from, to);
  if (indirectEnd > 0) return indirect(words, indirectEnd, to, facts);
  const first = words[from]!;
  if (lexicon.wh.has(first) && (facts.asks || facts.questionSoFar || whAsks(words, from, to, opening))) return { act: 'question', kind: whKind(words, from, facts), end: to };
  if (lexicon.aux.has(first) && auxAsks(words, from, to, facts.asks)) return { act: 'question', kind: 'closed', end: to };
  if (facts.asks && lexicon.closedStarters.has(first)) return { act: 'question', kind: 'closed', end: to };
  return undefined;
}

/**
 * "How about you?": small talk right after a pleasantry; otherwise a question handing the floor over —
 * the other speaker's own question handed back (closed after "Are you excited?"), or open.
 */
export function handover(facts: ClauseFacts, end: number): ClauseAct {
  const { utterance } = facts;
  if (utterance.greeted || utterance.previousGreets()) return { act: 'greeting', end };
  return { act: 'question', kind: utterance.previousQuestionKind() ?? 'open', end };
}

/**
 * The end of a pleasantry ("how are you doing today") starting at `from`, or -1 when there is none or
 * the clause goes on as a real question ("how are you doing *with* the move?").
 */
export function greetingAt(words: readonly string[], from: number, to: number): number {
  return pleasantryEnd(lexicon.greetings, words, from, to);
}

/** The same for any pleasantry phrase list, e.g. the answers "I'm good" (but not "I'm good *with* that"). */
function pleasantryEnd(trie: PhraseTrie, words: readonly string[], from: number, to: number): number {
  const end = matchPhrase(trie, words, from, to);
  if (end < 0 || (end < to && lexicon.continuations.has(words[end]!))) return -1;
  return end;
}

/** Open unless the question asks for one short fact (when, where, who, which, how many, what time…) or offers a choice. */
function whKind(words: readonly string[], at: number, facts: ClauseFacts): QuestionKind {
  const wh = words[at]!;
  if (lexicon.closedWh.has(wh)) return 'closed';
  if (wh === 'how' && lexicon.closedHow.has(words[at + 1]!)) return 'closed';
  if (wh === 'what' && asksWhatFact(words, at)) return 'closed';
  return facts.choiceOffered ? 'closed' : 'open';
}

/**
 * "what" used like "which": before a short-fact noun ("what time", "what is the minimum amount") or
 * before a singular noun and its verb ("what charity are you involved in"), but not "what kind of",
 * "what else", or a plural that invites a list ("what supplies are you looking for").
 */
function asksWhatFact(words: readonly string[], at: number): boolean {
  const next = words[at + 1];
  if (next === undefined) return false;
  if (lexicon.shortFacts.has(next)) return true;
  if (lexicon.aux.has(next)) {
    if (!lexicon.determiners.has(words[at + 2]!)) return false;
    return lexicon.shortFacts.has(words[at + 3]!) || lexicon.shortFacts.has(words[at + 4]!);
  }
  const plural = next.endsWith('s') && !next.endsWith('ss');
  return !plural && !lexicon.subjects.has(next) && !lexicon.openWhatWords.has(next) && lexicon.aux.has(words[at + 2]!);
}

/**
 * "I wonder how …", "tell me more": a question — unless it wraps a request ("I was wondering if you
 * could spare some water" is an ask).
 */
function indirect(words: readonly string[], cueEnd: number, to: number, facts: ClauseFacts): ClauseAct {
  if (lexicon.closedAfterCue.has(words[cueEnd - 1]!) && matchPhrase(lexicon.declarativeAsks, words, cueEnd, to) > 0) return { act: 'ask', end: to };
  return { act: 'question', kind: kindAfterCue(words, cueEnd, to, facts), end: cueEnd };
}

/**
 * After "tell me" or "I wonder", the question word that ends the cue or follows it decides; "if" or
 * "whether" is closed; anything else open ("tell me more").
 */
function kindAfterCue(words: readonly string[], cueEnd: number, to: number, facts: ClauseFacts): QuestionKind {
  for (const at of [cueEnd - 1, cueEnd]) {
    if (at >= to) break;
    const word = words[at]!;
    if (lexicon.wh.has(word)) return whKind(words, at, facts);
    if (lexicon.closedAfterCue.has(word)) return 'closed';
  }
  return 'open';
}

/**
 * Whether a clause opening with a question word asks even without "?": "what do you need", "how much
 * of my donation goes to the kids", "what charity are you involved in" — but not "what I need is
 * water", "when I was new", or a relative clause such as "…, which are available to all".
 */
function whAsks(words: readonly string[], from: number, to: number, opening: boolean): boolean {
  const next = words[from + 1];
  if (next === undefined || from + 1 >= to || lexicon.subjects.has(next)) return false;
  if (lexicon.aux.has(next)) return opening || lexicon.subjects.has(words[from + 2]!);
  if (!opening) return false;
  if (words[from] === 'how' && lexicon.closedHow.has(next)) return true;
  const last = Math.min(from + 5, to - 1);
  for (let j = from + 2; j < last; j++) {
    if (lexicon.aux.has(words[j]!) && lexicon.subjects.has(words[j + 1]!)) return true;
  }
  return false;
}

/**
 * Whether a clause opening with an auxiliary asks: with "?" nearly always; without, when a subject
 * follows ("are you willing …", "is this charity local") — and "do"/"have" need a personal one, so
 * "Do it" and "Have a great day" stay commands.
 */
function auxAsks(words: readonly string[], from: number, to: number, asks: boolean): boolean {
  if (from + 1 >= to) return false;
  const next = words[from + 1]!;
  if (lexicon.imperativeAux.has(words[from]!)) return lexicon.personalSubjects.has(next);
  return asks || lexicon.subjects.has(next) || isNumber(next);
}
