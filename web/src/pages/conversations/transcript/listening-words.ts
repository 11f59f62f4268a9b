/**
 * How listening figures read on screen: sides and severities in words, shares as percentages, seconds as
 * a clock (m:ss), and the research target for our side's talk share. Shared by the conversation's
 * transcript section, the member's trends and the draft checker.
 */
import thresholds from '../../../../../src/listening/data/thresholds.json' with { type: 'json' };
import type { Severity, Side } from '../../../../../src/listening/types.ts';

export type { Severity, Side };

export const sides: readonly Side[] = ['us', 'client', 'unknown'];

export const sideLabels: Record<Side, string> = { us: 'Us', client: 'Client', unknown: 'Not yet said' };

export const severityLabels: Record<Severity, string> = { concern: 'Concern', warning: 'Worth a look', info: 'Note' };

/** Top performers' share of the talk (Gong Labs, 25,537 calls): the target line on our side's bars. */
export const usTalkTarget = thresholds.talkShare.usTarget;

const wholePercent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });
const count = new Intl.NumberFormat('en-GB');

/** 0.4321 → "43%". */
export const percent = (share: number) => wholePercent.format(share);

/** 1234 → "1,234". */
export const number = (n: number) => count.format(Math.round(n));

/** "1 question", "3 questions". */
export const plural = (n: number, one: string, many = `${one}s`) => `${number(n)} ${n === 1 ? one : many}`;

/** Seconds as a clock: 83 → "1:23", 3725 → "1:02:05". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Seconds as people say them: 45 → "45 seconds", 150 → "2 min 30 s". */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return plural(s, 'second');
  const minutes = Math.floor(s / 60);
  return s % 60 ? `${minutes} min ${s % 60} s` : `${minutes} min`;
}
