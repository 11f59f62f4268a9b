/**
 * The last step every reader shares: drafts become the contract's utterances. Drafts whose text is
 * empty (after cleaning) are dropped, and `index` is the position in the returned array, so it is
 * always 0, 1, 2… with no gaps.
 */
import type { Utterance } from '../types.ts';

export interface DraftUtterance {
  speaker: string;
  start?: number;
  end?: number;
  /** Already cleaned: whitespace collapsed and trimmed. */
  text: string;
}

export function numberUtterances(drafts: readonly DraftUtterance[]): Utterance[] {
  const utterances: Utterance[] = [];
  for (const draft of drafts) {
    if (draft.text === '') continue;
    utterances.push({ index: utterances.length, speaker: draft.speaker, ...timesOf(draft), text: draft.text });
  }
  return utterances;
}

/** Only the times that are known, so JSON output keeps the contract's key order and omits the rest. */
function timesOf(draft: DraftUtterance): { start?: number; end?: number } {
  if (draft.start === undefined) return draft.end === undefined ? {} : { end: draft.end };
  return draft.end === undefined ? { start: draft.start } : { start: draft.start, end: draft.end };
}

/**
 * For formats that only stamp when a line starts (Otter, timed plain text): a line ends when the next
 * one starts, when both are known and the clock does not run backwards. Call before dropping empty
 * drafts, so an empty block still marks where the previous one ended.
 */
export function endAtNextStart(drafts: DraftUtterance[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const draft = drafts[i]!;
    const next = drafts[i + 1]!.start;
    if (draft.start !== undefined && draft.end === undefined && next !== undefined && next >= draft.start) draft.end = next;
  }
}
