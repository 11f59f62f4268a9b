/** The firm's owners alone may erase people and read the audit trail (decision 020). */
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';

/** Refuses a member who is not an owner, saying what they are trying to do and whom to ask. */
export function requireOwner(actor: Actor, what: string): void {
  if (actor.role !== 'owner') {
    throw new AppError('forbidden', `Only an owner of the firm can ${what}. Ask an owner to do it.`);
  }
}
