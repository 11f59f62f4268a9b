/** The limits a record must keep to be imported (the same as for a person typed into the app); a row breaking one is a row error. */
import { limits } from '../../common/limits.ts';
import type { ImportRecord } from '../../importing/types.ts';

export function recordProblem(record: ImportRecord): string | null {
  const what = record.kind === 'organization' ? 'organisation name' : 'name';
  if (record.fullName.length > limits.nameMax) return `The ${what} is longer than ${limits.nameMax} characters: shorten it in the file.`;
  if (record.organizationName && record.organizationName.length > limits.nameMax) {
    return `The organisation name is longer than ${limits.nameMax} characters: shorten it in the file.`;
  }
  if (record.notes && record.notes.length > limits.notesMax) return `The notes are longer than ${limits.notesMax.toLocaleString('en')} characters: shorten them in the file.`;
  const long = record.emails.find((e) => e.length > limits.emailMax);
  if (long) return `The email address "${long.slice(0, 40)}…" is longer than ${limits.emailMax} characters.`;
  const phone = record.phones.find((p) => p.length > limits.phoneMax);
  if (phone) return `The phone number "${phone.slice(0, 40)}…" is longer than ${limits.phoneMax} characters.`;
  return null;
}
