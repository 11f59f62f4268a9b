/**
 * Reads a vCard file (2.1, 3.0 or 4.0) card by card: each card is split off the stream, vCard 2.1 is
 * converted to 3.0, then ical.js parses it. A card that cannot be parsed is a RowError (its 1-based index
 * is the row); the other cards still come.
 */
import ICAL from 'ical.js';
import { finishRecord } from './finish-record.ts';
import { splitVcards } from './split-vcards.ts';
import { textChunks } from './text-source.ts';
import type { ImportInput, ReadItem } from './types.ts';
import { draftFromCard } from './vcard-card-draft.ts';
import { normalizeVcard21 } from './vcard-21.ts';

export async function* readVcardRecords(input: ImportInput): AsyncGenerator<ReadItem> {
  for await (const card of splitVcards(textChunks(input))) {
    if ('error' in card) {
      yield { type: 'error', error: { row: card.index, message: card.error } };
      continue;
    }
    yield readCard(card.text, card.index);
  }
}

/** vCard 3.0 and 4.0 go to ical.js as they are; 2.1 (or no version at all) is converted first. */
function readCard(text: string, index: number): ReadItem {
  const version = /^VERSION:\s*(\S+)/im.exec(text)?.[1];
  const source = version === '3.0' || version === '4.0' ? text : normalizeVcard21(text);
  try {
    const card = new ICAL.Component(ICAL.parse(source) as unknown[]);
    return finishRecord(draftFromCard(card), index, { unit: 'Card' });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { type: 'error', error: { row: index, message: `This card could not be read (${detail}).` } };
  }
}
