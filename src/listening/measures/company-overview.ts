/**
 * Runs of our talk about our firm, credentials or features — the "tell us about your company" trap —
 * and whether we turned the conversation back to the client soon after. An utterance of ours is
 * "about us" when it uses an overview phrase (data/en/company-overview.json) and refers to us more than
 * to the client, or when it talks at length about "we" without once saying "you". Short client
 * interjections ("Right.", "Okay, sure.") do not end a run.
 */
import { listeningConfig } from '../config/listening-config.ts';
import { countReferences } from '../text/references.ts';
import type { CompanyOverviewRun } from '../types.ts';
import type { PreparedUtterance } from './prepare-utterances.ts';

const overviewPattern = new RegExp(`\\b(?:${listeningConfig.companyOverview.patterns.join('|')})\\b`, 'i');
const { bridgeMaxClientWords, turnBackWithin, maxWords, maxSeconds } = listeningConfig.thresholds.companyOverview;
const { wordsPerMinute } = listeningConfig.thresholds.monologue;

/** Runs shorter than this share of the overview limit are not worth listing. */
const reportFraction = 0.25;

export function companyOverviews(utterances: readonly PreparedUtterance[], selfNames: readonly RegExp[]): CompanyOverviewRun[] {
  const runs: CompanyOverviewRun[] = [];
  let run: { from: number; to: number; words: number } | undefined;
  const close = (): void => {
    if (run && isWorthListing(run, utterances)) runs.push(finish(run, utterances));
    run = undefined;
  };
  for (const u of utterances) {
    if (u.side === 'us') {
      if (isAboutUs(u, selfNames)) {
        run ??= { from: u.index, to: u.index, words: 0 };
        run.to = u.index;
        run.words += u.words;
      } else close();
    } else if (u.words > bridgeMaxClientWords || u.questions.length > 0) {
      close();
    }
  }
  close();
  return runs;
}

function isAboutUs(u: PreparedUtterance, selfNames: readonly RegExp[]): boolean {
  const refs = countReferences(u.text, selfNames);
  if (overviewPattern.test(u.text)) return refs.selfReferences > refs.clientReferences;
  return refs.clientReferences === 0 && refs.selfReferences >= 3 && u.words >= 25;
}

function isWorthListing(run: { from: number; to: number; words: number }, utterances: readonly PreparedUtterance[]): boolean {
  const seconds = spanSeconds(run, utterances);
  return run.words >= maxWords * reportFraction || (seconds !== undefined && seconds >= maxSeconds * reportFraction);
}

function finish(run: { from: number; to: number; words: number }, utterances: readonly PreparedUtterance[]): CompanyOverviewRun {
  const result: CompanyOverviewRun = { ...run };
  const seconds = spanSeconds(run, utterances);
  if (seconds !== undefined) result.seconds = Math.round(seconds * 10) / 10;
  let ours = 0;
  for (let i = run.to + 1; i < utterances.length && ours < turnBackWithin; i++) {
    const u = utterances[i]!;
    if (u.side !== 'us') continue;
    ours++;
    if (u.questions.length > 0) {
      result.turnedBackAt = u.index;
      break;
    }
  }
  return result;
}

function spanSeconds(run: { from: number; to: number }, utterances: readonly PreparedUtterance[]): number | undefined {
  const first = utterances[run.from]?.start;
  const lastU = utterances[run.to];
  const last = lastU?.end ?? lastU?.start;
  return first !== undefined && last !== undefined && last >= first ? last - first : undefined;
}

/** How long a run lasted in minutes-equivalent: by its clock when timed, else by words at speaking pace. */
export function overviewIsLong(run: CompanyOverviewRun): boolean {
  if (run.seconds !== undefined) return run.seconds > maxSeconds;
  return run.words > maxWords || (run.words / wordsPerMinute) * 60 > maxSeconds;
}
