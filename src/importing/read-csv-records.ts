/**
 * Reads a CSV contacts export row by row: an async generator over csv-parse's streaming parser (see
 * csv-rows.ts), so memory stays bounded whatever the file size. The header is detected unless a mapping is
 * given; each data row becomes an ImportRecord or a RowError. Row numbers count data rows from 1 (the header is not a row).
 */
import { isDayFirst, mapColumns, type ColumnMapping } from './column-mapping.ts';
import { csvRows } from './csv-rows.ts';
import { draftFromCells } from './csv-row-draft.ts';
import { detectFormat, type Delimiter } from './detect-format.ts';
import { finishRecord } from './finish-record.ts';
import { peekHead, textChunks } from './text-source.ts';
import type { CsvFlavour, ImportInput, ReadItem, RecordKind } from './types.ts';

export interface CsvReadOptions {
  /** The column mapping to use (e.g. corrected by a person); detected from the header otherwise. */
  mapping?: ColumnMapping;
  delimiter?: Delimiter;
  flavour?: CsvFlavour;
  /** Companies and accounts files give organisations; everything else gives people. */
  kind?: RecordKind;
}

export function kindOfFlavour(flavour: CsvFlavour): RecordKind {
  return flavour === 'hubspot-companies' || flavour === 'salesforce-accounts' ? 'organization' : 'person';
}

export async function* readCsvRecords(input: ImportInput, options: CsvReadOptions = {}): AsyncGenerator<ReadItem> {
  const { head, all } = await peekHead(textChunks(input));
  const guess = detectFormat(head, 'csv');
  if (guess.format !== 'csv') return;
  const flavour = options.flavour ?? guess.flavour;
  const mapping = options.mapping ?? mapColumns(guess.headers, flavour);
  const kind = options.kind ?? kindOfFlavour(flavour);
  const dateOrder = isDayFirst(guess.headers) ? 'dmy' : 'mdy';
  const rows = csvRows(all, {
    delimiter: options.delimiter ?? guess.delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    from_line: guess.hasSepLine ? 2 : 1,
  });
  let row = 0;
  let header = true;
  try {
    for await (const cells of rows) {
      if (header) {
        header = false;
        continue;
      }
      row++;
      if (cells.every((cell) => cell.trim() === '')) continue;
      yield finishRecord(draftFromCells(cells, mapping, kind), row, { unit: 'Row', dateOrder });
    }
  } catch (error) {
    yield { type: 'error', error: { row: row + 1, message: unreadableMessage(error) } };
  }
}

function unreadableMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `The file could not be read from this row on (${detail}). Check that quotes are closed, then import again.`;
}
