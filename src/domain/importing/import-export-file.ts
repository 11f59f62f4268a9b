/**
 * A Yellowpad export (zip) imported through the same doors as a contacts file — the import job and the
 * CLI — with its report in the import's counts (decision 022 describes what the export holds).
 */
import type { Db } from '../../db/open-db.ts';
import type { RowError } from '../../importing/types.ts';
import type { Actor } from '../actor.ts';
import { importFirmExport } from './import-firm-export.ts';
import { noCounts, type ImportCounts } from './import-counts.ts';

export async function importExportFile(
  db: Db,
  by: { firmId: string; memberId: string | null },
  bytes: Uint8Array,
): Promise<{ counts: ImportCounts; errors: RowError[] }> {
  const actor: Actor = { firmId: by.firmId, memberId: by.memberId ?? '', role: 'owner' };
  const report = await importFirmExport(db, actor, bytes);
  const errors = report.errors.map((e, i) => ({ row: 'row' in e && typeof e.row === 'number' ? e.row : i + 1, message: e.message }));
  return {
    counts: { ...noCounts(), createdPeople: report.created.people, createdOrganizations: report.created.organizations, skipped: report.skipped, errors: errors.length },
    errors,
  };
}
