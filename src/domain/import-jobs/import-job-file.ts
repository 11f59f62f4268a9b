/**
 * An import job's file, kept in the database in chunks (decision 021) so whichever server runs the job can
 * read it, and read it in bounded memory: one chunk per query, in order.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { importChunks } from '../../db/schema.ts';

export const CHUNK_BYTES = 1024 * 1024;

/** Stores a stream as numbered chunks of CHUNK_BYTES; returns the byte count. `maxBytes` guards the upload. */
export async function storeJobFile(
  tx: Db,
  firmId: string,
  jobId: string,
  source: AsyncIterable<Uint8Array>,
  onTooLarge: (bytes: number) => Error,
  maxBytes: number,
): Promise<number> {
  let total = 0;
  let seq = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (!pendingBytes) return;
    const bytes = Buffer.concat(pending, pendingBytes);
    await tx.insert(importChunks).values({ firmId, jobId, seq: seq++, bytes });
    pending = [];
    pendingBytes = 0;
  };
  for await (const chunk of source) {
    total += chunk.length;
    if (total > maxBytes) throw onTooLarge(total);
    let rest = chunk;
    while (rest.length) {
      const take = Math.min(rest.length, CHUNK_BYTES - pendingBytes);
      pending.push(rest.subarray(0, take));
      pendingBytes += take;
      rest = rest.subarray(take);
      if (pendingBytes === CHUNK_BYTES) await flush();
    }
  }
  await flush();
  return total;
}

/** What the reader is handed at a time: small, so the bytes read (the progress bar) stay close to the rows written. */
const SLICE_BYTES = 64 * 1024;

/** The file's bytes, chunk by chunk (each stored chunk handed on in slices). */
export async function* readJobFile(db: Db, firmId: string, jobId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const [chunk] = await db
      .select({ bytes: importChunks.bytes })
      .from(importChunks)
      .where(and(eq(importChunks.firmId, firmId), eq(importChunks.jobId, jobId), eq(importChunks.seq, seq)));
    if (!chunk) return;
    const bytes = new Uint8Array(chunk.bytes);
    for (let at = 0; at < bytes.length; at += SLICE_BYTES) yield bytes.subarray(at, at + SLICE_BYTES);
  }
}

/** The file's bytes in one piece (a Yellowpad export is a zip, read whole). */
export async function readWholeJobFile(db: Db, firmId: string, jobId: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of readJobFile(db, firmId, jobId)) parts.push(chunk);
  return Buffer.concat(parts);
}

/** Deletes the file once its job has ended: the contacts now live in the firm's records. */
export async function deleteJobFile(db: Db, firmId: string, jobId: string): Promise<void> {
  await db.execute(sql`delete from import_chunks where firm_id = ${firmId} and job_id = ${jobId}`);
}
