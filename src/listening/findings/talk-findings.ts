/** Who held the floor: sides not known, our talk share, long monologues, few speaker switches. */
import { turnIndexes, turnSeconds } from '../measures/turns.ts';
import type { Finding, Turn } from '../types.ts';
import { minutes, percent, thresholds, type FindingContext } from './finding-context.ts';

export function sidesUnknown(ctx: FindingContext): Finding[] {
  if (ctx.us) return [];
  return [
    {
      code: 'sides_unknown',
      severity: 'info',
      message: 'No speaker is marked as one of us, so talk share and our questions cannot be judged.',
      suggestion: 'Say which speakers are from the firm (in the web app, or with --us "Name,Name" on the command line).',
      evidence: [],
    },
  ];
}

export function talkShareHigh(ctx: FindingContext): Finding[] {
  const t = thresholds.talkShare;
  if (!ctx.us || ctx.call.totalWords < t.minWords) return [];
  const byTime = ctx.us.timeShare !== undefined;
  const share = ctx.us.timeShare ?? ctx.us.talkShare;
  if (share <= t.usWarning) return [];
  const longest = [...ctx.turns].filter((turn) => turn.side === 'us').sort((a, b) => b.words - a.words).slice(0, 3);
  return [
    {
      code: 'talk_share_high',
      severity: share > t.usConcern ? 'concern' : 'warning',
      message: `We did ${percent(share)} of the talking (by ${byTime ? 'time' : 'words'}); the client had ${percent(1 - share)}.`,
      suggestion: `Aim for the client to speak most: top performers talk about ${percent(t.usTarget)}. After each answer, ask a follow-up question about what they just said before adding your own view.`,
      evidence: longest.flatMap(turnIndexes).sort((a, b) => a - b),
    },
  ];
}

export function longMonologues(ctx: FindingContext): Finding[] {
  const m = thresholds.monologue;
  const long = ctx.turns.filter((turn) => turn.side === 'us' && isLongMonologue(turn));
  return long.slice(0, 5).map((turn) => {
    const seconds = turnSeconds(turn);
    const length = seconds !== undefined ? `${minutes(seconds)} (${turn.words} words)` : `${turn.words} words`;
    return {
      code: 'monologue_long',
      severity: 'warning',
      message: `${turn.speaker} spoke without a break for ${length}.`,
      suggestion: `Stop within ${m.maxSeconds / 60} minutes (about ${m.maxWords} words) and check in: "Is this useful for you, or should we focus elsewhere?"`,
      evidence: turnIndexes(turn),
    };
  });
}

export function isLongMonologue(turn: Turn): boolean {
  const m = thresholds.monologue;
  const seconds = turnSeconds(turn);
  return turn.words > m.maxWords || (seconds !== undefined && seconds > m.maxSeconds);
}

export function lowInteractivity(ctx: FindingContext): Finding[] {
  const i = thresholds.interactivity;
  const duration = ctx.call.durationSeconds;
  if (!ctx.us || duration === undefined || duration < i.minCallSeconds || ctx.switchesPerMinute === undefined) return [];
  if (ctx.switchesPerMinute >= i.minSwitchesPerMinute) return [];
  const longest = [...ctx.turns].sort((a, b) => b.words - a.words)[0];
  return [
    {
      code: 'low_interactivity',
      severity: 'info',
      message: `The speaker changed only ${ctx.switchesPerMinute.toFixed(1)} times a minute; the call ran as a few long speeches.`,
      suggestion: 'Break long explanations into short pieces and invite the client in between them.',
      evidence: longest ? turnIndexes(longest) : [],
    },
  ];
}
