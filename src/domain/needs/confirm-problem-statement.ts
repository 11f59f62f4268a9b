/**
 * Records that the client confirmed one version of the problem statement: who, when, how. Confirmation
 * belongs to that version only, so a later version starts unconfirmed.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { needs, people, problemStatementConfirmations, problemStatements } from '../../db/schema.ts';
import type { ConfirmationMethod } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { AppError, notFound } from '../errors.ts';
import { optionalText } from '../support/text.ts';
import type { ConfirmationView } from './load-statements.ts';

export interface ConfirmProblemStatementInput {
  /** The client's person who confirmed it (one of the firm's people). */
  personId: string;
  how: ConfirmationMethod;
  /** When they confirmed; now by default, never in the future. */
  confirmedAt?: Date | string;
  note?: string | null;
}

function confirmedAtOf(value: Date | string | undefined, now: Date): Date {
  if (value === undefined) return now;
  const at = new Date(value);
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime()) {
    throw new AppError('validation_failed', 'Say when they confirmed it: a moment that has already happened.', {
      fields: { confirmedAt: 'must be a date and time, not in the future' },
    });
  }
  return at;
}

export async function confirmProblemStatement(
  db: Db,
  actor: Actor,
  needId: string,
  version: number,
  input: ConfirmProblemStatementInput,
  now: Date,
): Promise<ConfirmationView> {
  const confirmedAt = confirmedAtOf(input.confirmedAt, now);
  return db.transaction(async (tx) => {
    const [statement] = await tx
      .select({ version: problemStatements.version })
      .from(needs)
      .leftJoin(
        problemStatements,
        and(eq(problemStatements.firmId, needs.firmId), eq(problemStatements.needId, needs.id), eq(problemStatements.version, version)),
      )
      .where(and(eq(needs.firmId, actor.firmId), eq(needs.id, needId)))
      .limit(1);
    if (!statement) throw notFound('need');
    if (statement.version === null) throw new AppError('not_found', `This need has no version ${version} of its problem statement.`);
    const [person] = await tx
      .select({ id: people.id, fullName: people.fullName })
      .from(people)
      .where(and(eq(people.firmId, actor.firmId), eq(people.id, input.personId)))
      .limit(1);
    if (!person) throw notFound('person');
    const note = optionalText(input.note);
    const inserted = await tx
      .insert(problemStatementConfirmations)
      .values({ firmId: actor.firmId, needId, version, personId: person.id, how: input.how, confirmedAt, note, createdBy: actor.memberId })
      .onConflictDoNothing()
      .returning({ version: problemStatementConfirmations.version });
    if (inserted.length === 0) {
      throw new AppError('already_confirmed', `${person.fullName} has already confirmed version ${version}.`);
    }
    return { version, person, how: input.how, confirmedAt, note };
  });
}
