/** What every gift must say, whoever creates or edits it: whom it was for. */
import type { gifts } from '../../db/schema.ts';
import type { ClientLinks } from '../support/linked-records.ts';
import { AppError } from '../errors.ts';

export type GiftRow = typeof gifts.$inferSelect;
export type GiftRecord = GiftRow & ClientLinks;

/** A gift is given to someone: a person or an organisation (a need alone does not say who received it). */
export function requireRecipient(personId: string | null | undefined, organizationId: string | null | undefined): void {
  if (personId || organizationId) return;
  const problem = 'choose a person or an organisation';
  throw new AppError('validation_failed', 'Say whom the gift was for: a person, an organisation, or both.', {
    fields: { personId: problem, organizationId: problem },
  });
}
