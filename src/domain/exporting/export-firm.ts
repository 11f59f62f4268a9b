/**
 * Exports everything of the actor's firm as a zip (decision 022), owners only. The zip is produced while
 * it is read: one repeatable-read, read-only transaction pages through every table and deflates as it
 * goes, waiting whenever the reader (the HTTP response) is behind, so a large firm streams in bounded memory.
 */
import { eq } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import type { Db } from '../../db/open-db.ts';
import { firms } from '../../db/schema.ts';
import { byteStream } from '../../exporting/byte-stream.ts';
import { writeFirmExport } from '../../exporting/write-firm-export.ts';
import { ZipWriter } from '../../exporting/zip-writer.ts';
import type { Actor } from '../actor.ts';
import { requireOwner } from '../audit/require-owner.ts';
import { notFound } from '../errors.ts';

export interface FirmExport {
  firm: { name: string; slug: string };
  /** `yellowpad-<slug>-<YYYY-MM-DD>.zip` (the day is UTC). */
  fileName: string;
  /** The zip's bytes; fails (is destroyed with the error) if reading the database fails midway. */
  stream: Readable;
}

export async function exportFirm(db: Db, actor: Actor, now: Date): Promise<FirmExport> {
  requireOwner(actor, 'export everything of the firm');
  const [firm] = await db.select({ id: firms.id, name: firms.name, slug: firms.slug }).from(firms).where(eq(firms.id, actor.firmId));
  if (!firm) throw notFound('firm');
  const out = byteStream();
  const written = db.transaction(
    async (tx) => {
      const zip = new ZipWriter(out.write);
      await writeFirmExport(tx, firm, zip, now);
      await zip.end();
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  written.then(
    () => out.readable.end(),
    (err: unknown) => out.readable.destroy(err instanceof Error ? err : new Error(String(err))),
  );
  // A failure before the first byte (e.g. the database is unreachable) is thrown here, so it is answered as
  // an error; a failure later ends the download unfinished.
  await Promise.race([out.started, written]);
  return {
    firm: { name: firm.name, slug: firm.slug },
    fileName: `yellowpad-${firm.slug}-${now.toISOString().slice(0, 10)}.zip`,
    stream: out.readable,
  };
}
