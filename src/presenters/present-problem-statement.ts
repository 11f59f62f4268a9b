/** Problem-statement versions and the client's confirmations as the API shows them. */
import type { ConfirmationView, StatementView } from '../domain/needs/load-statements.ts';
import { iso } from './iso.ts';

const confirmationBody = (c: ConfirmationView) => ({
  person: { id: c.person.id, fullName: c.person.fullName },
  how: c.how,
  confirmedAt: iso(c.confirmedAt),
  note: c.note,
});

/** A confirmation on its own names the version it confirms. */
export function presentConfirmation(c: ConfirmationView) {
  return { version: c.version, ...confirmationBody(c) };
}

/** A version with its author and confirmations; `confirmed` says whether anyone on the client's side confirmed it. */
export function presentProblemStatement(s: StatementView) {
  return {
    version: s.version,
    text: s.text,
    origin: s.origin,
    changeReason: s.changeReason,
    createdAt: iso(s.createdAt),
    createdBy: s.author ? { id: s.author.id, name: s.author.name } : null,
    confirmations: s.confirmations.map(confirmationBody),
    confirmed: s.confirmations.length > 0,
  };
}
