/**
 * The listening library's vocabulary. Text goes in, findings come out: nothing here touches a
 * database, the network or the file system, so the CLI, the server and the web app share it.
 */

/** Which side of the conversation a speaker is on: a member of the firm, or the client's side. */
export type Side = 'us' | 'client' | 'unknown';

/** One line / cue of a transcript, in the order it was spoken. `index` is its position (0-based). */
export interface Utterance {
  index: number;
  speaker: string;
  /** Seconds from the start of the call, when the transcript carries timestamps. */
  start?: number;
  end?: number;
  text: string;
}

export type TranscriptFormat = 'webvtt' | 'srt' | 'plain' | 'otter' | 'json';

export interface ParsedTranscript {
  format: TranscriptFormat;
  utterances: Utterance[];
}

export type QuestionKind = 'open' | 'closed';

export interface Question {
  /** The sentence that asks, as written in the utterance. */
  text: string;
  kind: QuestionKind;
}

export type Severity = 'info' | 'warning' | 'concern';

export interface Finding {
  /** Stable code, e.g. `talk_share_high`; the web app and the API key on it. */
  code: string;
  severity: Severity;
  message: string;
  /** One concrete thing to do differently. */
  suggestion: string;
  /** Utterance indexes that show it. */
  evidence: number[];
}

/** A speaker line of the analysis. The first seven fields are the CLI's fixed JSON contract. */
export interface SpeakerSummary {
  name: string;
  side: Side;
  /** Whitespace-separated tokens that contain a letter or a digit. */
  words: number;
  /** This speaker's words as a fraction (0–1) of all words. */
  talkShare: number;
  turns: number;
  longestMonologueWords: number;
  questions: { open: number; closed: number };
  /** Seconds spoken and their share of all speaking time, when the transcript is timed. */
  seconds?: number;
  timeShare?: number;
  longestMonologueSeconds?: number;
}

/** The same figures summed per side (us, client, unknown). */
export interface SideSummary extends Omit<SpeakerSummary, 'name'> {
  speakers: string[];
}

export interface AnalysedUtterance extends Utterance {
  questions: Question[];
}

/** A run of utterances by one speaker; computed from the utterances, never replacing them. */
export interface Turn {
  speaker: string;
  side: Side;
  /** Index of the first and last utterance of the run. */
  from: number;
  to: number;
  words: number;
  start?: number;
  end?: number;
}

/** The speaker name given to lines whose speaker the transcript does not say. */
export const UNNAMED_SPEAKER = 'Unnamed speaker';

/** Who is on which side: a speaker name (as in the transcript) and its side. */
export type SideMap = Readonly<Record<string, Side>>;

export interface QuestionSpread {
  /** Questions our side asked in each third of the call (by time when timed, else by words). */
  us: [number, number, number];
  client: [number, number, number];
}

export interface FocusMeasure {
  /** Second-person references to the client ("you", "your"…) in our side's speech. */
  clientReferences: number;
  /** First-person references to us and our firm ("I", "we", "our", the firm's name…). */
  selfReferences: number;
}

/** A run of our talk about our firm, credentials or features. */
export interface CompanyOverviewRun {
  from: number;
  to: number;
  words: number;
  seconds?: number;
  /** The index of our first question to the client after the run, if we asked one soon after. */
  turnedBackAt?: number;
}

export interface PatienceMeasure {
  /** Our replies that follow the client's speech and both have timestamps. */
  replies: number;
  medianGapSeconds?: number;
  /** Replies that started before the client had finished. */
  interruptions: number;
}

export interface ListeningMeasures {
  totalWords: number;
  durationSeconds?: number;
  switchesPerMinute?: number;
  monologues: { overTwoMinutes: number; over300Words: number };
  questionSpread: QuestionSpread;
  focus: FocusMeasure;
  companyOverviews: CompanyOverviewRun[];
  patience: PatienceMeasure;
}

/** Everything the library says about one transcript. */
export interface TranscriptAnalysis {
  /** The version of the thresholds and phrase lists used, so stored figures can be recomputed. */
  configVersion: string;
  speakers: SpeakerSummary[];
  sides: SideSummary[];
  utterances: AnalysedUtterance[];
  turns: Turn[];
  measures: ListeningMeasures;
  findings: Finding[];
}

/** What the draft checker says about an email or message before it is sent. */
export interface DraftCheck {
  configVersion: string;
  words: number;
  focus: FocusMeasure;
  findings: DraftFinding[];
}

export interface DraftFinding {
  code: string;
  severity: Severity;
  message: string;
  suggestion: string;
  /** Character ranges of the draft that show it. */
  evidence: { start: number; end: number; text: string }[];
}
