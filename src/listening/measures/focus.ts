/** Client focus vs self focus in our side's speech, with the utterances that lean most on us. */
import { countReferences } from '../text/references.ts';
import type { FocusMeasure } from '../types.ts';
import type { PreparedUtterance } from './prepare-utterances.ts';

export interface FocusResult extends FocusMeasure {
  /** Our utterances with more references to us than to the client, most self-focused first. */
  selfFocused: { index: number; lean: number }[];
}

export function focusOf(utterances: readonly PreparedUtterance[], selfNames: readonly RegExp[]): FocusResult {
  let clientReferences = 0;
  let selfReferences = 0;
  const selfFocused: { index: number; lean: number }[] = [];
  for (const u of utterances) {
    if (u.side !== 'us') continue;
    const refs = countReferences(u.text, selfNames);
    clientReferences += refs.clientReferences;
    selfReferences += refs.selfReferences;
    const lean = refs.selfReferences - refs.clientReferences;
    if (lean > 0) selfFocused.push({ index: u.index, lean });
  }
  selfFocused.sort((a, b) => b.lean - a.lean || a.index - b.index);
  return { clientReferences, selfReferences, selfFocused };
}
