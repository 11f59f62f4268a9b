/**
 * The question detector measured against human labels (tests/fixtures/listening/, see its README):
 * PersuasionForGood inquiry acts (precision, recall, F1), CaSiNo preference-eliciting questions
 * (recall; precision only for information, since the label covers a narrow subset of questions), and
 * the open/closed labels written by a person following docs/listening/question-guideline.md.
 *
 * Each corpus is split by conversation, in order of first appearance: the first half is the tuning set
 * (the rules were developed by reading it), the second half is held out. Used by
 * scripts/eval-listening.ts and tests/listening/question-eval.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findQuestions, utteranceQuestionKind } from '../../src/listening/questions/find-questions.ts';
import type { QuestionKind } from '../../src/listening/types.ts';

export const fixturesDir = fileURLToPath(new URL('../../tests/fixtures/listening/', import.meta.url));
export const corpusFiles = {
  persuasion: 'persuasionforgood_sample.jsonl',
  casino: 'casino_annotated_test.jsonl',
  openClosedLabels: 'open-closed-labels.jsonl',
} as const;

export type Part = 'tuning' | 'heldOut';

/** One labelled row (a PersuasionForGood row is one sentence of an utterance, a CaSiNo row one utterance). */
export interface LabelledRow {
  source: string;
  conv_id: string | number;
  idx: number;
  /** PersuasionForGood: the exchange (one message by each side) the sentence belongs to. */
  turn?: number;
  speaker: string | null;
  text: string;
  /** PersuasionForGood: an inquiry act. */
  is_inquiry?: boolean;
  /** CaSiNo: the `elicit-pref` strategy (asking about the other's preferences). */
  is_question_label?: boolean;
}

