/** How the import page says formats, tools, encodings, statuses and counts in plain words. */
import type { ImportJob, ImportPreview } from '../../api/imports.ts';
import { number, percent, plural } from '../conversations/transcript/listening-words.ts';

export { number, percent, plural };

type Flavour = NonNullable<ImportPreview['flavour']>;

const flavourNames: Record<Flavour, string> = {
  'hubspot-contacts': 'HubSpot contacts CSV',
  'hubspot-companies': 'HubSpot companies CSV',
  'salesforce-contacts': 'Salesforce contacts CSV',
  'salesforce-accounts': 'Salesforce accounts CSV',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
  thunderbird: 'Thunderbird CSV',
  generic: 'CSV with its own column names',
  vcard: 'vCard contact cards',
};

const encodingNames: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 big-endian',
  'windows-1252': 'Windows Western European',
};

const delimiterNames: Record<string, string> = { ',': 'comma-separated', ';': 'semicolon-separated', '\t': 'tab-separated' };

/** "Google Contacts CSV (UTF-8, comma-separated)". */
export function describeFormat(preview: ImportPreview): string {
  const name = preview.flavour ? flavourNames[preview.flavour] : preview.format === 'vcard' ? flavourNames.vcard : 'CSV';
  const details = [
    preview.encoding ? (encodingNames[preview.encoding] ?? preview.encoding.toUpperCase()) : null,
    preview.delimiter ? (delimiterNames[preview.delimiter] ?? `separated by “${preview.delimiter}”`) : null,
  ].filter(Boolean);
  return details.length ? `${name} (${details.join(', ')})` : name;
}

export const statusLabels: Record<ImportJob['status'], string> = {
  uploaded: 'Waiting for you to check the preview',
  queued: 'Waiting to start',
  running: 'Importing',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** "3 people and 1 organisation created, 2 updated, 5 skipped, 1 error". */
export function countsLine(counts: ImportJob['counts']): string {
  const created = [
    counts.createdPeople ? plural(counts.createdPeople, 'person', 'people') : null,
    counts.createdOrganizations ? plural(counts.createdOrganizations, 'organisation') : null,
  ].filter(Boolean);
  const parts = [
    created.length ? `${created.join(' and ')} created` : 'nothing created',
    counts.updated ? `${number(counts.updated)} updated` : null,
    counts.skipped ? `${number(counts.skipped)} skipped` : null,
    counts.errors ? plural(counts.errors, 'row error') : null,
  ].filter(Boolean);
  return parts.join(', ');
}

/** File sizes as people read them: "340 KB", "12.5 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
