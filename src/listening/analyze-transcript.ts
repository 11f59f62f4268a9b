/**
 * Analyses one transcript: figures per speaker and side, turns, the measures behind the findings, and
 * findings that each cite the utterances that show them and give one concrete suggestion.
 */
import { listeningConfig } from './config/listening-config.ts';
import { companyOverview, selfFocus } from './findings/focus-findings.ts';
import type { FindingContext, FindingRule } from './findings/finding-context.ts';
import { interruptions, quickReplies } from './findings/patience-findings.ts';
import { frontLoaded, mostlyClosed, questionCount } from './findings/question-findings.ts';
import { longMonologues, lowInteractivity, sidesUnknown, talkShareHigh } from './findings/talk-findings.ts';
import { groupTrustLineHits, trustLineMessage, trustLineSeverity } from './findings/trust-line-findings.ts';
import { companyOverviews } from './measures/company-overview.ts';
import { focusOf } from './measures/focus.ts';
import { patienceOf } from './measures/patience.ts';
import { prepareUtterances, type PreparedUtterance } from './measures/prepare-utterances.ts';
import { questionSpread } from './measures/question-spread.ts';
import { sideFigures, speakerFigures } from './measures/speaker-figures.ts';
import { openingLines, trustLineHits } from './measures/trust-lines.ts';
import { turnsOf } from './measures/turns.ts';
import { selfNamePatterns } from './text/references.ts';
import type { Finding, Severity, SideMap, TranscriptAnalysis, Utterance } from './types.ts';

export interface AnalyzeOptions {
  /** Each speaker's side; speakers missing from it are 'unknown'. */
  sides: SideMap;
  /** The firm's own names, counted as references to us. */
  selfNames?: readonly string[];
}

const rules: FindingRule[] = [
  sidesUnknown,
  talkShareHigh,
  longMonologues,
  companyOverview,
  selfFocus,
  questionCount,
  mostlyClosed,
  frontLoaded,
  interruptions,
  quickReplies,
  lowInteractivity,
];

const severityOrder: Record<Severity, number> = { concern: 0, warning: 1, info: 2 };

export function analyzeTranscript(utterances: readonly Utterance[], options: AnalyzeOptions): TranscriptAnalysis {
  const call = prepareUtterances(utterances, options.sides);
  const selfNames = selfNamePatterns(options.selfNames ?? []);
  const turns = turnsOf(call.utterances);
  const speakers = speakerFigures(call, turns);
  const sides = sideFigures(speakers);
  const switchesPerMinute =
    call.durationSeconds !== undefined && call.durationSeconds > 0 ? Math.round(((turns.length - 1) / (call.durationSeconds / 60)) * 100) / 100 : undefined;
  const ctx: FindingContext = {
    call,
    turns,
    us: sides.find((s) => s.side === 'us'),
    client: sides.find((s) => s.side === 'client'),
    switchesPerMinute,
    spread: questionSpread(call.utterances),
    focus: focusOf(call.utterances, selfNames),
    overviews: companyOverviews(call.utterances, selfNames),
    patience: patienceOf(call.utterances),
  };
  const findings = [...rules.flatMap((rule) => rule(ctx)), ...trustLineFindings(call.utterances)];
  findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || (a.evidence[0] ?? -1) - (b.evidence[0] ?? -1));

  const { clientReferences, selfReferences } = ctx.focus;
  const { replies, medianGapSeconds, interruptions: interrupted } = ctx.patience;
  return {
    configVersion: listeningConfig.version,
    speakers,
    sides,
    utterances: call.utterances.map(({ side: _side, words: _words, position: _position, ...u }) => u),
    turns,
    measures: {
      totalWords: call.totalWords,
      ...(call.durationSeconds !== undefined ? { durationSeconds: Math.round(call.durationSeconds * 10) / 10 } : {}),
      ...(switchesPerMinute !== undefined ? { switchesPerMinute } : {}),
      monologues: {
        overTwoMinutes: turns.filter((t) => t.start !== undefined && t.end !== undefined && t.end - t.start > listeningConfig.thresholds.monologue.maxSeconds).length,
        over300Words: turns.filter((t) => t.words > listeningConfig.thresholds.monologue.maxWords).length,
      },
      questionSpread: ctx.spread,
      focus: { clientReferences, selfReferences },
      companyOverviews: [...ctx.overviews],
      patience: { replies, interruptions: interrupted, ...(medianGapSeconds !== undefined ? { medianGapSeconds } : {}) },
    },
    findings,
  };
}

function trustLineFindings(utterances: readonly PreparedUtterance[]): Finding[] {
  const ours = utterances.filter((u) => u.side === 'us');
  const texts = ours.map((u, i) => ({ at: u.index, text: u.text, opening: i < openingLines }));
  return groupTrustLineHits(trustLineHits(texts)).map((group) => ({
    code: group[0]!.pattern.category,
    severity: trustLineSeverity[group[0]!.pattern.category],
    message: trustLineMessage(group),
    suggestion: group[0]!.pattern.alternative,
    evidence: group.map((h) => h.at).sort((a, b) => a - b),
  }));
}
