/** Small helpers the benchmark's steps share: progress output, sizes in MiB, one-value queries. */
import type { sql } from 'drizzle-orm';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../src/db/open-db.ts';
import { queryRows } from '../src/domain/support/rows.ts';

/** The tables of the generated address book and conversations (the practice tables: generate-practices.ts). */
export const FIRM_TABLES = ['people', 'organizations', 'affiliations', 'conversations', 'conversation_people', 'conversation_members', 'members'] as const;

/** Bytes to MiB, the unit the report uses for memory and data sizes. */
export const mib = (bytes: number) => bytes / 1024 ** 2;

/** Prints one line of the run's progress. */
export const log = (line: string) => console.log(line);

/** Total size of the files under a directory (a PGlite data directory's size on disk). */
export function dirSize(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) total += dirSize(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/** The single value of a one-row, one-column query. */
export async function scalar<T>(db: Db, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await queryRows<Record<string, T>>(db, query);
  return Object.values(row ?? {})[0] as T;
}
