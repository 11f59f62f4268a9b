/** The questions we asked: how many, how open, and how they spread through the call. */
import type { Finding } from '../types.ts';
import { isFullCall, ourQuestionIndexes, thresholds, type FindingContext } from './finding-context.ts';

export function questionCount(ctx: FindingContext): Finding[] {
  const q = thresholds.questions;
  if (!ctx.us || !isFullCall(ctx)) return [];
  const asked = ctx.us.questions.open + ctx.us.questions.closed;
  const evidence = ourQuestionIndexes(ctx);
  if (asked < q.discoveryMin) {
    return [
      {
        code: 'few_questions',
        severity: 'warning',
        message: `We asked ${asked} question${asked === 1 ? '' : 's'} in the whole call.`,
        suggestion: `Discovery calls with ${q.discoveryMin}–${q.discoveryMax} questions did best. Prepare a few open questions about the client's situation, goals and how they decide.`,
        evidence,
      },
    ];
  }
  if (asked > q.discoveryMax) {
    return [
      {
        code: 'many_questions',
        severity: 'info',
        message: `We asked ${asked} questions; past ${q.discoveryMax} a call can feel like an interrogation.`,
        suggestion: 'Ask fewer, deeper questions: follow up on an answer ("What makes that hard?") rather than moving down a list.',
        evidence,
      },
    ];
  }
  return [];
}

export function mostlyClosed(ctx: FindingContext): Finding[] {
  const q = thresholds.questions;
  if (!ctx.us) return [];
  const { open, closed } = ctx.us.questions;
  if (open + closed < q.closedMinQuestions || open / (open + closed) >= q.openShareMin) return [];
  const closedOnes = ctx.call.utterances.filter((u) => u.side === 'us' && u.questions.some((x) => x.kind === 'closed'));
  const example = closedOnes[0]?.questions.find((x) => x.kind === 'closed')?.text;
  return [
    {
      code: 'closed_questions_mostly',
      severity: 'info',
      message: `${closed} of our ${open + closed} questions were closed (yes/no or one fact).`,
      suggestion: example
        ? `Turn closed questions into open ones: instead of "${example}", ask what or how, e.g. "How are you thinking about that?"`
        : 'Ask more questions that begin with what, how or "tell me about".',
      evidence: closedOnes.map((u) => u.index),
    },
  ];
}

export function frontLoaded(ctx: FindingContext): Finding[] {
  const q = thresholds.questions;
  const [first, second, third] = ctx.spread.us;
  const total = first + second + third;
  if (!ctx.us || total < q.spreadMinQuestions || first / total < q.frontLoadedShare) return [];
  return [
    {
      code: 'questions_front_loaded',
      severity: 'info',
      message: `${first} of our ${total} questions came in the first third of the call (${second} in the middle, ${third} at the end).`,
      suggestion: 'Keep asking after the opening: check understanding and invite reactions while you present, not only before.',
      evidence: ctx.call.utterances.filter((u) => u.side === 'us' && u.questions.length > 0 && u.position < 1 / 3).map((u) => u.index),
    },
  ];
}
