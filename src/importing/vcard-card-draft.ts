/** One parsed vCard (an ical.js Component) → a RecordDraft. */
import ICAL from 'ical.js';
import type { RecordDraft } from './finish-record.ts';
import type { ImportAddress } from './types.ts';

type Component = InstanceType<typeof ICAL.Component>;

/** A structured value's component as text (a list inside a component, like "ing. jr,M.Sc.", is comma-joined). */
const part = (value: unknown): string => (Array.isArray(value) ? value.map(part).filter(Boolean).join(', ') : String(value ?? '')).trim();

/** ical.js gives structured values (N, ADR, ORG) as arrays, or as a plain string when not structured. */
function components(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(part);
  // ical.js gives a string when there is one component, already unescaped: "Northwind\\; Ltd" is "Northwind; Ltd".
  return [String(value ?? '').trim()];
}

function values(card: Component, name: string): unknown[] {
  return card.getAllProperties(name).map((p) => p.getFirstValue());
}

function text(card: Component, name: string): string | undefined {
  const [first] = values(card, name);
  return first === undefined || first === null ? undefined : part(first) || undefined;
}

/** `tel:+1-418-656-9254;ext=102` (vCard 4 URI form) → `+1-418-656-9254 ext. 102`. */
const phoneOf = (value: unknown) => part(value).replace(/^tel:/i, '').replace(/;ext=/i, ' ext. ');

/** A vCard date (an ical.js VCardTime, or text) → text normalizeBirthday understands. */
function dateText(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'month' in value && 'day' in value) {
    const { year, month, day } = value as { year: number | null; month: number | null; day: number | null };
    if (!month || !day) return undefined;
    const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return year ? `${String(year).padStart(4, '0')}-${md}` : `--${md}`;
  }
  return value === undefined || value === null ? undefined : part(value);
}

function addressOf(value: unknown): ImportAddress {
  const [, extended, street, city, region, postalCode, country] = components(value);
  return { street: [street, extended].filter(Boolean).join(', '), city, region, postalCode, country };
}

/** Apple marks company cards with X-ABShowAs:COMPANY; vCard 4.0 with KIND:org. */
function isOrganization(card: Component): boolean {
  return text(card, 'kind')?.toLowerCase() === 'org' || text(card, 'x-abshowas')?.toUpperCase() === 'COMPANY';
}

export function draftFromCard(card: Component): RecordDraft {
  const [family, given, additional] = components(card.getFirstPropertyValue('n'));
  const [organizationName] = components(values(card, 'org')[0]);
  return {
    kind: isOrganization(card) ? 'organization' : 'person',
    sourceId: text(card, 'uid'),
    fullName: text(card, 'fn'),
    firstName: given,
    middleName: additional,
    lastName: family,
    emails: values(card, 'email').map(part),
    phones: values(card, 'tel').map(phoneOf),
    title: text(card, 'title'),
    organizationName: organizationName || undefined,
    addresses: values(card, 'adr').map(addressOf),
    birthday: dateText(values(card, 'bday')[0]),
    notes: text(card, 'note'),
    website: text(card, 'url')?.replace(/\\(.)/g, '$1'),
  };
}
