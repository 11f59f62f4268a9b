/**
 * Every act on a client's page runs through here: one transaction that finds the token's live link and locks
 * it for share (a revocation waits, or wins and the act is refused), checks the page is of the right kind,
 * and, for a plan, locks the need and refuses changes to a closed one — in words meant for the client.
 */
import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { problemStatements } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import { lockNeed } from '../needs/lock-need.ts';
import { findLiveLink, type OpenLink } from './open-share-link.ts';

export type PlanLink = OpenLink & { needId: string };
export type RecapLink = OpenLink & { conversationId: string };

/** Runs `work` with the live link locked, inside one transaction. */
export function withLiveLink<T>(db: Db, token: string, now: Date, work: (tx: Db, link: OpenLink) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => work(tx, await findLiveLink(tx, token, now, true)));
}

export function requirePlan(link: OpenLink): PlanLink {
  if (!link.needId) throw new AppError('not_found', 'This page has no plan: it shows what we heard when we spoke.');
  return link as PlanLink;
}

export function requireRecap(link: OpenLink): RecapLink {
  if (!link.conversationId) throw new AppError('not_found', 'This page has no recap to answer: it shows the plan for your decision.');
  return link as RecapLink;
}

/** Locks the plan's need; a decided need can still be read and commented on, not changed. */
export async function lockOpenPlan(tx: Db, link: PlanLink): Promise<void> {
  const need = await lockNeed(tx, { firmId: link.firmId }, link.needId);
  if (need.outcome) {
    throw new AppError('need_closed', 'This decision has been made, so the plan can no longer be changed here. You can still leave a comment.');
  }
}

/** The version the client answered must be the current one: another is 404, an older one 409 (with the current). */
export async function requireCurrentVersion(tx: Db, link: PlanLink, version: number): Promise<void> {
  const [row] = await tx
    .select({ latest: max(problemStatements.version) })
    .from(problemStatements)
    .where(and(eq(problemStatements.firmId, link.firmId), eq(problemStatements.needId, link.needId)));
  const latest = row?.latest ?? 0;
  if (version < 1 || version > latest) throw new AppError('not_found', 'That version of the problem statement is not on this page.');
  if (version < latest) {
    throw new AppError('problem_statement_stale', 'The problem statement was just updated. Please read the new version.', { currentVersion: latest });
  }
}
