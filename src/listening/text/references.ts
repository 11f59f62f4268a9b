/**
 * Counting who a speaker talks about: second-person references to the client ("you", "your"…) and
 * first-person references to us ("I", "we", "our"…, and the firm's own name). Fillers such as
 * "you know" and courtesies such as "thank you" do not refer to the client. Word lists live in
 * data/en/focus.json.
 */
import { listeningConfig } from '../config/listening-config.ts';
import type { FocusMeasure } from '../types.ts';

const clientWords = new Set(listeningConfig.focus.clientWords);
const selfWords = new Set(listeningConfig.focus.selfWords);
const notClient = new Set(listeningConfig.focus.notClientPhrases.map((p) => p.split(' ')));
const notClientPairs = new Set([...notClient].filter((p) => p.length === 2).map((p) => p.join(' ')));
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function countReferences(text: string, selfNames: readonly RegExp[] = []): FocusMeasure {
  const words = text.toLowerCase().match(wordPattern) ?? [];
  let clientReferences = 0;
  let selfReferences = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace('’', "'");
    if (clientWords.has(word)) {
      const before = i > 0 ? `${words[i - 1]} ${word}` : '';
      const after = i + 1 < words.length ? `${word} ${words[i + 1]}` : '';
      if (!notClientPairs.has(before) && !notClientPairs.has(after)) clientReferences++;
    } else if (selfWords.has(word)) {
      selfReferences++;
    }
  }
  for (const name of selfNames) selfReferences += text.match(name)?.length ?? 0;
  return { clientReferences, selfReferences };
}

/** The firm's names as whole-phrase patterns ("Whitfield & Rowe" → /\bwhitfield & rowe\b/gi). */
export function selfNamePatterns(names: readonly string[]): RegExp[] {
  return names
    .map((n) => n.trim())
    .filter((n) => n.length >= 2)
    .map((n) => new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'));
}
