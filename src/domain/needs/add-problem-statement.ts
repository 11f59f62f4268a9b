/**
 * Adds the next version of a need's problem statement: who wrote it, when, and why it changed. Versions
 * are never edited; the number is assigned under the need's lock, so two writers never share one.
 */
import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { problemStatements } from '../../db/schema.ts';
import type { StatementOrigin } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { optionalText } from '../support/text.ts';
import { loadStatements, type StatementView } from './load-statements.ts';
import { lockOpenNeed } from './lock-need.ts';

export interface AddProblemStatementInput {
  text: string;
  origin: StatementOrigin;
  /** Why it changed from the previous version. */
  reason?: string | null;
  /** The version the writer refined (0: there was none yet); refused if another has been added since. */
  basedOnVersion?: number;
}

/** The need's latest version number, 0 when it has no statement yet. */
async function latestVersion(tx: Db, firmId: string, needId: string): Promise<number> {
  const [row] = await tx
    .select({ latest: max(problemStatements.version) })
    .from(problemStatements)
    .where(and(eq(problemStatements.firmId, firmId), eq(problemStatements.needId, needId)));
  return row?.latest ?? 0;
}

export async function addProblemStatement(db: Db, actor: Actor, needId: string, input: AddProblemStatementInput): Promise<StatementView> {
  return db.transaction(async (tx) => {
    await lockOpenNeed(tx, actor, needId);
    const latest = await latestVersion(tx, actor.firmId, needId);
    if (input.basedOnVersion !== undefined && input.basedOnVersion !== latest) {
      throw new AppError(
        'problem_statement_stale',
        `Someone refined this statement while you were writing: the latest is version ${latest}. Read it, then save your version again.`,
        { currentVersion: latest },
      );
    }
    if (input.origin === 'first_stated' && latest > 0) {
      throw new AppError(
        'first_statement_exists',
        'This need already has its first statement. A later version is a working version or the jointly defined one.',
        { currentVersion: latest },
      );
    }
    const version = latest + 1;
    await tx.insert(problemStatements).values({
      firmId: actor.firmId,
      needId,
      version,
      text: input.text.trim(),
      origin: input.origin,
      changeReason: optionalText(input.reason),
      createdBy: actor.memberId,
    });
    const [added] = (await loadStatements(tx, actor.firmId, [needId], 'latest')).get(needId) ?? [];
    return added!;
  });
}
