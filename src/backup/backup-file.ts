/**
 * Reading and writing the gzip-compressed NDJSON file as a stream of lines, in bounded memory. A backup is
 * written beside its destination and renamed at the end, so a failed backup never looks like a finished one.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { pipeline as pipelinePromise } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { BackupError } from './backup-format.ts';

export interface LineWriter {
  write(line: string): Promise<void>;
  /** Flushes, closes and moves the file into place. */
  finish(): Promise<void>;
  /** Removes the unfinished file. */
  abandon(): Promise<void>;
}

/** Opens a new backup file; refuses to overwrite an existing one. */
export function createBackupFile(file: string): LineWriter {
  if (existsSync(file)) throw new BackupError(`${file} already exists. Choose another file name, or move the old backup away first.`);
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipelinePromise(gzip, createWriteStream(partial));
  written.catch(() => undefined); // observed in finish() or abandon()
  return {
    async write(line) {
      if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
    },
    async finish() {
      gzip.end();
      await written;
      renameSync(partial, file);
    },
    async abandon() {
      gzip.destroy();
      await written.catch(() => undefined);
      rmSync(partial, { force: true });
    },
  };
}

/** The file's lines, decompressed as they are read. A truncated or corrupt gzip stream throws a BackupError. */
export async function* readBackupLines(file: string): AsyncGenerator<string> {
  if (!existsSync(file)) throw new BackupError(`There is no file ${file}.`);
  const gunzip = pipeline(createReadStream(file), createGunzip(), () => undefined);
  gunzip.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
  } catch (err) {
    throw new BackupError(`${file} is damaged or incomplete (${(err as Error).message}); nothing was restored from it.`);
  } finally {
    gunzip.destroy();
  }
  if (rest !== '') yield rest;
}

/** The first line alone, to check a file before opening any database. */
export async function readFirstLine(file: string): Promise<string | undefined> {
  for await (const line of readBackupLines(file)) return line;
  return undefined;
}
