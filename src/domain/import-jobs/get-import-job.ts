/** One import job of the actor's firm: its state, progress, counts and first row errors. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { importJobs } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';

export type ImportJob = typeof importJobs.$inferSelect;

export const jobWhere = (firmId: string, id: string) => and(eq(importJobs.firmId, firmId), eq(importJobs.id, id))!;

export async function getImportJob(db: Db, actor: Actor, id: string): Promise<ImportJob> {
  const [job] = await db.select().from(importJobs).where(jobWhere(actor.firmId, id));
  if (!job) throw notFound('import');
  return job;
}
