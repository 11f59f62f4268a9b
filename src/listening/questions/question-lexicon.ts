/**
 * The question detector's English word lists and phrase patterns (data/en/questions.json), compiled
 * once at module load into sets and word tries. Other languages follow by adding a JSON file of the
 * same shape.
 */
import data from '../data/en/questions.json' with { type: 'json' };
import { compilePhrases, type PhraseTrie } from './phrase-trie.ts';

const lists = data.words;
const phrases = data.phrases;
const compile = (patterns: readonly string[]): PhraseTrie => compilePhrases(patterns, lists);
const splitValues = (table: Record<string, string>): Map<string, string[]> => new Map(Object.entries(table).map(([k, v]) => [k, v.split(' ')]));

export const lexicon = {
  version: data.version,
  /** Normalisation: clitics ("'re" → are), their exceptions ("let's"), and chat spellings ("u" → you). */
  clitics: new Map(Object.entries(data.normalise.clitics)),
  cliticExceptions: splitValues(data.normalise.cliticExceptions),
  spellings: splitValues(data.normalise.spellings),

  wh: new Set(lists.wh),
  aux: new Set(lists.aux),
  /** Words that can follow an auxiliary as its subject ("are *you*", "is *the* charity local"). */
  subjects: new Set(lists.subjects),
  /** Auxiliaries that also start commands or subject-less statements ("Do it", "Have a great day", "Had fun"):
   * without a question mark they ask only before a personal subject ("Do you …"). */
  imperativeAux: new Set(lists.imperativeAux),
  personalSubjects: new Set(lists.personalSubjects),
  /** "you" and its forms: a question that starts mid-sentence must be about the listener. */
  youWords: new Set(lists.youWords),
  /** Auxiliaries that start a question in the middle of a run-on sentence ("that's great do you have kids"). */
  midSentenceAux: new Set(lists.midSentenceAux),
  /** Words after which a new clause may start without a comma ("… and do you remember …?"). */
  conjunctions: new Set(lists.conjunctions),
  /** Question words that ask for one short fact: closed. */
  closedWh: new Set(lists.closedWh),
  closedHow: new Set(lists.closedHow),
  /** Things one short fact answers: "what time", "what is the minimum amount" are closed. */
  shortFacts: new Set(lists.shortFacts),
  /** "what kind of", "what else": still open when a noun-like word follows "what". */
  openWhatWords: new Set(lists.openWhatWords),
  determiners: new Set(lists.determiners),
  /** "Any plans for the weekend?", "Anything else?": closed. */
  closedStarters: new Set(lists.closedStarters),
  /** "tell me if …", "I wonder whether …": closed. */
  closedAfterCue: new Set(lists.closedAfterCue),
  /** Words that show "how are you …" goes on as a real question ("how are you doing *with* the move"). */
  continuations: new Set(lists.continuations),

  /** Discourse words a clause may open with before its real start: "so", "hi", "ok", "thank you". */
  openers: compile(phrases.openers),
  /** Pleasantries that expect no information: "how are you (doing today)". */
  greetings: compile(phrases.greetings),
  /** Answers to a pleasantry: "I'm good", "doing well" — they make a following "and you?" a greeting. */
  pleasantryAnswers: compile(phrases.pleasantryAnswers),
  /** Handing the floor over: "you?", "how about you?" — a greeting after a pleasantry, else open. */
  handovers: compile(phrases.handovers),
  /** "How about your family?": open questions that the ask rule would otherwise take. */
  openQuestions: compile(phrases.openQuestions),
  /** A whole sentence that only checks attention: "Right?", "You know?", "Really?". */
  backchannels: compile(phrases.backchannels),
  /** The same at the end of a statement: "It's worth it, you know?". */
  backchannelTags: compile(phrases.backchannelTags),
  /** Tags that ask for confirmation at the end of a statement: "…, right?" (closed). */
  questionTags: compile(phrases.questionTags),
  /** Tags that ask even standing alone: "Correct?". */
  standaloneTags: compile(phrases.standaloneTags),
  /** Questions whose answer the speaker asserts: "Who doesn't want that?". */
  rhetorical: compile(phrases.rhetorical),
  /** Requests to tell, which are questions asked despite their ask-like form: "Can you explain?". */
  infoRequests: compile(phrases.infoRequests),
  /** Proposals, offers and requests for action in question form: "Would you like to donate?". */
  asks: compile(phrases.asks),
  /** The same in statement form, only when the sentence has a question mark: "I take 3 water?". */
  declarativeAsks: compile(phrases.declarativeAsks),
  /** Endings that turn a yes/no question into a proposal: "Does Tuesday *work for you*?". */
  askTails: compile(phrases.askTails),
  /** Indirect questions, with or without a question mark: "Tell me more", "I wonder how …". */
  indirect: compile(phrases.indirect),
};
