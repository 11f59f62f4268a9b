/**
 * Patience: the gap between the client finishing and our reply, where timestamps exist. Replies that
 * start before the client finished are interruptions. Caption tools often cut cues back to back, so
 * when nearly every gap is exactly zero the timings say nothing about pauses and the median is left out.
 */
import type { PatienceMeasure } from '../types.ts';
import type { PreparedUtterance } from './prepare-utterances.ts';

/** A reply more than this many seconds early is an interruption, not caption jitter. */
const interruptionSeconds = 0.5;

export interface PatienceResult extends PatienceMeasure {
  /** Our replies, fastest first (gap in seconds). */
  replyGaps: { index: number; gap: number }[];
  interruptionIndexes: number[];
}

export function patienceOf(utterances: readonly PreparedUtterance[]): PatienceResult {
  const replyGaps: { index: number; gap: number }[] = [];
  const interruptionIndexes: number[] = [];
  for (let i = 1; i < utterances.length; i++) {
    const reply = utterances[i]!;
    const before = utterances[i - 1]!;
    if (reply.side !== 'us' || before.side !== 'client') continue;
    if (reply.start === undefined || before.end === undefined) continue;
    const gap = reply.start - before.end;
    replyGaps.push({ index: reply.index, gap });
    if (gap < -interruptionSeconds) interruptionIndexes.push(reply.index);
  }
  const result: PatienceResult = { replies: replyGaps.length, interruptions: interruptionIndexes.length, replyGaps, interruptionIndexes };
  const zeroGaps = replyGaps.filter((r) => r.gap === 0).length;
  if (replyGaps.length > 0 && zeroGaps < replyGaps.length * 0.8) {
    const gaps = replyGaps.map((r) => Math.max(0, r.gap)).sort((a, b) => a - b);
    const mid = Math.floor(gaps.length / 2);
    const median = gaps.length % 2 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
    result.medianGapSeconds = Math.round(median * 100) / 100;
  }
  replyGaps.sort((a, b) => a.gap - b.gap || a.index - b.index);
  return result;
}
