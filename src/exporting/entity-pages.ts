/**
 * Reads one entity's rows of one firm in keyset pages of its primary key, so memory stays bounded however
 * large the firm (the same approach as the backup, decision 019). Rows keep the schema's property names.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';
import type { ExportEntity } from './export-entities.ts';

export const EXPORT_PAGE_SIZE = 500;

export type ExportRow = Record<string, unknown>;

export async function* entityPages(db: Db, entity: ExportEntity, firmId: string, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<ExportRow[]> {
  let after: unknown[] | null = null;
  for (;;) {
    const page: ExportRow[] = await db
      .select(entity.columns)
      .from(entity.table)
      .where(and(eq(entity.firmId, firmId), after ? afterKey(entity, after) : undefined))
      .orderBy(...entity.keyset)
      .limit(pageSize);
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    const last = page[page.length - 1]!;
    after = entity.keysetNames.map((name) => last[name]);
  }
}

/** `(k1, k2…) > (v1, v2…)`: the rows after the last one seen. */
function afterKey(entity: ExportEntity, values: unknown[]): SQL {
  const columns = sql.join(entity.keyset, sql`, `);
  const params = sql.join(
    values.map((v) => sql`${v instanceof Date ? v.toISOString() : v}`),
    sql`, `,
  );
  return sql`(${columns}) > (${params})`;
}
