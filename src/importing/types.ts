/** Shared shapes of the import reader: what a contacts file becomes before anything touches the database. */

export type ImportFormat = 'vcard' | 'csv';

export const CSV_FLAVOURS = [
  'hubspot-contacts',
  'hubspot-companies',
  'salesforce-contacts',
  'salesforce-accounts',
  'google',
  'outlook',
  'thunderbird',
  'generic',
] as const;
export type CsvFlavour = (typeof CSV_FLAVOURS)[number];

export type RecordKind = 'person' | 'organization';

export interface ImportAddress {
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/** One contact (or company/account) as read from a file, normalised. */
export interface ImportRecord {
  /** 1-based data row (the header line is not counted) or 1-based vCard index. */
  row: number;
  kind: RecordKind;
  sourceId?: string;
  /** A person's name; for an organisation, the organisation's name. Falls back to the first email. */
  fullName: string;
  /** Lower-cased, valid, without duplicates. */
  emails: string[];
  phones: string[];
  title?: string;
  /** The person's organisation (never set on an organisation record). */
  organizationName?: string;
  organizationSourceId?: string;
  addresses: ImportAddress[];
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
  birthday?: string;
  notes?: string;
  website?: string;
  industry?: string;
}

/** A row that cannot be imported; `message` says what is wrong, for people. */
export interface RowError {
  row: number;
  message: string;
}

/** What the readers yield, one per data row or card. Warnings name their row. */
export type ReadItem =
  | { type: 'record'; record: ImportRecord; warnings: string[] }
  | { type: 'error'; error: RowError };

/** A whole file (text or bytes) or a stream of chunks (e.g. a Node Readable). */
export type ImportInput = string | Uint8Array | AsyncIterable<string | Uint8Array>;
