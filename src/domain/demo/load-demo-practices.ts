/**
 * Inserts the demo firm's practice records inside the loader's transaction: needs with their statement
 * histories and journeys, incidents, commitments and their renegotiations, gifts, providers, referrals,
 * follow-ups and close-outs, and the stay-in-touch cadences.
 *
 * These rows are history: statements confirmed, promises kept or broken, incidents verified at past
 * moments. The use cases only let such things happen "now", so the rows are inserted directly, in bulk
 * (one statement per table); PostgreSQL's foreign keys and CHECK constraints still guard every row.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open-db.ts';
import {
  closeOuts,
  commitmentRenegotiations,
  commitments,
  followUps,
  gifts,
  incidents,
  journeySteps,
  needPeople,
  needs,
  people,
  problemStatementConfirmations,
  problemStatements,
  providers,
  referrals,
} from '../../db/schema.ts';
import { buildDemoPracticeRows, type DemoPracticeRows } from './build-demo-practice-rows.ts';
import type { DemoPracticeContext } from './demo-scope.ts';

export interface DemoPracticeCounts {
  needs: number;
  commitments: number;
  gifts: number;
  providers: number;
  referrals: number;
  incidents: number;
  followUps: number;
}

async function insertAll<T extends PgTable>(tx: Db, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length > 0) await tx.insert(table).values(rows);
}

async function setCadences(tx: Db, firmId: string, cadences: DemoPracticeRows['cadences']): Promise<void> {
  if (cadences.length === 0) return;
  const cases = sql.join(cadences.map((c) => sql`when ${c.personId}::uuid then ${c.days}::integer`), sql` `);
  await tx
    .update(people)
    .set({ stayInTouchDays: sql`case ${people.id} ${cases} end` })
    .where(and(eq(people.firmId, firmId), inArray(people.id, cadences.map((c) => c.personId))));
}

/** Loads every practice record of the demo firm (the caller's transaction) and says how many of each. */
export async function loadDemoPractices(tx: Db, context: DemoPracticeContext): Promise<DemoPracticeCounts> {
  const rows = buildDemoPracticeRows(context);
  // In foreign-key order: each table only refers to rows inserted before it.
  await insertAll(tx, needs, rows.needs);
  await insertAll(tx, needPeople, rows.needPeople);
  await insertAll(tx, problemStatements, rows.problemStatements);
  await insertAll(tx, problemStatementConfirmations, rows.confirmations);
  await insertAll(tx, journeySteps, rows.journeySteps);
  await insertAll(tx, incidents, rows.incidents);
  await insertAll(tx, commitments, rows.commitments);
  await insertAll(tx, commitmentRenegotiations, rows.renegotiations);
  await insertAll(tx, gifts, rows.gifts);
  await insertAll(tx, providers, rows.providers);
  await insertAll(tx, referrals, rows.referrals);
  await insertAll(tx, followUps, rows.followUps);
  await insertAll(tx, closeOuts, rows.closeOuts);
  await setCadences(tx, context.firmId, rows.cadences);
  return {
    needs: rows.needs.length,
    commitments: rows.commitments.length,
    gifts: rows.gifts.length,
    providers: rows.providers.length,
    referrals: rows.referrals.length,
    incidents: rows.incidents.length,
    followUps: rows.followUps.length,
  };
}
