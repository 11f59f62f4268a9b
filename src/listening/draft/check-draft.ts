/**
 * The draft checker — "is this email about them, or about us?" — for an email or message before it is
 * sent: self focus vs client focus, a feature dump, nothing specific to this client (compared with the
 * notes we took from them, when known), and the trust-hurting lines (fake urgency, pushy closes, fake
 * empathy, weak openers).
 */
import { listeningConfig } from '../config/listening-config.ts';
import { groupTrustLineHits, trustLineMessage, trustLineSeverity } from '../findings/trust-line-findings.ts';
import { trustLineHits } from '../measures/trust-lines.ts';
import { countReferences, selfNamePatterns } from '../text/references.ts';
import { splitSentences, type SentenceSpan } from '../text/sentences.ts';
import { countWords } from '../text/words.ts';
import type { DraftCheck, DraftFinding } from '../types.ts';
import { distinctiveWords } from './distinctive-words.ts';

export interface DraftOptions {
  /** What the client told us (conversation notes), to check the draft says something specific to them. */
  notes?: readonly string[];
  clientName?: string;
  /** The firm's own names, counted as references to us. */
  selfNames?: readonly string[];
}

const limits = listeningConfig.thresholds.draft;
const overviewPattern = new RegExp(`\\b(?:${listeningConfig.companyOverview.patterns.join('|')})\\b`, 'gi');
/** The greeting line and the first sentence after it are the draft's opening. */
const openingSentences = 2;

export function checkDraft(text: string, options: DraftOptions = {}): DraftCheck {
  const selfNames = selfNamePatterns(options.selfNames ?? []);
  const sentences = splitSentences(text);
  const words = countWords(text);
  const focus = countReferences(text, selfNames);
  const findings: DraftFinding[] = [
    ...trustLines(sentences),
    ...selfFocus(sentences, words, focus, selfNames),
    ...featureDump(sentences),
    ...notSpecific(text, words, options),
  ];
  return { configVersion: listeningConfig.version, words, focus, findings };
}

function span(s: SentenceSpan): DraftFinding['evidence'][number] {
  return { start: s.start, end: s.end, text: s.text };
}

function trustLines(sentences: readonly SentenceSpan[]): DraftFinding[] {
  const texts = sentences.map((s, i) => ({ at: i, text: s.text, opening: i < openingSentences }));
  return groupTrustLineHits(trustLineHits(texts)).map((group) => ({
    code: group[0]!.pattern.category,
    severity: trustLineSeverity[group[0]!.pattern.category],
    message: trustLineMessage(group),
    suggestion: group[0]!.pattern.alternative,
    evidence: group.map((h) => span(sentences[h.at]!)),
  }));
}

function selfFocus(
  sentences: readonly SentenceSpan[],
  words: number,
  focus: { clientReferences: number; selfReferences: number },
  selfNames: readonly RegExp[],
): DraftFinding[] {
  if (words < limits.minWords || focus.selfReferences <= focus.clientReferences * limits.selfToClientMax) return [];
  const leaning = sentences.filter((s) => {
    const refs = countReferences(s.text, selfNames);
    return refs.selfReferences > refs.clientReferences;
  });
  return [
    {
      code: 'self_focus',
      severity: 'warning',
      message: `This draft refers to us ${focus.selfReferences} times ("I", "we", "our") and to the reader ${focus.clientReferences} times ("you", "your").`,
      suggestion: 'Rewrite the sentences about us around the reader: what they said, what they will get, what they decide next.',
      evidence: leaning.slice(0, 5).map(span),
    },
  ];
}

function featureDump(sentences: readonly SentenceSpan[]): DraftFinding[] {
  const pitching = sentences.filter((s) => {
    overviewPattern.lastIndex = 0;
    return overviewPattern.test(s.text);
  });
  if (pitching.length < limits.featureDumpMin) return [];
  return [
    {
      code: 'feature_dump',
      severity: 'warning',
      message: `${pitching.length} sentences describe our firm, credentials or features.`,
      suggestion: 'Keep the one point that answers what this client asked for, and offer the rest if they want it.',
      evidence: pitching.map(span),
    },
  ];
}

function notSpecific(text: string, words: number, options: DraftOptions): DraftFinding[] {
  const notes = (options.notes ?? []).filter((n) => n.trim().length > 0);
  if (notes.length === 0 || words < limits.minWords) return [];
  const fromNotes = distinctiveWords(notes.join('\n'));
  const inDraft = new Set(distinctiveWords(text).map((w) => w.word));
  const shared = fromNotes.filter((w) => inDraft.has(w.word));
  if (shared.length >= limits.specificMinOverlap) return [];
  const examples = fromNotes.slice(0, 3).map((w) => `"${w.word}"`);
  const who = options.clientName ?? 'the client';
  return [
    {
      code: 'not_specific',
      severity: 'warning',
      message: `Nothing in this draft refers to what ${who} told us.`,
      suggestion: examples.length
        ? `Mention something from your notes of your conversations with ${who}, for example ${examples.join(', ')}.`
        : `Mention something ${who} told you in your last conversation.`,
      evidence: [],
    },
  ];
}
