/**
 * The CLI's fixed JSON contract, projected from the full analysis so that extra figures added to the
 * library never change what scripts built on `yellowpad analyze --format json` receive.
 */
import type { TranscriptAnalysis } from './types.ts';

export interface ContractJson {
  speakers: {
    name: string;
    side: string;
    words: number;
    talkShare: number;
    turns: number;
    longestMonologueWords: number;
    questions: { open: number; closed: number };
  }[];
  utterances: { index: number; speaker: string; start?: number; end?: number; text: string; questions: { text: string; kind: 'open' | 'closed' }[] }[];
  findings: { code: string; severity: string; message: string; suggestion: string; evidence: number[] }[];
}

export function toContractJson(analysis: TranscriptAnalysis): ContractJson {
  return {
    speakers: analysis.speakers.map((s) => ({
      name: s.name,
      side: s.side,
      words: s.words,
      talkShare: s.talkShare,
      turns: s.turns,
      longestMonologueWords: s.longestMonologueWords,
      questions: { open: s.questions.open, closed: s.questions.closed },
    })),
    utterances: analysis.utterances.map((u) => ({
      index: u.index,
      speaker: u.speaker,
      ...(u.start !== undefined ? { start: u.start } : {}),
      ...(u.end !== undefined ? { end: u.end } : {}),
      text: u.text,
      questions: u.questions.map((q) => ({ text: q.text, kind: q.kind })),
    })),
    findings: analysis.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, suggestion: f.suggestion, evidence: [...f.evidence] })),
  };
}
