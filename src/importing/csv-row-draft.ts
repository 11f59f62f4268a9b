/** One CSV row's cells → a RecordDraft, following the column mapping. */
import type { ColumnMapping, FieldTarget } from './column-mapping.ts';
import type { RecordDraft } from './finish-record.ts';
import type { ImportAddress, RecordKind } from './types.ts';

/** Fields whose repeated columns are joined (Business Street 2/3, several note columns). */
const JOINED: Partial<Record<FieldTarget, string>> = { street: '\n', homeStreet: '\n', notes: '\n' };

const ADDRESS_PART: Partial<Record<FieldTarget, [0 | 1, keyof ImportAddress]>> = {
  street: [0, 'street'], city: [0, 'city'], region: [0, 'region'], postalCode: [0, 'postalCode'], country: [0, 'country'],
  homeStreet: [1, 'street'], homeCity: [1, 'city'], homeRegion: [1, 'region'], homePostalCode: [1, 'postalCode'], homeCountry: [1, 'country'],
};

/** Google joins several values of one field with " ::: "; a single-valued field keeps the first. */
function firstValue(cell: string): string {
  const at = cell.indexOf(' ::: ');
  return at < 0 ? cell : cell.slice(0, at).trim();
}

/** Runs once per row of a large file: plain loops, no closures (they showed in profiles). */
export function draftFromCells(cells: string[], mapping: ColumnMapping, kind: RecordKind): RecordDraft {
  const values = new Map<FieldTarget, string>();
  const emails: string[] = [];
  const phones: string[] = [];
  for (let index = 0; index < mapping.length; index++) {
    const field = mapping[index]!.field;
    const raw = cells[index];
    if (!field || !raw) continue;
    const cell = raw.trim();
    if (!cell) continue;
    if (field === 'email') emails.push(cell);
    else if (field === 'phone') phones.push(...(cell.includes(' ::: ') ? cell.split(' ::: ') : [cell]));
    else if (JOINED[field]) values.set(field, values.has(field) ? `${values.get(field)}${JOINED[field]}${cell}` : cell);
    else if (!values.has(field)) values.set(field, firstValue(cell));
  }
  const addresses: ImportAddress[] = [{}, {}];
  for (const [field, value] of values) {
    const part = ADDRESS_PART[field];
    if (part) addresses[part[0]]![part[1]] = value;
  }
  return {
    kind,
    emails,
    phones,
    addresses,
    sourceId: values.get('sourceId'),
    fullName: values.get('fullName'),
    firstName: values.get('firstName'),
    middleName: values.get('middleName'),
    lastName: values.get('lastName'),
    title: values.get('title'),
    organizationName: values.get('organizationName'),
    organizationSourceId: values.get('organizationSourceId'),
    birthday: values.get('birthday') ?? birthdayFromParts(values.get('birthYear'), values.get('birthMonth'), values.get('birthDay')),
    notes: values.get('notes'),
    website: values.get('website'),
    industry: values.get('industry'),
  };
}

/** Thunderbird's separate Birth Year / Month / Day columns → an ISO or `--MM-DD` date. */
function birthdayFromParts(year?: string, month?: string, day?: string): string | undefined {
  if (!month || !day) return undefined;
  const md = `${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return year ? `${year}-${md}` : `--${md}`;
}
