/** Normalisation shared by creating and editing a person. */
import { practiceLimits } from '../../common/practices.ts';
import { AppError } from '../errors.ts';

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
