/**
 * A person as a vCard 4.0 (RFC 6350), built with ical.js so escaping is the library's: FN, N, EMAIL, TEL,
 * TITLE, ORG (one per organisation they belong to), ADR, BDAY, NOTE and UID (urn:uuid: and the person's id).
 */
import ICAL from 'ical.js';
import type { PostalAddress } from '../db/schema.ts';

export interface VcardPerson {
  id: string;
  fullName: string;
  emails: string[];
  phones: string[];
  title: string | null;
  birthday: string | null;
  addresses: PostalAddress[];
  notes: string | null;
  /** Organisations they belong to, with their title there. */
  organizations: { name: string; title: string | null }[];
}

const addressTypes = new Set(['home', 'work']);

export function personVcard(person: VcardPerson): string {
  const card = new ICAL.Component('vcard');
  card.addPropertyWithValue('version', '4.0');
  card.addPropertyWithValue('fn', person.fullName);
  addStructured(card, 'n', nameParts(person.fullName));
  for (const email of person.emails) card.addPropertyWithValue('email', email);
  for (const phone of person.phones) {
    const tel = new ICAL.Property('tel');
    tel.resetType('text');
    tel.setValue(phone);
    card.addProperty(tel);
  }
  const title = person.title ?? person.organizations.find((o) => o.title)?.title;
  if (title) card.addPropertyWithValue('title', title);
  for (const org of person.organizations) addStructured(card, 'org', [org.name]);
  for (const address of person.addresses) {
    const adr = addStructured(card, 'adr', ['', '', address.street ?? '', address.city ?? '', address.region ?? '', address.postalCode ?? '', address.country ?? '']);
    const label = address.label?.trim().toLowerCase();
    if (label && addressTypes.has(label)) adr.setParameter('type', label);
  }
  if (person.birthday) {
    const bday = new ICAL.Property('bday');
    bday.resetType('date-and-or-time');
    bday.setValue(person.birthday);
    card.addProperty(bday);
  }
  if (person.notes) card.addPropertyWithValue('note', person.notes);
  card.addPropertyWithValue('uid', `urn:uuid:${person.id}`);
  return card.toString();
}

/** N's family and given names from a full name: the last word is the family name (N is a hint; FN is the name). */
function nameParts(fullName: string): string[] {
  const words = fullName.trim().split(/\s+/);
  const family = words.length > 1 ? words.pop()! : '';
  return [family, words.join(' '), '', '', ''];
}

function addStructured(card: ICAL.Component, name: string, parts: string[]): ICAL.Property {
  const property = new ICAL.Property(name);
  property.setValue(parts as unknown as string);
  card.addProperty(property);
  return property;
}
