/**
 * Lines that hurt trust — pushy closing, fake empathy, weak openers — found in our side's speech with
 * the phrase lists of data/en/trust-lines.json. Opening patterns count only in our first few lines.
 */
import { listeningConfig, type TrustLinePattern } from '../config/listening-config.ts';

export interface TrustLineHit {
  pattern: TrustLinePattern;
  /** Where it matched: an utterance index, or a character offset in a draft. */
  at: number;
  text: string;
}

const compiled = listeningConfig.trustLines.patterns.map((pattern) => ({ pattern, regex: new RegExp(pattern.pattern, 'i') }));

/** Finds the trust-hurting lines in a list of our texts; `opening` says whether the text is among our first lines. */
export function trustLineHits(texts: readonly { at: number; text: string; opening: boolean }[]): TrustLineHit[] {
  const hits: TrustLineHit[] = [];
  for (const { pattern, regex } of compiled) {
    for (const t of texts) {
      if (pattern.opening && !t.opening) continue;
      const match = regex.exec(t.text);
      if (match) hits.push({ pattern, at: t.at, text: match[0] });
    }
  }
  return hits;
}

export const openingLines = listeningConfig.trustLines.openingLines;
