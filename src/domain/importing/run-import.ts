/**
 * Runs an import from a stream of file bytes: records are read as they arrive and written in batches, each
 * batch in its own transaction with the caller's checkpoint (so a crash leaves whole batches only, and a
 * resumed run skips the rows already committed). A batch the database refuses is retried record by record,
 * so one bad row becomes a row error instead of losing its neighbours.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import type { ColumnMapping } from '../../importing/column-mapping.ts';
import { readImportRecords } from '../../importing/read-import-records.ts';
import type { ImportFormat, ImportRecord, RowError } from '../../importing/types.ts';
import { addCounts, noCounts, type ImportCounts } from './import-counts.ts';
import { writeImportBatch, type BatchContext, type BatchResult } from './write-import-batch.ts';

export const BATCH_SIZE = 1000;

/**
 * After these batches the planner's statistics are refreshed: a firm being imported is new to them, and
 * with "this firm has one person" the batch lookups would scan the firm instead of probing an index. The
 * embedded database has no autovacuum to do it; on a server it comes sooner than autovacuum would.
 */
const REFRESH_STATISTICS_AFTER = new Set([2, 8, 32, 128, 512]);

async function refreshStatistics(db: Db): Promise<void> {
  await db.execute(sql`analyze people, organizations, affiliations, import_links`);
}

/** Thrown by a checkpoint when the import must stop now (its job was cancelled or taken over): the batch rolls back. */
export class ImportInterrupted extends Error {}

export interface ImportProgress {
  /** The last row (or card) whose batch is committed. */
  rowsDone: number;
  bytesDone: number;
  counts: ImportCounts;
}

/** Where an import stands once a batch commits: `totals` counts this run's batches, this one included. */
export interface Checkpoint {
  rowsDone: number;
  bytesDone: number;
  batch: BatchResult;
  totals: ImportCounts;
}

export interface RunImportOptions {
  firmId: string;
  memberId: string | null;
  format?: ImportFormat;
  mapping?: ColumnMapping;
  /** Rows up to this one were committed by an earlier run: skip them. */
  resumeAfterRow?: number;
  batchSize?: number;
  /** Runs inside each batch's transaction, after its writes: the place to store a checkpoint. */
  checkpoint?: (tx: Db, point: Checkpoint) => Promise<void>;
  /** Called after each batch commits. */
  onProgress?: (progress: ImportProgress) => void;
  /** Asked before each batch; true stops the import after the batch in hand (e.g. cancelled). */
  shouldStop?: () => Promise<boolean>;
}

export interface ImportOutcome {
  format: ImportFormat;
  source: string;
  counts: ImportCounts;
  errors: RowError[];
  rowsDone: number;
  stopped: boolean;
}

export async function runImport(db: Db, bytes: AsyncIterable<Uint8Array>, options: RunImportOptions): Promise<ImportOutcome> {
  const read = { bytes: 0 };
  const reading = await readImportRecords(countBytes(bytes, read), { format: options.format, mapping: options.mapping });
  const context: BatchContext = { firmId: options.firmId, memberId: options.memberId, source: reading.source };
  const resumeAfter = options.resumeAfterRow ?? 0;
  const size = options.batchSize ?? BATCH_SIZE;
  let counts = noCounts();
  const errors: RowError[] = [];
  let rowsDone = resumeAfter;
  let records: ImportRecord[] = [];
  let readErrors: RowError[] = [];
  let lastRow = resumeAfter;

  let batches = 0;
  const flush = async (batch: Omit<PendingBatch, 'before'>) => {
    // Let waiting requests in first: the embedded database serves one caller at a time, and without this
    // pause the import would take it back before a request for the progress bar got a turn.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = await commitBatch(db, context, { ...batch, before: counts }, options.checkpoint);
    if (REFRESH_STATISTICS_AFTER.has(++batches)) await refreshStatistics(db);
    counts = addCounts(counts, result.counts);
    errors.push(...result.errors);
    rowsDone = batch.rowsDone;
    options.onProgress?.({ rowsDone, bytesDone: batch.bytesDone, counts });
  };
  // One batch is written while the next is read: parsing and the database's work overlap, and batches
  // still commit one after another, in file order.
  let writing: Promise<void> = Promise.resolve();
  const handOver = async () => {
    const batch = { records, readErrors, rowsDone: lastRow, bytesDone: read.bytes };
    records = [];
    readErrors = [];
    await writing;
    writing = flush(batch);
    writing.catch(() => undefined); // awaited (and thrown) at the next hand-over or the end
  };

  for await (const item of reading.items) {
    const row = item.type === 'record' ? item.record.row : item.error.row;
    if (row <= resumeAfter) continue;
    if (item.type === 'record') records.push(item.record);
    else readErrors.push(item.error);
    lastRow = row;
    if (records.length + readErrors.length >= size) {
      if (await options.shouldStop?.()) {
        await writing;
        return { format: reading.guess.format, source: reading.source, counts, errors, rowsDone, stopped: true };
      }
      await handOver();
    }
  }
  if (records.length || readErrors.length) await handOver();
  await writing;
  return { format: reading.guess.format, source: reading.source, counts, errors, rowsDone, stopped: false };
}

interface PendingBatch {
  records: ImportRecord[];
  readErrors: RowError[];
  rowsDone: number;
  bytesDone: number;
  /** This run's counts before the batch. */
  before: ImportCounts;
}

async function commitBatch(db: Db, context: BatchContext, pending: PendingBatch, checkpoint: RunImportOptions['checkpoint']): Promise<BatchResult> {
  const { records, readErrors } = pending;
  const withReadErrors = (result: BatchResult): BatchResult => ({
    counts: { ...result.counts, errors: result.counts.errors + readErrors.length },
    errors: [...readErrors, ...result.errors].sort((a, b) => a.row - b.row),
  });
  const point = (batch: BatchResult): Checkpoint => ({ rowsDone: pending.rowsDone, bytesDone: pending.bytesDone, batch, totals: addCounts(pending.before, batch.counts) });
  try {
    return await db.transaction(async (tx) => {
      const result = withReadErrors(await writeImportBatch(tx, context, records));
      await checkpoint?.(tx, point(result));
      return result;
    });
  } catch (error) {
    if (error instanceof ImportInterrupted) throw error;
    // Something in the batch broke a database rule: find which record, one transaction each.
    let result: BatchResult = { counts: noCounts(), errors: [] };
    for (const record of records) {
      const one = await db.transaction((tx) => writeImportBatch(tx, context, [record])).catch((failure: unknown) => ({
        counts: { ...noCounts(), errors: 1 },
        errors: [{ row: record.row, message: `This row could not be saved (${failure instanceof Error ? failure.message : String(failure)}).` }],
      }));
      result = { counts: addCounts(result.counts, one.counts), errors: [...result.errors, ...one.errors] };
    }
    result = withReadErrors(result);
    if (checkpoint) await db.transaction((tx) => checkpoint(tx, point(result)));
    return result;
  }
}

async function* countBytes(source: AsyncIterable<Uint8Array>, read: { bytes: number }): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    read.bytes += chunk.length;
    yield chunk;
  }
}
