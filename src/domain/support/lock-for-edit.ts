/**
 * The one optimistic-concurrency check (decision 008): lock the firm's row, answer "not found" for a
 * missing or other firm's row, and refuse an edit based on an older version than the one stored.
 */
import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open-db.ts';
import type { Actor } from '../actor.ts';
import { notFound, versionConflict } from '../errors.ts';

type EditableTable = PgTable & { firmId: PgColumn; id: PgColumn; version: PgColumn };

/** Inside the edit's transaction: the current row (locked until commit) and the condition that names it. */
export async function lockForEdit<T extends EditableTable>(
  tx: Db,
  table: T,
  actor: Actor,
  id: string,
  loadedVersion: number,
  what: string,
): Promise<{ current: T['$inferSelect']; where: SQL }> {
  const where = and(eq(table.firmId, actor.firmId), eq(table.id, id))!;
  const [current] = (await tx.select().from(table as PgTable).where(where).for('update').limit(1)) as T['$inferSelect'][];
  if (!current) throw notFound(what);
  const version = (current as { version: number }).version;
  if (version !== loadedVersion) throw versionConflict(what, version);
  return { current, where };
}
