/**
 * The close-out's rule for follow-ups: a follow-up must say what exactly we will bring the client.
 * "Just checking in" asks for their time and gives nothing; "Send the two client stories about month-end
 * close" gives them a reason to meet. Pure functions, no database: tests/domain/generic-follow-up.test.ts.
 */
import type { Notes } from '../../common/limits.ts';

/** Phrases that only say "we will be in touch" (normalised: lower case, no punctuation), longest first. */
const genericPhrases = [
  'see how things are going',
  'see how it is going',
  'see how its going',
  'see where things stand',
  'see if they need anything',
  'see if anything changed',
  'keep the conversation going',
  'continue the conversation',
  'how are things',
  'just checking in',
  'checking in',
  'check in',
  'checkin',
  'touching base',
  'touch base',
  'following up',
  'follow up',
  'followup',
  'any updates',
  'any update',
  'any news',
  'circling back',
  'circle back',
  'catching up',
  'catch up',
  'catchup',
  'reaching out',
  'reach out',
  'keep in touch',
  'stay in touch',
  'get in touch',
  'be in touch',
  'keep warm',
  'quick call',
  'quick chat',
  'next steps',
  'next step',
  'status update',
  'say hello',
  'say hi',
].map((phrase) => phrase.split(' '));

/**
 * Words that carry no content on their own: grammar, ways of getting in touch, and vague timing. "Send",
 * "share", "bring" and "introduce" are left out on purpose: what follows them is what makes it specific.
 */
const fillerWords = new Set(
  `a an the and or but nor to of on in at for with about from by into onto re regarding via per
   them they their theirs him her his hers she he it its we us our you your i me my myself this that these those there
   is are be been being was were am will would can could should shall may might must do does did done have has had
   if how what when whether which who whom any some all so as up out back over again also just still only very
   really quite more most not no yes ok okay please thanks thank hello hi hey dear mr mrs ms dr
   call calls calling called ring phone email emails emailing mail text message messages msg ping nudge
   remind reminder chat talk speak speaking meet meeting visit contact contacting hear touch
   check checking see seeing follow following followup update updates news catch circle reach sync connect
   discuss discussion conversation convo loop get go going things thing stuff everything anything something
   quick quickly brief briefly soon later sometime maybe perhaps
   today tomorrow tonight week weeks weekly month months monthly day days next last this few couple
   two three monday tuesday wednesday thursday friday saturday sunday morning afternoon evening eod eow asap
   client clients customer team folks`.split(/\s+/),
);

/** Lower case, letters and digits only (punctuation and emoji become spaces), single spaces. */
export function normaliseFollowUp(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function withoutPhrases(words: string[]): string[] {
  const rest: string[] = [];
  let i = 0;
  outer: while (i < words.length) {
    for (const phrase of genericPhrases) {
      if (phrase.every((w, j) => words[i + j] === w)) {
        i += phrase.length;
        continue outer;
      }
    }
    rest.push(words[i]!);
    i += 1;
  }
  return rest;
}

/**
 * The words that would tell the client what they get. `ignore` adds words that say nothing about the
 * content either, such as the names of the people the follow-up is for ("Catch up with Maya Okafor").
 */
export function meaningfulWords(text: string, ignore: readonly string[] = []): string[] {
  const ignored = new Set(ignore.flatMap(normaliseFollowUp));
  return withoutPhrases(normaliseFollowUp(text)).filter((w) => !fillerWords.has(w) && !ignored.has(w));
}

/** Generic when, after generic phrases, filler words and the client's names are set aside, fewer than two words remain. */
export function isGenericFollowUp(text: string, ignore: readonly string[] = []): boolean {
  return meaningfulWords(text, ignore).length < 2;
}

/** Why a specific follow-up helps the client: the 422's message. */
export const genericFollowUpMessage =
  'A follow-up that says what you will bring gives the client a reason to meet and shows you listened; ' +
  '“just checking in” asks for their time and gives nothing. Say what exactly you will bring.';

/** What a conversation offers to suggest from: its notes and our summary. */
export interface SuggestionSource {
  notes?: Notes | Record<string, string>;
  summary?: string | null;
}

const SHORT_WORDS = 9;

/** Their words, shortened: the first sentence, at most a few words, without wrapping quotes or a full stop. */
export function shorten(text: string, maxWords = SHORT_WORDS): string {
  const first = text.trim().split(/(?<=[.!?;]["”’')]*)\s|\n/)[0] ?? '';
  const clean = first.replace(/^["“”'‘’\s]+|["“”'‘’\s]+$/g, '').replace(/[.!?;:,]+$/, '');
  const words = clean.split(/\s+/).filter(Boolean);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(' ')}…` : words.join(' ');
}

/** One phrasing per kind of note, in the order they are tried; each names a concrete thing to bring. */
const templates: { from: (s: SuggestionSource) => string | null | undefined; write: (words: string) => string }[] = [
  { from: (s) => s.notes?.goals, write: (w) => `Send a one-page note on how others reached “${w}”` },
  { from: (s) => s.notes?.challenges, write: (w) => `Share two examples of clients who got past “${w}”` },
  { from: (s) => s.notes?.concerns, write: (w) => `Bring a short written answer to their concern: “${w}”` },
  { from: (s) => s.notes?.situation, write: (w) => `Send a checklist written for their situation: “${w}”` },
  { from: (s) => s.summary, write: (w) => `Send a written recap with one idea on “${w}”` },
];

/** Used when the conversation noted too little to suggest from. */
const fallbackSuggestions = [
  'Send a one-page summary of what they told us, with one idea for their biggest challenge',
  'Introduce them to someone who has solved the same problem',
  'Share a short sample of similar work, done on their own figures',
];

const MAX_SUGGESTIONS = 3;

/** A few concrete follow-ups drawn from the conversation's notes, in a fixed order (the same input, the same list). */
export function suggestFollowUps(source: SuggestionSource): string[] {
  const suggestions: string[] = [];
  for (const template of templates) {
    const text = template.from(source)?.trim();
    const words = text ? shorten(text) : '';
    if (words) suggestions.push(template.write(words));
    if (suggestions.length === MAX_SUGGESTIONS) return suggestions;
  }
  for (const fallback of fallbackSuggestions) {
    if (suggestions.length >= MAX_SUGGESTIONS) break;
    suggestions.push(fallback);
  }
  return suggestions;
}
