/**
 * The listening analysis's speed on one core: a synthetic one-hour call read (WebVTT) and analysed
 * over and over for a few seconds; reports words per second and milliseconds per one-hour call.
 * JavaScript runs the analysis on one thread, so this is one core's figure.
 */
import { analyzeTranscript, assignSides, parseTranscript, speakersOf } from '../../src/listening/index.ts';
import { syntheticCall } from './synthetic-call.ts';

export interface ListeningSpeed {
  callWords: number;
  callUtterances: number;
  runs: number;
  /** Median milliseconds to parse and analyse the one-hour call. */
  medianMs: number;
  p95Ms: number;
  wordsPerSecond: number;
  /** Parsing alone, median milliseconds. */
  parseMedianMs: number;
}

export function measureListeningSpeed(seconds = 5): ListeningSpeed {
  const { vtt, words } = syntheticCall(60);
  const once = () => {
    const parsed = parseTranscript(vtt);
    const sides = assignSides(speakersOf(parsed.utterances), { us: ['Dana Whitfield'] });
    return analyzeTranscript(parsed.utterances, { sides, selfNames: ['Whitfield & Rowe'] });
  };
  // Warm up the JIT before timing.
  for (let i = 0; i < 20; i++) once();
  const times: number[] = [];
  const parseTimes: number[] = [];
  const until = performance.now() + seconds * 1000;
  let utterances = 0;
  while (performance.now() < until) {
    const a = performance.now();
    const parsed = parseTranscript(vtt);
    const b = performance.now();
    const sides = assignSides(speakersOf(parsed.utterances), { us: ['Dana Whitfield'] });
    analyzeTranscript(parsed.utterances, { sides, selfNames: ['Whitfield & Rowe'] });
    times.push(performance.now() - a);
    parseTimes.push(b - a);
    utterances = parsed.utterances.length;
  }
  const median = quantile(times, 0.5);
  return {
    callWords: words,
    callUtterances: utterances,
    runs: times.length,
    medianMs: round(median),
    p95Ms: round(quantile(times, 0.95)),
    wordsPerSecond: Math.round(words / (median / 1000)),
    parseMedianMs: round(quantile(parseTimes, 0.5)),
  };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
