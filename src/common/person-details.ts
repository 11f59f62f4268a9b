/**
 * A person's own details beyond name and contact (title, birthday, postal addresses): limits, the parts of
 * an address and reading a birthday, defined once for the server's rules and the web app's form and page.
 */
import type { PostalAddress } from '../db/schema/foundation.ts';

export const personDetailLimits = {
  titleMax: 200,
  addressesPerPerson: 10,
  addressPartMax: 200,
} as const;

/** The parts of a postal address, in the order people write them (the label says which: home, work…). */
export const addressParts = ['label', 'street', 'city', 'region', 'postalCode', 'country'] as const satisfies readonly (keyof PostalAddress)[];
export type AddressPart = (typeof addressParts)[number];

export const addressPartLabels: Record<AddressPart, string> = {
  label: 'Label',
  street: 'Street',
  city: 'Town or city',
  region: 'County or region',
  postalCode: 'Postcode',
  country: 'Country',
};

export interface Birthday {
  /** Null when the year is not known (`--MM-DD`). */
  year: number | null;
  /** 1–12. */
  month: number;
  /** 1–31, a real day of that month (29 February is allowed without a year). */
  day: number;
}

const birthdayPattern = /^(?:(\d{4})-|--)(\d{2})-(\d{2})$/;

/** Days in a month; without a year February has 29, since someone born on 29 February has a birthday. */
function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A birthday written `YYYY-MM-DD` or `--MM-DD` (as vCard writes it), or null when it is not a real date. */
export function parseBirthday(text: string): Birthday | null {
  const match = birthdayPattern.exec(text);
  if (!match) return null;
  const year = match[1] === undefined ? null : Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) return null;
  return { year, month, day };
}

