/**
 * `yellowpad import` with the database opened by the CLI itself (PostgreSQL, or the embedded database when
 * no server holds it): the file streams from disk through the same runImport as the server's jobs, as the
 * firm's first owner. A Yellowpad export (zip) is read whole.
 */
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { members } from '../../db/schema.ts';
import { findFirm } from '../../domain/firms/find-firm.ts';
import { toReport, type ImportReport } from '../../domain/importing/import-counts.ts';
import { importExportFile } from '../../domain/importing/import-export-file.ts';
import { runImport } from '../../domain/importing/run-import.ts';
import type { ImportFormat } from '../../importing/types.ts';
import { startsLikeZip } from '../../importing/zip-signature.ts';

export interface DirectImport {
  file: string;
  firm: string;
  format?: ImportFormat;
  onProgress?: (share: number, rows: number) => void;
}

export async function importDirectly(db: Db, input: DirectImport): Promise<ImportReport> {
  const firm = await findFirm(db, input.firm);
  const [owner] = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.firmId, firm.id), eq(members.role, 'owner')))
    .orderBy(asc(members.createdAt))
    .limit(1);
  const by = { firmId: firm.id, memberId: owner?.id ?? null };
  const size = statSync(input.file).size;
  if (!input.format && (await isZipFile(input.file))) {
    const outcome = await importExportFile(db, by, new Uint8Array(await readFile(input.file)));
    input.onProgress?.(1, outcome.counts.createdPeople);
    return toReport('yellowpad', outcome.counts, outcome.errors);
  }
  const outcome = await runImport(db, createReadStream(input.file, { highWaterMark: 256 * 1024 }), {
    ...by,
    format: input.format,
    onProgress: (p) => input.onProgress?.(size ? p.bytesDone / size : 1, p.rowsDone),
  });
  return toReport(outcome.format, outcome.counts, outcome.errors);
}

async function isZipFile(file: string): Promise<boolean> {
  const stream = createReadStream(file, { start: 0, end: 3 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return startsLikeZip(Buffer.concat(chunks));
}
