/**
 * What the professional does with a client's suggestion: adopt it — their words become the next working
 * version of the problem statement, with the reason saying whose they were — or set it aside. Either way it
 * is resolved once; a second answer is refused (409 suggestion_resolved), so two colleagues never both adopt it.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { people, statementSuggestions } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError, notFound } from '../errors.ts';
import { addProblemStatement } from '../needs/add-problem-statement.ts';
import type { StatementView } from '../needs/load-statements.ts';
import { lockOpenNeed } from '../needs/lock-need.ts';
import { loadSuggestions, type SuggestionView } from './suggestion-view.ts';

const s = statementSuggestions;

/** Locks the need (open) and then the suggestion, refusing one already resolved. */
async function lockOpenSuggestion(tx: Db, actor: Actor, needId: string, suggestionId: string) {
  await lockOpenNeed(tx, actor, needId);
  const [row] = await tx
    .select({ id: s.id, version: s.version, text: s.text, status: s.status, personName: people.fullName, at: s.createdAt })
    .from(s)
    .innerJoin(people, and(eq(people.firmId, s.firmId), eq(people.id, s.personId)))
    .where(and(eq(s.firmId, actor.firmId), eq(s.needId, needId), eq(s.id, suggestionId)))
    .for('update', { of: s })
    .limit(1);
  if (!row) throw notFound('suggestion');
  if (row.status !== 'open') {
    throw new AppError(
      'suggestion_resolved',
      row.status === 'adopted' ? 'This suggestion has already been adopted as a new version.' : 'This suggestion has already been set aside.',
      { status: row.status },
    );
  }
  return row;
}

export async function adoptSuggestion(db: Db, actor: Actor, needId: string, suggestionId: string, now: Date): Promise<StatementView> {
  return db.transaction(async (tx) => {
    const suggestion = await lockOpenSuggestion(tx, actor, needId, suggestionId);
    const added = await addProblemStatement(tx, actor, needId, {
      text: suggestion.text,
      origin: 'working',
      reason: `In ${suggestion.personName}’s words, suggested on the share page for version ${suggestion.version}.`,
    });
    await tx
      .update(s)
      .set({ status: 'adopted', adoptedVersion: added.version, resolvedAt: now, resolvedBy: actor.memberId })
      .where(and(eq(s.firmId, actor.firmId), eq(s.id, suggestionId)));
    return added;
  });
}

export async function setSuggestionAside(db: Db, actor: Actor, needId: string, suggestionId: string, now: Date): Promise<SuggestionView> {
  await db.transaction(async (tx) => {
    await lockOpenSuggestion(tx, actor, needId, suggestionId);
    await tx
      .update(s)
      .set({ status: 'set_aside', resolvedAt: now, resolvedBy: actor.memberId })
      .where(and(eq(s.firmId, actor.firmId), eq(s.id, suggestionId)));
  });
  const [view] = await loadSuggestions(db, actor.firmId, eq(s.id, suggestionId));
  return view!;
}
