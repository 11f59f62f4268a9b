/** The firm's recent imports, newest first (the import page shows them with their reports). */
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { importJobs } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';

export const RECENT_IMPORTS = 20;

export async function listImportJobs(db: Db, actor: Actor) {
  return db
    .select()
    .from(importJobs)
    .where(eq(importJobs.firmId, actor.firmId))
    .orderBy(desc(importJobs.createdAt), desc(importJobs.id))
    .limit(RECENT_IMPORTS);
}
