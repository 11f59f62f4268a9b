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
const firstValue = (cell: string) => cell.split(' ::: ')[0]!.trim();

export function draftFromCells(cells: string[], mapping: ColumnMapping, kind: RecordKind): RecordDraft {
  const values = new Map<FieldTarget, string>();
  const draft: RecordDraft = { kind, emails: [], phones: [], addresses: [] };
  mapping.forEach(({ field }, index) => {
    const cell = cells[index]?.trim();
    if (!field || !cell) return;
    if (field === 'email') draft.emails.push(cell);
    else if (field === 'phone') draft.phones.push(...cell.split(' ::: '));
    else if (JOINED[field]) values.set(field, values.has(field) ? `${values.get(field)}${JOINED[field]}${cell}` : cell);
    else if (!values.has(field)) values.set(field, firstValue(cell));
  });
  const addresses: ImportAddress[] = [{}, {}];
  for (const [field, value] of values) {
    const part = ADDRESS_PART[field];
    if (part) addresses[part[0]]![part[1]] = value;
  }
  draft.addresses = addresses;
  const text = (field: FieldTarget) => values.get(field);
  return {
    ...draft,
    sourceId: text('sourceId'),
    fullName: text('fullName'),
    firstName: text('firstName'),
    middleName: text('middleName'),
    lastName: text('lastName'),
    title: text('title'),
    organizationName: text('organizationName'),
    organizationSourceId: text('organizationSourceId'),
    birthday: text('birthday') ?? birthdayFromParts(text('birthYear'), text('birthMonth'), text('birthDay')),
    notes: text('notes'),
    website: text('website'),
    industry: text('industry'),
  };
}

/** Thunderbird's separate Birth Year / Month / Day columns → an ISO or `--MM-DD` date. */
function birthdayFromParts(year?: string, month?: string, day?: string): string | undefined {
  if (!month || !day) return undefined;
  const md = `${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return year ? `${year}-${md}` : `--${md}`;
}
