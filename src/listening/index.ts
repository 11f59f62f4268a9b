/**
 * The listening library's front door: read a transcript, say who is on which side, analyse it, and
 * check a draft email. Pure functions only; see docs/listening/.
 */
export * from './types.ts';
export { parseTranscript } from './parse/parse-transcript.ts';
export { detectTranscriptFormat } from './parse/detect-format.ts';
export { TranscriptParseError } from './parse/transcript-parse-error.ts';
export { analyzeTranscript, type AnalyzeOptions } from './analyze-transcript.ts';
export { assignSides, speakersOf } from './sides/assign-sides.ts';
export { checkDraft, type DraftOptions } from './draft/check-draft.ts';
export { listeningConfig } from './config/listening-config.ts';
