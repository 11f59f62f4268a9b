/**
 * What a person sees before importing: the detected format, flavour, delimiter and encoding, the column
 * mapping (editable; pass it back to use it), the columns left out, the first 10 records as they will be
 * imported, warnings and per-row errors. Reads the given bytes through the same readers as the import.
 */
import { mapColumns, unmappedColumns, type ColumnMapping, type FieldTarget } from './column-mapping.ts';
import { decodeText, type TextEncodingName } from './decode-text.ts';
import { detectFormat, type Delimiter } from './detect-format.ts';
import { readCsvRecords } from './read-csv-records.ts';
import { readVcardRecords } from './read-vcard-records.ts';
import { HEAD_CHARS } from './text-source.ts';
import type { CsvFlavour, ImportFormat, ImportRecord, ReadItem, RowError } from './types.ts';

export const SAMPLE_SIZE = 10;
/** Errors and warnings listed in full up to this many; beyond, a warning gives the count. */
export const LISTED_PROBLEMS = 100;

export interface ImportPreview {
  format: ImportFormat;
  flavour: CsvFlavour | 'vcard';
  delimiter?: Delimiter;
  encoding: TextEncodingName;
  mapping: ColumnMapping;
  unmappedColumns: string[];
  sample: ImportRecord[];
  /** Records and errors in the whole file. */
  counts: { records: number; errors: number };
  warnings: string[];
  errors: RowError[];
}

export async function previewImport(
  bytes: Uint8Array,
  options: { format?: ImportFormat; mapping?: ColumnMapping } = {},
): Promise<ImportPreview> {
  const { text, encoding } = decodeText(bytes);
  const guess = detectFormat(text.slice(0, HEAD_CHARS), options.format);
  if (guess.format === 'vcard') {
    const base = { format: guess.format, flavour: 'vcard' as const, encoding, mapping: [], unmappedColumns: [] };
    return { ...base, ...(await collect(readVcardRecords(text), [])) };
  }
  const mapping = options.mapping ?? mapColumns(guess.headers, guess.flavour);
  const items = readCsvRecords(text, { mapping, delimiter: guess.delimiter, flavour: guess.flavour });
  return {
    format: 'csv',
    flavour: guess.flavour,
    delimiter: guess.delimiter,
    encoding,
    mapping,
    unmappedColumns: unmappedColumns(mapping),
    ...(await collect(items, mappingWarnings(mapping))),
  };
}

/** Fields that can name or identify a record: without one of them mapped, every row is an error. */
const IDENTIFYING: FieldTarget[] = ['fullName', 'firstName', 'lastName', 'organizationName', 'email'];

function mappingWarnings(mapping: ColumnMapping): string[] {
  const fields = new Set(mapping.map((m) => m.field));
  const named = IDENTIFYING.some((field) => fields.has(field));
  return named ? [] : ['No column was recognised as a name or an email address: choose in the mapping which columns hold them.'];
}

async function collect(items: AsyncIterable<ReadItem>, warnings: string[]) {
  const sample: ImportRecord[] = [];
  const errors: RowError[] = [];
  const counts = { records: 0, errors: 0 };
  let unlistedWarnings = 0;
  for await (const item of items) {
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
  return { sample, counts, warnings, errors };
}
