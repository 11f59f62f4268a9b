/** What every finding rule reads: the prepared call, its turns and figures, and the thresholds. */
import { listeningConfig } from '../config/listening-config.ts';
import type { Finding, SideSummary, Turn } from '../types.ts';
import type { CompanyOverviewRun } from '../types.ts';
import type { FocusResult } from '../measures/focus.ts';
import type { PatienceResult } from '../measures/patience.ts';
import type { PreparedCall } from '../measures/prepare-utterances.ts';
import type { QuestionSpread } from '../types.ts';

export interface FindingContext {
  call: PreparedCall;
  turns: readonly Turn[];
  us?: SideSummary;
  client?: SideSummary;
  switchesPerMinute?: number;
  spread: QuestionSpread;
  focus: FocusResult;
  overviews: readonly CompanyOverviewRun[];
  patience: PatienceResult;
}

export type FindingRule = (ctx: FindingContext) => Finding[];

export const thresholds = listeningConfig.thresholds;

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function minutes(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m} min ${s.toString().padStart(2, '0')} s` : `${s} s`;
}

/** Our utterances that ask a question, in order. */
export function ourQuestionIndexes(ctx: FindingContext): number[] {
  return ctx.call.utterances.filter((u) => u.side === 'us' && u.questions.length > 0).map((u) => u.index);
}

/** The call is long enough for discovery-call question counts to apply. */
export function isFullCall(ctx: FindingContext): boolean {
  const q = thresholds.questions;
  return ctx.call.durationSeconds !== undefined ? ctx.call.durationSeconds >= q.minCallSeconds : ctx.call.totalWords >= q.minCallWords;
}
