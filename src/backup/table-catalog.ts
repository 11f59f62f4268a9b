/**
 * Which tables a backup holds and in what order, read from PostgreSQL's own catalog so a table added by a
 * later migration is backed up without anyone remembering to list it: every table of the public schema,
 * parents before children (foreign keys), with its columns and primary key.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';
import { queryRows } from '../domain/support/rows.ts';
import { BackupError } from './backup-format.ts';

export interface TableInfo {
  name: string;
  /** Insertable columns in table order (generated columns are left out: PostgreSQL recomputes them). */
  columns: string[];
  primaryKey: string[];
  /** Tables this one references (itself excluded). */
  parents: string[];
}

/** Every table of the public schema, parents first. */
export async function listTables(db: Db): Promise<TableInfo[]> {
  const rows = await queryRows<{ name: string; columns: string[]; primary_key: string[] | null; parents: string[] | null }>(
    db,
    sql`
      select c.relname as name,
        (select json_agg(a.attname order by a.attnum) from pg_attribute a
          where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns,
        (select json_agg(a.attname order by k.ord) from pg_index i
          cross join unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
          join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
          where i.indrelid = c.oid and i.indisprimary) as primary_key,
        (select json_agg(distinct p.relname) from pg_constraint f join pg_class p on p.oid = f.confrelid
          where f.conrelid = c.oid and f.contype = 'f' and f.confrelid <> c.oid) as parents
      from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and not c.relispartition
      order by c.relname`,
  );
  const tables = rows.map((r) => {
    if (!r.primary_key) throw new BackupError(`The table ${r.name} has no primary key, so it cannot be backed up in pages.`);
    return { name: r.name, columns: r.columns, primaryKey: r.primary_key, parents: r.parents ?? [] };
  });
  return parentsFirst(tables);
}

/** Orders tables so each comes after every table it references (alphabetical among equals, for stable files). */
export function parentsFirst(tables: TableInfo[]): TableInfo[] {
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  const known = new Set(tables.map((t) => t.name));
  let pending = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  while (pending.length > 0) {
    const ready = pending.filter((t) => t.parents.every((p) => placed.has(p) || !known.has(p)));
    if (ready.length === 0) throw new BackupError(`These tables reference each other in a cycle: ${pending.map((t) => t.name).join(', ')}.`);
    for (const t of ready) {
      ordered.push(t);
      placed.add(t.name);
    }
    pending = pending.filter((t) => !placed.has(t.name));
  }
  return ordered;
}
