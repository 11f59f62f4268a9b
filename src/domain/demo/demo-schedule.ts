/**
 * When each demo conversation happened. Deterministic for a given seed and `now`: a small seeded
 * generator (never Math.random), so tests and screenshots see the same firm every time.
 */
import type { Channel } from '../../common/limits.ts';
import { demoArcs } from './demo-arcs.ts';
import type { DemoArc } from './demo-types.ts';

const DAY_MS = 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;

/** The seed used when the caller gives none. */
export const defaultDemoSeed = 0x1a5b_2024;

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** A plausible time of day (UTC) for the channel: meals at lunch or dinner, meetings in office hours. */
function timeOfDay(rand: () => number, channel: Channel): { hour: number; minute: number } {
  if (channel === 'meal') return pick(rand, [{ hour: 12, minute: 30 }, { hour: 13, minute: 0 }, { hour: 19, minute: 0 }, { hour: 19, minute: 30 }]);
  if (channel === 'email' || channel === 'message') return { hour: 7 + Math.floor(rand() * 14), minute: Math.floor(rand() * 60) };
  return { hour: 8 + Math.floor(rand() * 9), minute: pick(rand, [0, 15, 30, 45]) };
}

/**
 * Places an arc's conversations in its window, in order: spacing follows each script's `gap`, with
 * jitter smaller than half the neighbouring gaps so the story never reorders. Spoken conversations
 * move off weekends; every time is in the past and strictly after the previous one.
 */
export function scheduleArc(arc: DemoArc, now: Date, rand: () => number): Date[] {
  const gaps = arc.scripts.map((s, i) => (i === 0 ? 0 : (s.gap ?? 1)));
  const total = gaps.reduce((a, b) => a + b, 0) || 1;
  const span = arc.fromDaysAgo - arc.toDaysAgo;
  const dayOf = (units: number) => (span * units) / total;
  const latest = now.getTime() - HOUR_MS;
  const dates: Date[] = [];
  let cumulative = 0;
  arc.scripts.forEach((script, i) => {
    cumulative += gaps[i]!;
    const before = i === 0 ? 0 : gaps[i]!;
    const after = i === arc.scripts.length - 1 ? 0 : gaps[i + 1]!;
    // Earlier (older) by up to 30% of the previous gap, later by up to 30% of the next one.
    const jitter = (rand() * (dayOf(before) + dayOf(after)) - dayOf(before)) * 0.3;
    const daysAgo = arc.fromDaysAgo - dayOf(cumulative) - jitter;
    const day = new Date(now.getTime() - daysAgo * DAY_MS);
    const { hour, minute } = timeOfDay(rand, script.channel);
    day.setUTCHours(hour, minute, 0, 0);
    const weekday = day.getUTCDay();
    const spoken = script.channel !== 'email' && script.channel !== 'message';
    if (spoken && weekday === 6) day.setUTCDate(day.getUTCDate() - 1);
    if (spoken && weekday === 0) day.setUTCDate(day.getUTCDate() + 1);
    let time = Math.min(day.getTime(), latest);
    const previous = dates[dates.length - 1];
    if (previous && time <= previous.getTime()) time = previous.getTime() + 2 * HOUR_MS;
    dates.push(new Date(time));
  });
  return dates;
}

/**
 * When every demo conversation happened, by organisation key, in arc order: the loader and the content
 * checks both need the same dates, so the arcs are scheduled in one place, in one order, from one seed.
 */
export function scheduleDemo(now: Date, seed: number = defaultDemoSeed): Map<string, Date[]> {
  const rand = seededRandom(seed);
  return new Map(demoArcs.map((arc) => [arc.org, scheduleArc(arc, now, rand)]));
}
