/**
 * Which speaker is on which side. Transcripts name people the way the meeting tool knew them
 * ("Dana Whitfield", "Dana W.", "dana.whitfield", "Dana Whitfield (Whitfield & Rowe)"), so names are
 * compared by their words: a speaker matches a participant when one's words are all among the other's,
 * initials matching a word's first letter. Speakers matching nobody are the client's when anyone is
 * ours (we know our own people), and unknown otherwise.
 */
import type { Side, SideMap, Utterance } from '../types.ts';

/** Speaker names in order of first appearance. */
export function speakersOf(utterances: readonly Utterance[]): string[] {
  const seen = new Set<string>();
  for (const u of utterances) seen.add(u.speaker);
  return [...seen];
}

export function assignSides(speakers: readonly string[], names: { us: readonly string[]; client?: readonly string[] }): SideMap {
  const us = names.us.map(nameWords).filter((w) => w.length > 0);
  const client = (names.client ?? []).map(nameWords).filter((w) => w.length > 0);
  const sides: Record<string, Side> = {};
  for (const speaker of speakers) {
    const words = nameWords(speaker);
    if (us.some((name) => sameName(words, name))) sides[speaker] = 'us';
    else if (client.some((name) => sameName(words, name))) sides[speaker] = 'client';
  }
  const anyUs = Object.values(sides).includes('us');
  for (const speaker of speakers) sides[speaker] ??= anyUs ? 'client' : 'unknown';
  return sides;
}

/** The index of the participant name the speaker matches, or -1. */
export function matchName(speaker: string, candidates: readonly string[]): number {
  const words = nameWords(speaker);
  return candidates.findIndex((c) => sameName(words, nameWords(c)));
}

function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  // The first words must agree (a first name or its initial), and every other word must appear.
  if (!wordMatches(shorter[0]!, longer[0]!)) return false;
  return shorter.slice(1).every((w) => longer.slice(1).some((l) => wordMatches(w, l)));
}

function wordMatches(a: string, b: string): boolean {
  if (a === b) return true;
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}
