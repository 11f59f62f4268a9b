/** Talking about ourselves: self focus in our speech and long runs about our firm. */
import { overviewIsLong } from '../measures/company-overview.ts';
import type { Finding } from '../types.ts';
import { minutes, thresholds, type FindingContext } from './finding-context.ts';

export function selfFocus(ctx: FindingContext): Finding[] {
  const f = thresholds.focus;
  const { clientReferences, selfReferences, selfFocused } = ctx.focus;
  if (!ctx.us || clientReferences + selfReferences < f.minReferences) return [];
  if (selfReferences <= clientReferences * f.selfToClientMax) return [];
  return [
    {
      code: 'self_focus',
      severity: 'warning',
      message: `We referred to ourselves ${selfReferences} times ("I", "we", "our") and to the client ${clientReferences} times ("you", "your").`,
      suggestion: 'Put the client at the centre of your sentences: "You said month-end takes four days" rather than "We have a great process for month-end".',
      evidence: selfFocused.slice(0, 5).map((s) => s.index).sort((a, b) => a - b),
    },
  ];
}

export function companyOverview(ctx: FindingContext): Finding[] {
  const limit = thresholds.companyOverview;
  return ctx.overviews.filter(overviewIsLong).map((run) => {
    const length = run.seconds !== undefined ? minutes(run.seconds) : `${run.words} words`;
    const turnedBack = run.turnedBackAt !== undefined;
    const evidence: number[] = [];
    for (let i = run.from; i <= run.to; i++) if (ctx.call.utterances[i]?.side === 'us') evidence.push(i);
    if (turnedBack) evidence.push(run.turnedBackAt!);
    return {
      code: 'company_overview_long',
      severity: turnedBack ? 'warning' : 'concern',
      message: `We talked about our firm for ${length}${turnedBack ? ', then turned back to the client with a question' : ' and did not turn back to the client soon after'}.`,
      suggestion: `Keep an overview under ${limit.maxSeconds / 60} minutes and tie it to what the client said, then hand back: "That's us in brief — what matters most to you in choosing someone?"`,
      evidence,
    };
  });
}
