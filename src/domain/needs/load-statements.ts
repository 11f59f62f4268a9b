/** Reads problem-statement versions with their author and the client's confirmations, for one need or a page. */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { members, people, problemStatementConfirmations, problemStatements } from '../../db/schema.ts';
import type { ConfirmationMethod, StatementOrigin } from '../../common/practices.ts';

export interface ConfirmationView {
  version: number;
  person: { id: string; fullName: string };
  how: ConfirmationMethod;
  confirmedAt: Date;
  note: string | null;
}

export interface StatementView {
  needId: string;
  version: number;
  text: string;
  origin: StatementOrigin;
  changeReason: string | null;
  createdAt: Date;
  author: { id: string; name: string } | null;
  confirmations: ConfirmationView[];
}

const ps = problemStatements;
const columns = {
  needId: ps.needId,
  version: ps.version,
  text: ps.text,
  origin: ps.origin,
  changeReason: ps.changeReason,
  createdAt: ps.createdAt,
  author: { id: members.id, name: members.name },
};

/** Confirmations of the given needs' statements, oldest first, with the confirming person. */
async function loadConfirmations(db: Db, firmId: string, needIds: string[]) {
  const c = problemStatementConfirmations;
  return db
    .select({ needId: c.needId, version: c.version, person: { id: people.id, fullName: people.fullName }, how: c.how, confirmedAt: c.confirmedAt, note: c.note })
    .from(c)
    .innerJoin(people, and(eq(people.firmId, c.firmId), eq(people.id, c.personId)))
    .where(and(eq(c.firmId, firmId), inArray(c.needId, needIds)))
    .orderBy(asc(c.confirmedAt), asc(people.fullName));
}

/**
 * The needs' statements: every version oldest first ('all'), or only the latest of each ('latest').
 * Each keeps only its own confirmations: a new version starts unconfirmed.
 */
export async function loadStatements(db: Db, firmId: string, needIds: string[], which: 'all' | 'latest'): Promise<Map<string, StatementView[]>> {
  const byNeed = new Map<string, StatementView[]>(needIds.map((id) => [id, []]));
  if (needIds.length === 0) return byNeed;
  const base = which === 'latest' ? db.selectDistinctOn([ps.needId], columns) : db.select(columns);
  const rows = await base
    .from(ps)
    .leftJoin(members, and(eq(members.firmId, ps.firmId), eq(members.id, ps.createdBy)))
    .where(and(eq(ps.firmId, firmId), inArray(ps.needId, needIds)))
    .orderBy(asc(ps.needId), which === 'latest' ? desc(ps.version) : asc(ps.version));
  const confirmations = await loadConfirmations(db, firmId, needIds);
  for (const row of rows) {
    const own = confirmations.filter((c) => c.needId === row.needId && c.version === row.version).map(({ needId: _, ...c }) => c);
    byNeed.get(row.needId)?.push({ ...row, confirmations: own });
  }
  return byNeed;
}
