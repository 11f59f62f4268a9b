/**
 * The row rules shared by CSV rows and vCards: a draft (raw values) becomes an ImportRecord, or a RowError.
 * - No name and no email (an organisation: no name) → RowError.
 * - Emails lower-cased and validated. An invalid email is a RowError naming it when the row has no valid
 *   email (importing it without would silently lose how to reach them); when another email is valid, the
 *   invalid one is left out with a warning.
 * - A person without a name is named after their first email.
 * - A birthday that cannot be understood is left out with a warning (the rest of the row is kept).
 */
import { normalizeBirthday, type DateOrder } from './normalize-birthday.ts';
import { sortEmails } from './normalize-email.ts';
import type { ImportAddress, ImportRecord, ReadItem, RecordKind } from './types.ts';

export interface RecordDraft {
  kind: RecordKind;
  sourceId?: string;
  fullName?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  /** Raw email cells or values; may hold several addresses each. */
  emails: string[];
  phones: string[];
  title?: string;
  organizationName?: string;
  organizationSourceId?: string;
  addresses: ImportAddress[];
  /** Raw birthday text in any layout normalizeBirthday understands. */
  birthday?: string;
  notes?: string;
  website?: string;
  industry?: string;
}

export interface FinishOptions {
  /** "Row" for CSV, "Card" for vCard: how warnings name the place. */
  unit: 'Row' | 'Card';
  dateOrder?: DateOrder;
}

const clean = (value: string | undefined) => value?.trim() || undefined;

function nameOf(draft: RecordDraft): string | undefined {
  if (draft.kind === 'organization') return clean(draft.organizationName) ?? clean(draft.fullName);
  const parts = [draft.firstName, draft.middleName, draft.lastName].map(clean).filter(Boolean);
  return clean(draft.fullName) ?? (parts.length ? parts.join(' ') : undefined);
}

const quoted = (values: string[]) => values.map((v) => `"${v}"`).join(', ');

export function finishRecord(draft: RecordDraft, row: number, options: FinishOptions): ReadItem {
  const where = `${options.unit} ${row}`;
  const warnings: string[] = [];
  const emails = sortEmails(draft.emails);
  if (emails.invalid.length && !emails.valid.length) {
    const plural = emails.invalid.length > 1;
    return error(row, `${quoted(emails.invalid)} ${plural ? 'are not valid email addresses' : 'is not a valid email address'}: correct or clear it in the file, then import again.`);
  }
  if (emails.invalid.length) {
    warnings.push(`${where}: ${quoted(emails.invalid)} is not a valid email address and was left out; the valid email addresses were kept.`);
  }
  const name = nameOf(draft);
  if (draft.kind === 'organization' && !name) return error(row, 'This organisation has no name: add one in the file, or map the column that holds it.');
  if (!name && !emails.valid.length) return error(row, 'This contact has neither a name nor an email address, so there is nothing to import it as.');

  const record: ImportRecord = {
    row,
    kind: draft.kind,
    fullName: name ?? emails.valid[0]!,
    emails: emails.valid,
    phones: [...new Set(draft.phones.map((p) => p.trim()).filter(Boolean))],
    addresses: draft.addresses.map(cleanAddress).filter((a) => Object.keys(a).length > 0),
  };
  const optional = {
    sourceId: clean(draft.sourceId),
    title: clean(draft.title),
    organizationName: draft.kind === 'person' ? clean(draft.organizationName) : undefined,
    organizationSourceId: clean(draft.organizationSourceId),
    notes: clean(draft.notes),
    website: clean(draft.website),
    industry: clean(draft.industry),
    birthday: birthdayOf(draft.birthday, where, options.dateOrder, warnings),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(record, { [key]: value });
  return { type: 'record', record, warnings };
}

function birthdayOf(raw: string | undefined, where: string, order: DateOrder | undefined, warnings: string[]) {
  if (raw === undefined) return undefined;
  const result = normalizeBirthday(raw, order);
  if ('birthday' in result) return result.birthday;
  if ('invalid' in result) warnings.push(`${where}: the birthday "${raw.trim()}" was not understood (write it like 1985-04-12) and was left out.`);
  return undefined;
}

function cleanAddress(address: ImportAddress): ImportAddress {
  const cleaned: ImportAddress = {};
  for (const [key, value] of Object.entries(address)) {
    const text = clean(value as string | undefined);
    if (text) cleaned[key as keyof ImportAddress] = text;
  }
  return cleaned;
}

const error = (row: number, message: string): ReadItem => ({ type: 'error', error: { row, message } });
