/**
 * The act of one sentence. In order: a sentence that is only a backchannel ("Really?") or a
 * confirmation ("Correct?"); then each clause start — the sentence start, after a comma, after
 * "and/but/so", and in run-on chat at "do you"/"what do you" — through the clause rules, the
 * strongest act winning (question > ask > greeting > rhetorical), with a final hand-over ("…, how
 * about you?") among them; a yes/no question ending "…work for you?" is an ask. A sentence with "?"
 * and no cue at any clause start is then read by its tail ("…, you know?" backchannel, "…, right?"
 * closed), as a bare echo ("Food?"), or else as a declarative question ("You need water the
 * most?"), closed. Without "?" and a cue it is a statement: most sentences stop after a few set
 * look-ups.
 */
import type { QuestionKind } from '../types.ts';
import { classifyClause, handover, HANDOVER_WITHOUT_MARK, type ClauseFacts, type SentenceAct, type UtteranceState } from './clause-rules.ts';
import { matchPhrase, matchPhraseEndingAt, matchPhraseExactly } from './phrase-trie.ts';
import { lexicon } from './question-lexicon.ts';
import type { SentenceTokens } from './sentence-tokens.ts';

export interface SentenceVerdict {
  act: SentenceAct;
  kind?: QuestionKind;
}

const strength: Record<SentenceAct, number> = { question: 6, ask: 5, greeting: 4, rhetorical: 3, backchannel: 2, echo: 1, statement: 0 };
const STATEMENT: SentenceVerdict = { act: 'statement' };
const BACKCHANNEL: SentenceVerdict = { act: 'backchannel' };
const CLOSED_QUESTION: SentenceVerdict = { act: 'question', kind: 'closed' };
const ASK: SentenceVerdict = { act: 'ask' };
/** Longest bare echo, in words ("Just the water?"). */
const ECHO_WORDS = 3;

export function classifySentence(tokens: SentenceTokens, state: UtteranceState): SentenceVerdict {
  const { words, asks } = tokens;
  const n = words.length;
  if (n === 0) return STATEMENT;
  const facts: ClauseFacts = { asks, choiceOffered: asks && offersChoice(tokens), questionSoFar: false, utterance: state };
  const start = skipOpeners(words, 0, n);
  if (asks && (matchPhraseExactly(lexicon.backchannels, words, 0, n) || matchPhraseExactly(lexicon.backchannels, words, start, n))) return BACKCHANNEL;
  if (asks && matchPhraseExactly(lexicon.standaloneTags, words, start, n)) return CLOSED_QUESTION;

  const found = strongest(scanClauses(tokens, facts), handoverTail(words, facts));
  if (found) return isProposalCheck(found, words, start) ? ASK : found;
  if (!asks) return STATEMENT;
  return tagVerdict(words) ?? (isEcho(words, start) ? { act: 'echo' } : CLOSED_QUESTION);
}

/** Runs the clause rules at every clause start and keeps the strongest act (an open question over a closed one). */
function scanClauses(tokens: SentenceTokens, facts: ClauseFacts): SentenceVerdict | undefined {
  const { words, clauseStarts } = tokens;
  let best: SentenceVerdict | undefined;
  for (let c = 0; c < clauseStarts.length; c++) {
    const clauseEnd = c + 1 < clauseStarts.length ? clauseStarts[c + 1]! : words.length;
    let pos = clauseStarts[c]!;
    while (pos < clauseEnd) {
      const from = skipOpeners(words, pos, clauseEnd);
      const found = classifyClause(words, from, clauseEnd, c === 0 && pos === 0, facts);
      if (found) {
        if (found.act === 'greeting') facts.utterance.greeted = true;
        if (found.act === 'question') facts.questionSoFar = true;
        best = strongest(best, found);
        if (found.act === 'greeting' && found.end < clauseEnd) {
          pos = found.end;
          continue;
        }
      }
      pos = nextClauseStart(words, from + 1, found ? found.end : from + 1, clauseEnd);
    }
  }
  return best;
}