export interface DetectionScores {
  rows: number;
  labelled: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface KindScores {
  /** Rows a person labelled open or closed. */
  labelled: number;
  /** Of those, rows the detector also finds a question in. */
  detected: number;
  coverage: number;
  correct: number;
  accuracy: number;
}

export interface OpenClosedResult {
  available: boolean;
  /** Label lines naming no row of the corpora. */
  unmatched: number;
  tuning: KindScores;
  heldOut: KindScores;
}

export interface Evaluation {
  /** PersuasionForGood utterances: one speaker's message (its sentences joined), a question when any sentence is an inquiry. */
  persuasionUtterances: { detector: Record<Part, DetectionScores>; baseline: Record<Part, DetectionScores> };
  /** PersuasionForGood sentences, as annotated. */
  persuasion: { detector: Record<Part, DetectionScores>; baseline: Record<Part, DetectionScores> };
  casino: { detector: Record<Part, DetectionScores>; baseline: Record<Part, DetectionScores> };
  openClosed: OpenClosedResult;
}

/** A row with what the detector says about it. */
export interface ScoredRow {
  row: LabelledRow;
  part: Part;
  previous?: string;
  detected: boolean;
  kind?: QuestionKind;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Runs the detector over a corpus: conversation split, previous utterance by the other speaker, questions found. */
export function scoreCorpus(rows: readonly LabelledRow[]): ScoredRow[] {
  const parts = partsByConversation(rows);
  return rows.map((row, i) => {
    const before = rows[i - 1];
    const previous = before && before.conv_id === row.conv_id && isOtherSpeaker(before, row) ? before.text : undefined;
    const questions = findQuestions(row.text, previous !== undefined ? { previous } : undefined);
    return { row, part: parts.get(row.conv_id)!, previous, detected: questions.length > 0, kind: utteranceQuestionKind(questions) };
  });
}

/**
 * PersuasionForGood is annotated per sentence; a transcript line is a speaker's whole message. The
 * sentences of one speaker in one exchange are joined into that utterance (in order), which is an
 * inquiry when any of its sentences is.
 */
export function utterancesOf(rows: readonly LabelledRow[]): LabelledRow[] {
  const utterances: LabelledRow[] = [];
  for (const row of rows) {
    const last = utterances[utterances.length - 1];
    if (last && last.conv_id === row.conv_id && last.turn === row.turn && last.speaker === row.speaker) {
      last.text = `${last.text} ${row.text}`;
      last.is_inquiry = last.is_inquiry === true || row.is_inquiry === true;
    } else {
      utterances.push({ ...row });
    }
  }
  return utterances;
}

/** Conversations in order of first appearance: the first half (rounded down) tunes, the rest is held out. */
export function partsByConversation(rows: readonly LabelledRow[]): Map<string | number, Part> {
  const order: (string | number)[] = [];
  const seen = new Set<string | number>();
  for (const row of rows) {
    if (!seen.has(row.conv_id)) {
      seen.add(row.conv_id);
      order.push(row.conv_id);
    }
  }
  const half = Math.floor(order.length / 2);
  return new Map(order.map((id, i) => [id, i < half ? 'tuning' : 'heldOut']));
}

/** CaSiNo rows are alternating turns: when the speaker is missing, the row before is the other speaker's. */
function isOtherSpeaker(before: LabelledRow, row: LabelledRow): boolean {
  if (before.speaker == null || row.speaker == null) return true;
  return before.speaker !== row.speaker;
}

export function detectionScores(scored: readonly ScoredRow[], part: Part, isLabelled: (row: LabelledRow) => boolean, isPredicted: (s: ScoredRow) => boolean): DetectionScores {
  let rows = 0;
  let labelled = 0;
  let predicted = 0;
  let truePositives = 0;
  for (const s of scored) {
    if (s.part !== part) continue;
    rows++;
    const gold = isLabelled(s.row);
    const guess = isPredicted(s);
    if (gold) labelled++;
    if (guess) predicted++;
    if (gold && guess) truePositives++;
  }
  const precision = predicted ? truePositives / predicted : 0;
  const recall = labelled ? truePositives / labelled : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { rows, labelled, predicted, truePositives, precision, recall, f1 };
}

interface KindLabel {
  source: string;
  conv_id: string | number;
  idx: number;
  kind: QuestionKind;
}

const rowKey = (source: string, convId: string | number, idx: number): string => `${source}|${convId}|${idx}`;

export function openClosedScores(scored: readonly ScoredRow[], labels: readonly KindLabel[]): OpenClosedResult {
  const byKey = new Map(scored.map((s) => [rowKey(s.row.source, s.row.conv_id, s.row.idx), s]));
  const empty = (): KindScores => ({ labelled: 0, detected: 0, coverage: 0, correct: 0, accuracy: 0 });
  const result: OpenClosedResult = { available: true, unmatched: 0, tuning: empty(), heldOut: empty() };
  for (const label of labels) {
    const s = byKey.get(rowKey(label.source, label.conv_id, label.idx));
    if (!s) {
      result.unmatched++;
      continue;
    }
    const scores = result[s.part];
    scores.labelled++;
    if (!s.detected) continue;
    scores.detected++;
    if (s.kind === label.kind) scores.correct++;
  }
  for (const scores of [result.tuning, result.heldOut]) {
    scores.coverage = scores.labelled ? scores.detected / scores.labelled : 0;
    scores.accuracy = scores.detected ? scores.correct / scores.detected : 0;
  }
  return result;
}

const containsQuestionMark = (s: ScoredRow): boolean => s.row.text.includes('?');
const detected = (s: ScoredRow): boolean => s.detected;
const isInquiry = (row: LabelledRow): boolean => row.is_inquiry === true;
const elicitsPreference = (row: LabelledRow): boolean => row.is_question_label === true;

function bothParts(scored: readonly ScoredRow[], isLabelled: (row: LabelledRow) => boolean, isPredicted: (s: ScoredRow) => boolean): Record<Part, DetectionScores> {
  return { tuning: detectionScores(scored, 'tuning', isLabelled, isPredicted), heldOut: detectionScores(scored, 'heldOut', isLabelled, isPredicted) };
}

export interface ScoredCorpora {
  persuasion: ScoredRow[];
  persuasionUtterances: ScoredRow[];
  casino: ScoredRow[];
}

export function scoreCorpora(dir: string = fixturesDir): ScoredCorpora {
  const persuasionRows = readJsonl<LabelledRow>(dir + corpusFiles.persuasion);
  return {
    persuasion: scoreCorpus(persuasionRows),
    persuasionUtterances: scoreCorpus(utterancesOf(persuasionRows)),
    casino: scoreCorpus(readJsonl<LabelledRow>(dir + corpusFiles.casino)),
  };
}

/** The whole evaluation; `openClosed.available` is false while the labels file does not exist. */
export function evaluate(dir: string = fixturesDir): Evaluation {
  const { persuasion, persuasionUtterances, casino } = scoreCorpora(dir);
  const labelsFile = dir + corpusFiles.openClosedLabels;
  const openClosed = existsSync(labelsFile)
    ? openClosedScores([...persuasion, ...casino], readJsonl<KindLabel>(labelsFile))
    : { ...openClosedScores([], []), available: false };
  return {
    persuasionUtterances: {
      detector: bothParts(persuasionUtterances, isInquiry, detected),
      baseline: bothParts(persuasionUtterances, isInquiry, containsQuestionMark),
    },
    persuasion: { detector: bothParts(persuasion, isInquiry, detected), baseline: bothParts(persuasion, isInquiry, containsQuestionMark) },
    casino: { detector: bothParts(casino, elicitsPreference, detected), baseline: bothParts(casino, elicitsPreference, containsQuestionMark) },
    openClosed,
  };
}

export interface TuningError {
  corpus: string;
  /** A labelled question not found, a question found where none is labelled, or the wrong kind. */
  error: 'missed' | 'extra' | 'kind';
  row: LabelledRow;
  previous?: string;
  /** For kind errors: the label and what the detector said. */
  expected?: QuestionKind;
  got?: QuestionKind;
}

/** The tuning set's mistakes, for developing the rules; held-out rows are never listed. */
export function tuningErrors(corpora: ScoredCorpora, dir: string = fixturesDir): TuningError[] {
  const errors: TuningError[] = [];
  for (const [corpus, scored, isLabelled] of [
    ['persuasion', corpora.persuasion, isInquiry],
    ['casino', corpora.casino, elicitsPreference],
  ] as const) {
    for (const s of scored) {
      if (s.part !== 'tuning') continue;
      const gold = isLabelled(s.row);
      if (gold && !s.detected) errors.push({ corpus, error: 'missed', row: s.row, previous: s.previous });
      // CaSiNo labels only preference questions, so its other questions are not errors.
      if (!gold && s.detected && corpus === 'persuasion') errors.push({ corpus, error: 'extra', row: s.row, previous: s.previous });
    }
  }
  const labelsFile = dir + corpusFiles.openClosedLabels;
  if (!existsSync(labelsFile)) return errors;
  const byKey = new Map([...corpora.persuasion, ...corpora.casino].map((s) => [rowKey(s.row.source, s.row.conv_id, s.row.idx), s]));
  for (const label of readJsonl<KindLabel>(labelsFile)) {
    const s = byKey.get(rowKey(label.source, label.conv_id, label.idx));
    if (s && s.part === 'tuning' && s.detected && s.kind !== label.kind) {
      errors.push({ corpus: s.row.source, error: 'kind', row: s.row, previous: s.previous, expected: label.kind, got: s.kind });
    }
  }
  return errors;
}
