/**
 * Erases a person on their request (decision 020), in one transaction: count what refers to them, list the
 * records whose text names them, delete the person (the schema's foreign keys clear the firm's records that
 * pointed at them and remove the rows that were only the link), and record an audit entry that holds
 * counts and the reason — never the name, emails or anything else about them.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { people } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAuditEntry } from '../audit/record-audit-entry.ts';
import { removeSentEmailsTo } from '../email/remove-sent-emails-to.ts';
import { requireOwner } from '../audit/require-owner.ts';
import { AppError } from '../errors.ts';
import { optionalText } from '../support/text.ts';
import { erasureImpact, eraseWhat, loadPersonToErase } from './preview-erasure.ts';

export interface ErasePersonInput {
  /** The person's full name, typed again: erasure cannot be undone. */
  confirmName: string;
  /** Why (e.g. "request by email 2026-11-20"); stored in the audit entry, so it must not describe the person. */
  reason?: string | null;
}

const sameName = (typed: string, fullName: string) => typed.trim().replace(/\s+/g, ' ') === fullName.trim().replace(/\s+/g, ' ');

export async function erasePerson(db: Db, actor: Actor, personId: string, input: ErasePersonInput, now: Date) {
  requireOwner(actor, eraseWhat);
  return db.transaction(async (tx) => {
    const person = await loadPersonToErase(tx, actor, personId, true);
    if (!sameName(input.confirmName, person.fullName)) {
      throw new AppError('validation_failed', 'Type the person’s full name exactly as it is shown to confirm the erasure.', {
        fields: { confirmName: 'does not match the person’s full name' },
      });
    }
    const impact = await erasureImpact(tx, actor.firmId, person);
    const sentEmailsRemoved = await removeSentEmailsTo(tx, actor.firmId, person.id);
    await tx.delete(people).where(and(eq(people.firmId, actor.firmId), eq(people.id, person.id)));
    const entry = await recordAuditEntry(tx, actor, {
      action: 'person_erased',
      subject: 'person',
      subjectId: person.id,
      summary: { ...impact.unlinked, sentEmailsRemoved, reviewItems: impact.review.length },
      reason: optionalText(input.reason),
      at: now,
    });
    return { auditEntry: entry, ...impact };
  });
}