/** The stronger of two verdicts; between two questions, open wins (an utterance with an open question is open). */
function strongest(best: SentenceVerdict | undefined, found: SentenceVerdict | undefined): SentenceVerdict | undefined {
  if (!found) return best;
  if (!best || strength[found.act] > strength[best.act]) return found.kind ? { act: found.act, kind: found.kind } : { act: found.act };
  if (found.act === 'question' && found.kind === 'open' && best.kind === 'closed') return { act: 'question', kind: 'open' };
  return best;
}

/** Past the discourse words a clause may open with ("so", "ok", "hi there"), keeping at least one word. */
function skipOpeners(words: readonly string[], from: number, to: number): number {
  let at = from;
  for (;;) {
    const end = matchPhrase(lexicon.openers, words, at, to);
    if (end < 0 || end >= to) return at;
    at = end;
  }
}

/**
 * Where another clause may start inside this one, else the clause end: after "and"/"but"/"so", or,
 * in run-on chat, at a question to the listener ("great idea *what do you* think", "that's nice
 * *do you* have kids") once past the cue already read (`cueEnd`: "how *are you*" is one greeting).
 */
function nextClauseStart(words: readonly string[], from: number, cueEnd: number, to: number): number {
  for (let i = from; i < to - 1; i++) {
    const word = words[i]!;
    if (lexicon.conjunctions.has(word)) return i + 1;
    if (i < cueEnd) continue;
    const next = words[i + 1]!;
    if (lexicon.wh.has(word) && lexicon.aux.has(next) && lexicon.youWords.has(words[i + 2]!)) return i;
    if (lexicon.midSentenceAux.has(word) && lexicon.youWords.has(next)) return i;
  }
  return to;
}

/** "…, how about you" at the end of a sentence with no other cue. */
function handoverTail(words: readonly string[], facts: ClauseFacts): SentenceVerdict | undefined {
  const from = matchPhraseEndingAt(lexicon.handovers, words, 1, words.length);
  const length = words.length - from;
  if (from < 0 || length < 2 || (!facts.asks && length < HANDOVER_WITHOUT_MARK)) return undefined;
  const { act, kind } = handover(facts, words.length);
  return kind ? { act, kind } : { act };
}

/** A yes/no question that ends by checking a proposal suits the listener: "Would Tuesday work for you?". */
function isProposalCheck(found: SentenceVerdict, words: readonly string[], start: number): boolean {
  if (found.act !== 'question' || found.kind !== 'closed' || !lexicon.aux.has(words[start]!)) return false;
  return matchPhraseEndingAt(lexicon.askTails, words, start + 1, words.length) >= 0;
}

/** "…, you know?" only checks attention; "…, right?" asks for confirmation (closed). */
function tagVerdict(words: readonly string[]): SentenceVerdict | undefined {
  if (matchPhraseEndingAt(lexicon.backchannelTags, words, 1, words.length) >= 0) return BACKCHANNEL;
  if (matchPhraseEndingAt(lexicon.questionTags, words, 1, words.length) >= 0) return CLOSED_QUESTION;
  return undefined;
}

/** A bare item with "?", as in a list ("Food? Clothing? Shelter?"): short, without an auxiliary, question word or pronoun. */
function isEcho(words: readonly string[], from: number): boolean {
  if (words.length - from > ECHO_WORDS) return false;
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    if (lexicon.aux.has(w) || lexicon.wh.has(w) || lexicon.personalSubjects.has(w)) return false;
  }
  return true;
}

/** Whether the sentence's last clause lists options with "or": "What would you like, food or water?". */
function offersChoice(tokens: SentenceTokens): boolean {
  const { words, clauseStarts } = tokens;
  if (clauseStarts.length < 2) return false;
  for (let i = clauseStarts[clauseStarts.length - 1]!; i < words.length; i++) if (words[i] === 'or') return true;
  return false;
}
