/** Per speaker and per side: words, talk share (by words and by time), turns, longest monologue, questions. */
import type { Side, SideSummary, SpeakerSummary, Turn } from '../types.ts';
import { secondsOf, type PreparedCall } from './prepare-utterances.ts';
import { turnSeconds } from './turns.ts';

interface Tally {
  side: Side;
  words: number;
  turns: number;
  longestMonologueWords: number;
  open: number;
  closed: number;
  seconds: number;
  timedUtterances: number;
  longestMonologueSeconds?: number;
}

export function speakerFigures(call: PreparedCall, turns: readonly Turn[]): SpeakerSummary[] {
  const tallies = new Map<string, Tally>();
  const tallyOf = (speaker: string, side: Side): Tally => {
    let t = tallies.get(speaker);
    if (!t) {
      t = { side, words: 0, turns: 0, longestMonologueWords: 0, open: 0, closed: 0, seconds: 0, timedUtterances: 0 };
      tallies.set(speaker, t);
    }
    return t;
  };
  for (const u of call.utterances) {
    const t = tallyOf(u.speaker, u.side);
    t.words += u.words;
    for (const q of u.questions) t[q.kind]++;
    const seconds = secondsOf(u);
    if (seconds !== undefined) {
      t.seconds += seconds;
      t.timedUtterances++;
    }
  }
  for (const turn of turns) {
    const t = tallyOf(turn.speaker, turn.side);
    t.turns++;
    t.longestMonologueWords = Math.max(t.longestMonologueWords, turn.words);
    const seconds = turnSeconds(turn);
    if (seconds !== undefined) t.longestMonologueSeconds = Math.max(t.longestMonologueSeconds ?? 0, seconds);
  }
  const totalSeconds = [...tallies.values()].reduce((sum, t) => sum + t.seconds, 0);
  return [...tallies].map(([name, t]) => summary(name, t, call.totalWords, call.timed ? totalSeconds : 0));
}

export function sideFigures(speakers: readonly SpeakerSummary[]): SideSummary[] {
  const bySide = new Map<Side, SideSummary>();
  for (const s of speakers) {
    const side = bySide.get(s.side);
    if (!side) {
      const { name, ...figures } = s;
      bySide.set(s.side, { ...figures, questions: { ...s.questions }, speakers: [name] });
      continue;
    }
    side.speakers.push(s.name);
    side.words += s.words;
    side.talkShare += s.talkShare;
    side.turns += s.turns;
    side.longestMonologueWords = Math.max(side.longestMonologueWords, s.longestMonologueWords);
    side.questions.open += s.questions.open;
    side.questions.closed += s.questions.closed;
    if (s.seconds !== undefined) side.seconds = (side.seconds ?? 0) + s.seconds;
    if (s.timeShare !== undefined) side.timeShare = (side.timeShare ?? 0) + s.timeShare;
    if (s.longestMonologueSeconds !== undefined) {
      side.longestMonologueSeconds = Math.max(side.longestMonologueSeconds ?? 0, s.longestMonologueSeconds);
    }
  }
  const order: Side[] = ['us', 'client', 'unknown'];
  return order.flatMap((side) => {
    const s = bySide.get(side);
    return s ? [{ ...s, talkShare: round(s.talkShare), ...(s.timeShare !== undefined ? { timeShare: round(s.timeShare) } : {}) }] : [];
  });
}

function summary(name: string, t: Tally, totalWords: number, totalSeconds: number): SpeakerSummary {
  const s: SpeakerSummary = {
    name,
    side: t.side,
    words: t.words,
    talkShare: totalWords > 0 ? round(t.words / totalWords) : 0,
    turns: t.turns,
    longestMonologueWords: t.longestMonologueWords,
    questions: { open: t.open, closed: t.closed },
  };
  if (totalSeconds > 0) {
    s.seconds = round(t.seconds, 1);
    s.timeShare = round(t.seconds / totalSeconds);
    if (t.longestMonologueSeconds !== undefined) s.longestMonologueSeconds = round(t.longestMonologueSeconds, 1);
  }
  return s;
}

/** Shares to four places and seconds to one keep the JSON readable and stable. */
export function round(value: number, places = 4): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}
