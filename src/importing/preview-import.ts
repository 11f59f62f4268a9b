/**
 * What a person sees before importing: the detected format, flavour, delimiter and encoding, the column
 * mapping (editable; pass it back to use it), the columns left out, the first 10 records as they will be
 * imported, warnings and per-row errors. Reads the given bytes through the same readers as the import.
 */
import { unmappedColumns, type ColumnMapping, type FieldTarget } from './column-mapping.ts';
import { detectEncoding, type TextEncodingName } from './decode-text.ts';
import type { Delimiter } from './detect-format.ts';
import { readImportRecords } from './read-import-records.ts';
import type { CsvFlavour, ImportFormat, ImportRecord, ReadItem, RowError } from './types.ts';

export const SAMPLE_SIZE = 10;
/** Errors and warnings listed in full up to this many; beyond, a warning gives the count. */
export const LISTED_PROBLEMS = 100;
/** How many rows a preview reads at most: enough to count a typical address book, quick for a huge one. */
export const PREVIEW_SCAN_ROWS = 20_000;

export interface ImportPreview {
  format: ImportFormat;
  flavour: CsvFlavour | 'vcard';
  delimiter?: Delimiter;
  encoding: TextEncodingName;
  mapping: ColumnMapping;
  unmappedColumns: string[];
  sample: ImportRecord[];
  /** Records and errors in the rows read (the whole file when `complete`). */
  counts: { records: number; errors: number };
  /** False when the file is longer than the preview reads; the import reads it all. */
  complete: boolean;
  warnings: string[];
  errors: RowError[];
}

export async function previewImport(
  input: Uint8Array | AsyncIterable<Uint8Array>,
  options: { format?: ImportFormat; mapping?: ColumnMapping; scanRows?: number } = {},
): Promise<ImportPreview> {
  let head: Uint8Array | undefined;
  const tapped = input instanceof Uint8Array ? input : tapFirst(input, (chunk) => (head = chunk));
  const reading = await readImportRecords(tapped, options);
  const encoding = detectEncoding(input instanceof Uint8Array ? input.subarray(0, 64 * 1024) : (head ?? new Uint8Array()));
  const scanRows = options.scanRows ?? PREVIEW_SCAN_ROWS;
  if (reading.guess.format === 'vcard') {
    const base = { format: 'vcard' as const, flavour: 'vcard' as const, encoding, mapping: [], unmappedColumns: [] };
    return { ...base, ...(await collect(reading.items, [], scanRows)) };
  }
  const mapping = reading.mapping;
  return {
    format: 'csv',
    flavour: reading.guess.flavour,
    delimiter: reading.guess.delimiter,
    encoding,
    mapping,
    unmappedColumns: unmappedColumns(mapping),
    ...(await collect(reading.items, mappingWarnings(mapping), scanRows)),
  };
}

async function* tapFirst(source: AsyncIterable<Uint8Array>, onFirst: (chunk: Uint8Array) => void): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const chunk of source) {
    if (first) onFirst(chunk);
    first = false;
    yield chunk;
  }
}

/** Fields that can name or identify a record: without one of them mapped, every row is an error. */
const IDENTIFYING: FieldTarget[] = ['fullName', 'firstName', 'lastName', 'organizationName', 'email'];

function mappingWarnings(mapping: ColumnMapping): string[] {
  const fields = new Set(mapping.map((m) => m.field));
  const named = IDENTIFYING.some((field) => fields.has(field));
  return named ? [] : ['No column was recognised as a name or an email address: choose in the mapping which columns hold them.'];
}

async function collect(items: AsyncIterable<ReadItem>, warnings: string[], scanRows: number) {
  const sample: ImportRecord[] = [];
  const errors: RowError[] = [];
  const counts = { records: 0, errors: 0 };
  let unlistedWarnings = 0;
  let complete = true;
  for await (const item of items) {
    if (counts.records + counts.errors >= scanRows) {
      complete = false;
      break;
    }
    if (item.type === 'error') {
      counts.errors++;
      if (errors.length < LISTED_PROBLEMS) errors.push(item.error);
      continue;
    }
    counts.records++;
    if (sample.length < SAMPLE_SIZE) sample.push(item.record);
    for (const warning of item.warnings) {
      if (warnings.length < LISTED_PROBLEMS) warnings.push(warning);
      else unlistedWarnings++;
    }
  }
  if (counts.errors > errors.length) warnings.push(`${counts.errors - errors.length} more rows have errors; only the first ${errors.length} are listed.`);
  if (unlistedWarnings) warnings.push(`${unlistedWarnings} more warnings are not listed.`);
  return { sample, counts, complete, warnings, errors };
}
