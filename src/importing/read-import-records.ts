/**
 * The one entry point from a contacts file to records: peeks the head of the stream, tells vCard from CSV
 * (or takes the person's choice), then streams the records through the matching reader. The import and
 * its preview both read through here, so what the preview shows is what the import writes.
 */
import { mapColumns, type ColumnMapping } from './column-mapping.ts';
import { detectFormat, type FormatGuess } from './detect-format.ts';
import { readCsvRecords } from './read-csv-records.ts';
import { readVcardRecords } from './read-vcard-records.ts';
import { peekHead, textChunks } from './text-source.ts';
import type { CsvFlavour, ImportFormat, ImportInput, ReadItem } from './types.ts';

export interface ImportReading {
  guess: FormatGuess;
  /** The column mapping in use (CSV): the person's, or the one detected from the header. */
  mapping: ColumnMapping;
  /** The tool the file came from, for source ids: hubspot, salesforce, google, outlook, thunderbird, csv, vcard. */
  source: string;
  items: AsyncIterable<ReadItem>;
}

export async function readImportRecords(
  input: ImportInput,
  options: { format?: ImportFormat; mapping?: ColumnMapping } = {},
): Promise<ImportReading> {
  const { head, all } = await peekHead(textChunks(input));
  const guess = detectFormat(head, options.format);
  if (guess.format === 'vcard') return { guess, mapping: [], source: 'vcard', items: readVcardRecords(all) };
  const mapping = options.mapping ?? mapColumns(guess.headers, guess.flavour);
  const items = readCsvRecords(all, { mapping, delimiter: guess.delimiter, flavour: guess.flavour });
  return { guess, mapping, source: sourceOfFlavour(guess.flavour), items };
}

export function sourceOfFlavour(flavour: CsvFlavour): string {
  if (flavour === 'generic') return 'csv';
  return flavour.replace(/-(contacts|companies|accounts)$/, '');
}
