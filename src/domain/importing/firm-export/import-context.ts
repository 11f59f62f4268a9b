/**
 * What importing a Yellowpad export carries from step to step: the target firm and member, the old → new
 * id maps, the counts and the rows left out, and small helpers every step uses.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/open-db.ts';
import type { ExportRowError } from '../../../importing/yellowpad-export/read-firm-export.ts';
import type { Actor } from '../../actor.ts';

export const IMPORT_SOURCE = 'yellowpad';
const CHUNK = 500;

export interface ImportContext {
  tx: Db;
  actor: Pick<Actor, 'firmId' | 'memberId'>;
  /** The exported id → the id in this firm (new, or the record it matched). */
  people: Map<string, string>;
  organizations: Map<string, string>;
  members: Map<string, string>;
  created: Record<'people' | 'organizations' | 'affiliations' | 'conversations', number>;
  /** Records already in the firm (matched, not created again). */
  skipped: number;
  errors: ExportRowError[];
}

/** The member a record was created by in the new firm: the same person by email, else the importer (if any). */
export function createdByIn(ctx: ImportContext, exportedMemberId?: string | null): string | null {
  return (exportedMemberId && ctx.members.get(exportedMemberId)) || ctx.actor.memberId || null;
}

export const newId = () => randomUUID();

/** Runs `write` over `rows` in chunks, so a statement never carries more parameters than PostgreSQL takes. */
export async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** Lower-cased, with runs of spaces as one: how names are compared when matching. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
