/**
 * How an imported record meets what Yellowpad already holds (decision 021): the import adds, it never
 * overwrites. New emails, phones and addresses are appended; a title, birthday, notes, website or industry
 * fills a blank; anything a person already wrote in Yellowpad stays as they wrote it. Pure, so the rule is
 * unit-tested on its own.
 */
import { limits } from '../../common/limits.ts';
import type { PostalAddress } from '../../db/schema.ts';
import type { ImportAddress, ImportRecord } from '../../importing/types.ts';

/** A person as a batch sees them: loaded from the database, or created earlier in the same batch. */
export interface PersonState {
  id: string;
  isNew: boolean;
  /** Changed since loaded (an existing person then needs an UPDATE). */
  dirty: boolean;
  fullName: string;
  emails: string[];
  phones: string[];
  title: string | null;
  birthday: string | null;
  addresses: PostalAddress[];
  notes: string | null;
  /** Their organisations, each with their title there. */
  organizations: Map<string, string | null>;
}

export interface OrganizationState {
  id: string;
  isNew: boolean;
  dirty: boolean;
  name: string;
  website: string | null;
  industry: string | null;
  notes: string | null;
}

/** A new person from a record; the title goes on the affiliation instead when an organisation is known. */
export function newPerson(id: string, record: ImportRecord, hasOrganization: boolean): PersonState {
  return {
    id,
    isNew: true,
    dirty: false,
    fullName: record.fullName,
    emails: record.emails.slice(0, limits.emailsPerPerson),
    phones: record.phones.slice(0, limits.phonesPerPerson),
    title: hasOrganization ? null : (record.title ?? null),
    birthday: record.birthday ?? null,
    addresses: record.addresses.map(toPostal),
    notes: record.notes ?? null,
    organizations: new Map(),
  };
}

export function newOrganization(id: string, name: string, record?: ImportRecord): OrganizationState {
  return {
    id,
    isNew: true,
    dirty: false,
    name,
    website: record?.website ?? null,
    industry: record?.industry ?? null,
    notes: record?.notes ?? null,
  };
}

/** Adds what the record knows and the person lacks; true when anything changed. */
export function mergeIntoPerson(person: PersonState, record: ImportRecord, hasOrganization: boolean): boolean {
  let changed = false;
  const emails = appendNew(person.emails, record.emails, limits.emailsPerPerson);
  if (emails !== person.emails) [person.emails, changed] = [emails, true];
  const phones = appendNew(person.phones, record.phones, limits.phonesPerPerson);
  if (phones !== person.phones) [person.phones, changed] = [phones, true];
  if (!hasOrganization && record.title && !person.title) [person.title, changed] = [record.title, true];
  if (record.birthday && !person.birthday) [person.birthday, changed] = [record.birthday, true];
  if (record.notes && !person.notes) [person.notes, changed] = [record.notes, true];
  const known = new Set(person.addresses.map(addressKey));
  const addresses = record.addresses.map(toPostal).filter((a) => !known.has(addressKey(a)));
  if (addresses.length) [person.addresses, changed] = [[...person.addresses, ...addresses], true];
  if (changed && !person.isNew) person.dirty = true;
  return changed;
}

/** Fills an organisation's blank website, industry and notes from a companies or accounts record. */
export function mergeIntoOrganization(organization: OrganizationState, record: ImportRecord): boolean {
  let changed = false;
  for (const field of ['website', 'industry', 'notes'] as const) {
    const value = record[field];
    if (value && !organization[field]) [organization[field], changed] = [value, true];
  }
  if (changed && !organization.isNew) organization.dirty = true;
  return changed;
}

/** The list with the values it lacks appended (case-insensitively), up to `max`; the same array when nothing is new. */
function appendNew(current: string[], incoming: string[], max: number): string[] {
  const seen = new Set(current.map((v) => v.toLowerCase()));
  const added = incoming.filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
  if (!added.length || current.length >= max) return current;
  return [...current, ...added].slice(0, max);
}

function toPostal(address: ImportAddress): PostalAddress {
  return { ...address };
}

/** Two addresses are the same when their parts are, ignoring case, spacing and the label. */
function addressKey(address: PostalAddress): string {
  const parts = [address.street, address.city, address.region, address.postalCode, address.country];
  return parts.map((p) => (p ?? '').toLowerCase().replace(/\s+/g, ' ').trim()).join('|');
}
