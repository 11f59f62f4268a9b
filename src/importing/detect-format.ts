/**
 * Tells what an exported contacts file is from its first ~64 KB of text: a vCard file, or a CSV file with
 * its delimiter (comma, semicolon or tab, counted outside quotes on the header line), its header and the
 * tool that wrote it (its flavour). A format override skips the guess between vCard and CSV.
 */
import { parse } from 'csv-parse/sync';
import { headerKey } from './column-mapping.ts';
import type { CsvFlavour, ImportFormat } from './types.ts';

export type Delimiter = ',' | ';' | '\t';

export type FormatGuess =
  | { format: 'vcard' }
  | {
      format: 'csv';
      delimiter: Delimiter;
      headers: string[];
      flavour: CsvFlavour;
      /** The file starts with Excel's `sep=;` line, which is not the header. */
      hasSepLine: boolean;
    };

export function detectFormat(head: string, override?: ImportFormat): FormatGuess {
  const text = head.replace(/^\uFEFF/, '');
  const format = override ?? (/^\s*BEGIN:VCARD/i.test(text) ? 'vcard' : 'csv');
  if (format === 'vcard') return { format };
  const sep = /^sep=(.)\r?\n/i.exec(text);
  const body = sep ? text.slice(sep[0].length) : text;
  const headerLine = firstCsvLine(body);
  const delimiter = (sep?.[1] as Delimiter | undefined) ?? detectDelimiter(headerLine);
  const headers = parseHeaderLine(headerLine, delimiter);
  return { format: 'csv', delimiter, headers, flavour: detectCsvFlavour(headers), hasSepLine: sep !== null };
}

/** The first line of CSV text; a line break inside double quotes does not end it. */
export function firstCsvLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if ((c === '\n' || c === '\r') && !quoted) return text.slice(0, i);
  }
  return text;
}

/** The delimiter seen most often outside quotes on the header line (comma when none is). */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c as Delimiter]++;
  }
  return (Object.keys(counts) as Delimiter[]).reduce((best, d) => (counts[d] > counts[best] ? d : best), ',');
}

function parseHeaderLine(line: string, delimiter: Delimiter): string[] {
  if (line.trim() === '') return [];
  const [headers] = parse(line, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
  return (headers ?? []).map((h) => h.trim());
}

const OUTLOOK_MARKERS = [
  'E-mail Address', 'E-mail 2 Address', 'Business Phone', 'Mobile Phone', 'Business Street', 'Home Street', 'Job Title',
  'Adresse de messagerie', 'Téléphone (bureau)', 'Tél. mobile', 'Rue (bureau)',
  'E-Mail-Adresse', 'Telefon geschäftlich', 'Mobiltelefon', 'Straße geschäftlich',
].map(headerKey);

/** Which tool wrote the file, from its header names. */
export function detectCsvFlavour(headers: string[]): CsvFlavour {
  const keys = new Set(headers.map(headerKey));
  const has = (...names: string[]) => names.some((n) => keys.has(headerKey(n)));
  const upperCaseApiNames = headers.length > 0 && headers.every((h) => /^[A-Z][A-Z0-9_]*$/.test(h));
  if (upperCaseApiNames && has('ID')) {
    if (has('FIRSTNAME', 'LASTNAME', 'ACCOUNTID', 'EMAIL')) return 'salesforce-contacts';
    if (has('NAME')) return 'salesforce-accounts';
  }
  if (has('Record ID')) {
    return has('Company name', 'Company Domain Name') && !has('First Name', 'Last Name', 'Email') ? 'hubspot-companies' : 'hubspot-contacts';
  }
  if (has('E-mail 1 - Value', 'Phone 1 - Value') || (has('Given Name') && has('Family Name'))) return 'google';
  if (has('Primary Email') && has('Display Name')) return 'thunderbird';
  if (OUTLOOK_MARKERS.filter((m) => keys.has(m)).length >= 2) return 'outlook';
  return 'generic';
}
