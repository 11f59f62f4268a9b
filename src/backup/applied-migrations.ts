/**
 * Which migrations a database has, by name. Drizzle records each applied migration by its journal time
 * (`created_at`), not its name, so the names come from the migrations journal this code ships.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';
import { migrationsFolder } from '../db/migrate-db.ts';
import { queryRows } from '../domain/support/rows.ts';
import { BackupError } from './backup-format.ts';

interface JournalEntry {
  tag: string;
  when: number;
}

/** The migrations this code knows, oldest first. */
export function codeMigrations(): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}

/** The names of the migrations applied to this database (one this code does not know shows as `unknown-<time>`). */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const [exists] = await queryRows<{ present: boolean }>(db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!exists?.present) return [];
  const rows = await queryRows<{ created_at: unknown }>(db, sql`select created_at from drizzle.__drizzle_migrations order by created_at`);
  const names = new Map(codeMigrations().map((m) => [m.when, m.tag]));
  return rows.map((r) => names.get(Number(r.created_at)) ?? `unknown-${String(r.created_at)}`);
}

/** Refuses a backup taken after migrations this code does not have: its rows may not fit this schema. */
export function assertMigrationsKnown(fileMigrations: string[], file: string): void {
  const ours = codeMigrations().map((m) => m.tag);
  const foreign = fileMigrations.filter((m, i) => ours[i] !== m);
  if (foreign.length > 0) {
    throw new BackupError(
      `${file} was made by a newer Yellowpad: its database had migrations this version does not know (${foreign.join(', ')}). ` +
        'Upgrade Yellowpad to the version that made the backup (or later), then restore it.',
    );
  }
}
