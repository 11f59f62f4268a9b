/**
 * The words that carry a text's content — long enough, not common function words — most frequent
 * first. Used to see whether a draft mentions anything the client told us.
 */
import { listeningConfig } from '../config/listening-config.ts';

const stopWords = new Set(listeningConfig.focus.stopWords);
const wordPattern = /[\p{L}][\p{L}'’-]*/gu;
const minLength = 5;

export function distinctiveWords(text: string): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const raw of text.toLowerCase().match(wordPattern) ?? []) {
    const word = raw.replace(/['’]s$/, '').replace(/-+$/, '');
    if (word.length < minLength || stopWords.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
}
