/** Patience: replying too quickly after the client stops, and talking over them. */
import type { Finding } from '../types.ts';
import { thresholds, type FindingContext } from './finding-context.ts';

export function quickReplies(ctx: FindingContext): Finding[] {
  const p = thresholds.patience;
  const { medianGapSeconds, replies, replyGaps } = ctx.patience;
  if (medianGapSeconds === undefined || replies < p.minReplies || medianGapSeconds >= p.minMedianGapSeconds) return [];
  return [
    {
      code: 'quick_replies',
      severity: 'info',
      message: `We usually replied ${medianGapSeconds.toFixed(1)} s after the client stopped.`,
      suggestion: 'Pause for a second before replying: the client often adds the most important part after a short silence.',
      evidence: replyGaps.slice(0, 5).map((r) => r.index).sort((a, b) => a - b),
    },
  ];
}

export function interruptions(ctx: FindingContext): Finding[] {
  const { interruptionIndexes } = ctx.patience;
  if (interruptionIndexes.length < thresholds.patience.interruptionsMax) return [];
  return [
    {
      code: 'interruptions',
      severity: 'warning',
      message: `We started talking before the client had finished ${interruptionIndexes.length} times.`,
      suggestion: 'Let the client finish; note your point and come back to it.',
      evidence: interruptionIndexes,
    },
  ];
}
