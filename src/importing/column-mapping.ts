/**
 * Column header → import field, by synonyms (data/column-synonyms.json). Headers are compared without
 * case, accents, spaces or punctuation. The mapping is a plain editable list, one entry per column in file
 * order (so duplicate headers stay distinct): a person can correct it before importing.
 */
import synonyms from './data/column-synonyms.json' with { type: 'json' };
import type { CsvFlavour } from './types.ts';

export const ADDRESS_FIELDS = ['street', 'city', 'region', 'postalCode', 'country'] as const;
export const HOME_ADDRESS_FIELDS = ['homeStreet', 'homeCity', 'homeRegion', 'homePostalCode', 'homeCountry'] as const;
export const MULTI_FIELDS = ['email', 'phone'] as const;
export const SINGLE_FIELDS = [
  'firstName',
  'middleName',
  'lastName',
  'fullName',
  'title',
  'organizationName',
  'organizationSourceId',
  'birthday',
  'birthYear',
  'birthMonth',
  'birthDay',
  'notes',
  'sourceId',
  'website',
  'industry',
] as const;
export const FIELD_TARGETS = [...SINGLE_FIELDS, ...MULTI_FIELDS, ...ADDRESS_FIELDS, ...HOME_ADDRESS_FIELDS] as const;
export type FieldTarget = (typeof FIELD_TARGETS)[number];

/** One entry per column, in file order; `field: null` = not imported. */
export type ColumnMapping = { column: string; field: FieldTarget | null }[];

type SynonymTable = Partial<Record<FieldTarget | 'ignore', string[]>>;

/** The compared form of a header: lower case, no accents, only letters and digits. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Compared header → field (or null for "ignore"), built once per table. */
function lookupOf(table: SynonymTable): Map<string, FieldTarget | null> {
  const lookup = new Map<string, FieldTarget | null>();
  for (const [field, headers] of Object.entries(table)) {
    for (const header of headers ?? []) lookup.set(headerKey(header), field === 'ignore' ? null : (field as FieldTarget));
  }
  return lookup;
}

const generic = lookupOf(synonyms.generic as SynonymTable);
const byFlavour = new Map<string, Map<string, FieldTarget | null>>(
  Object.entries(synonyms.flavours).map(([flavour, table]) => [flavour, lookupOf(table as SynonymTable)]),
);
const patterns = synonyms.patterns.map((p) => ({ match: new RegExp(p.match), field: p.field as FieldTarget }));
const dayFirstKeys = new Set(synonyms.dayFirstHeaders.map(headerKey));

/** The field a header maps to in a given flavour of file, or null when it is not imported. */
export function fieldOf(header: string, flavour: CsvFlavour): FieldTarget | null {
  const key = headerKey(header);
  const specific = byFlavour.get(flavour);
  if (specific?.has(key)) return specific.get(key) ?? null;
  if (generic.has(key)) return generic.get(key) ?? null;
  return patterns.find((p) => p.match.test(key))?.field ?? null;
}

export function mapColumns(headers: string[], flavour: CsvFlavour): ColumnMapping {
  return headers.map((column) => ({ column, field: fieldOf(column, flavour) }));
}

/** Columns with a header that are not imported (blank headers are left out). */
export function unmappedColumns(mapping: ColumnMapping): string[] {
  return mapping.filter((m) => m.field === null && m.column.trim() !== '').map((m) => m.column);
}

/** French or German headers: slash dates in the file are day first (DD/MM/YYYY). */
export function isDayFirst(headers: string[]): boolean {
  return headers.some((h) => dayFirstKeys.has(headerKey(h)));
}
