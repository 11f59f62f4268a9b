/** Normalisation shared by creating and editing a person. */
import { addressParts, parseBirthday, personDetailLimits, type AddressPart } from '../../common/person-details.ts';
import { practiceLimits } from '../../common/practices.ts';
import type { PostalAddress } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import { optionalText } from '../support/text.ts';

export function normaliseEmails(emails: string[] | undefined): string[] {
  return [...new Set((emails ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean))];
}

export function normalisePhones(phones: string[] | undefined): string[] {
  return [...new Set((phones ?? []).map((p) => p.trim()).filter(Boolean))];
}

/** What search matches: the name and every email, lower-cased (kept in a trigram-indexed column). */
export function personSearchText(fullName: string, emails: string[]): string {
  return [fullName, ...emails].join(' ').toLowerCase();
}

/**
 * The stay-in-touch cadence in days, or null for none. Guards callers outside the HTTP layer (the demo
 * loader), whose mistakes the database's CHECK would otherwise report less politely.
 */
export function checkCadence(days: number | null | undefined): number | null {
  if (days === null || days === undefined) return null;
  if (!Number.isInteger(days) || days < 1 || days > practiceLimits.stayInTouchDaysMax) {
    throw new AppError('validation_failed', `Choose a stay-in-touch cadence between 1 and ${practiceLimits.stayInTouchDaysMax} days, or none.`, {
      fields: { stayInTouchDays: `must be a whole number from 1 to ${practiceLimits.stayInTouchDaysMax}, or null` },
    });
  }
  return days;
}

/** An address as callers send it: any part may be missing, null or blank. */
export type AddressInput = Partial<Record<AddressPart, string | null>>;

/** The person's own details as sent; an absent key leaves the stored value as it is. */
export interface PersonDetailsInput {
  title?: string | null;
  birthday?: string | null;
  addresses?: AddressInput[];
}

/** A normalised value, and what to fix (field path → message) when the input could not be accepted. */
export interface Checked<T> {
  value: T;
  problems: Record<string, string>;
}

const tooLong = (max: number) => `must be at most ${max} characters`;

/** Their own title or role: trimmed, blank is null, at most personDetailLimits.titleMax characters. */
export function normaliseTitle(title: string | null | undefined): Checked<string | null> {
  const value = optionalText(title);
  const { titleMax } = personDetailLimits;
  return { value, problems: value && value.length > titleMax ? { title: tooLong(titleMax) } : {} };
}

/** A birthday as `YYYY-MM-DD` or `--MM-DD` (year not known), a real calendar date; blank is null. */
export function normaliseBirthday(birthday: string | null | undefined): Checked<string | null> {
  const value = optionalText(birthday);
  if (value === null || parseBirthday(value)) return { value, problems: {} };
  return {
    value: null,
    problems: {
      birthday: 'must be a real date, as YYYY-MM-DD (e.g. 1980-03-14), or as --MM-DD when the year is not known (e.g. --03-14)',
    },
  };
}

/**
 * Postal addresses: each part trimmed, blank parts dropped, an address with no part left dropped, at most
 * personDetailLimits.addressesPerPerson kept and each part at most addressPartMax characters. Problems name
 * the address by its place in the input (`addresses.1.city`), the row the caller sent.
 */
export function normaliseAddresses(addresses: AddressInput[] | undefined): Checked<PostalAddress[]> {
  const { addressesPerPerson, addressPartMax } = personDetailLimits;
  const problems: Record<string, string> = {};
  const value: PostalAddress[] = [];
  (addresses ?? []).forEach((input, i) => {
    const address: PostalAddress = {};
    for (const part of addressParts) {
      const text = optionalText(input[part]);
      if (text === null) continue;
      if (text.length > addressPartMax) problems[`addresses.${i}.${part}`] = tooLong(addressPartMax);
      address[part] = text;
    }
    if (Object.keys(address).length > 0) value.push(address);
  });
  if (value.length > addressesPerPerson) problems.addresses = `must hold at most ${addressesPerPerson} addresses (${value.length} were given)`;
  return { value, problems };
}

/**
 * Title, birthday and addresses normalised together, only those present in the input (so an edit keeps
 * what it does not send). Every problem is reported at once, as 400 validation_failed naming each field.
 */
export function normalisePersonDetails(input: PersonDetailsInput): { title?: string | null; birthday?: string | null; addresses?: PostalAddress[] } {
  const title = input.title === undefined ? undefined : normaliseTitle(input.title);
  const birthday = input.birthday === undefined ? undefined : normaliseBirthday(input.birthday);
  const addresses = input.addresses === undefined ? undefined : normaliseAddresses(input.addresses);
  const problems = { ...title?.problems, ...birthday?.problems, ...addresses?.problems };
  if (Object.keys(problems).length > 0) {
    const list = Object.entries(problems).map(([field, message]) => `${field}: ${message}`);
    throw new AppError('validation_failed', `Check these fields: ${list.join('; ')}.`, { fields: problems });
  }
  return {
    ...(title && { title: title.value }),
    ...(birthday && { birthday: birthday.value }),
    ...(addresses && { addresses: addresses.value }),
  };
}
