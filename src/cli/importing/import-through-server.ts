/**
 * `yellowpad import` while a server holds the embedded database: the file is uploaded to the server's API
 * with an API token, started, and followed until it ends — the CLI never opens the data directory twice.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '../../domain/errors.ts';
import { toReport, type ImportCounts, type ImportReport } from '../../domain/importing/import-counts.ts';
import type { ImportFormat, RowError } from '../../importing/types.ts';

export interface ServerImport {
  file: string;
  firm: string;
  format?: ImportFormat;
  server: string;
  token: string;
  onProgress?: (share: number, rows: number) => void;
  pollMs?: number;
}

interface Job {
  id: string;
  version: number;
  status: string;
  format: string | null;
  progress: number;
  rowsDone: number;
  counts: ImportCounts;
  errors: RowError[];
  failure: string | null;
}

export async function importThroughServer(input: ServerImport): Promise<ImportReport> {
  const call = caller(input.server, input.token);
  const session = (await call('GET', '/auth/session')) as { firm: { id: string; slug: string } };
  if (session.firm.id !== input.firm && session.firm.slug !== input.firm) {
    throw new AppError('forbidden', `The API token belongs to the firm "${session.firm.slug}", not "${input.firm}": use a token created in that firm.`);
  }
  const body = Readable.toWeb(createReadStream(input.file)) as ReadableStream;
  const size = statSync(input.file).size;
  const uploaded = (await call('POST', `/imports?fileName=${encodeURIComponent(basename(input.file))}`, body, 'application/octet-stream', size)) as {
    job: Job;
    preview: { format: string };
  };
  await call('POST', `/imports/${uploaded.job.id}/start`, { version: uploaded.job.version, ...(input.format ? { format: input.format } : {}) });
  for (;;) {
    const job = (await call('GET', `/imports/${uploaded.job.id}`)) as Job;
    input.onProgress?.(job.progress, job.rowsDone);
    if (job.status === 'done') return toReport(job.format ?? uploaded.preview.format, job.counts, job.errors);
    if (job.status === 'failed') throw new AppError('internal_error', job.failure ?? 'The import failed on the server.');
    if (job.status === 'cancelled') throw new AppError('import_finished', 'The import was cancelled in the web app.');
    await new Promise((resolve) => setTimeout(resolve, input.pollMs ?? 500));
  }
}

function caller(server: string, token: string) {
  const base = `${server.replace(/\/$/, '')}/api/v1`;
  return async (method: string, path: string, body?: unknown, contentType = 'application/json', length?: number): Promise<unknown> => {
    const isStream = body instanceof ReadableStream;
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': contentType }),
          ...(length === undefined ? {} : { 'content-length': String(length) }),
        },
        body: body === undefined ? undefined : isStream ? body : JSON.stringify(body),
        ...(isStream ? { duplex: 'half' } : {}),
      } as RequestInit);
    } catch (error) {
      throw new AppError('internal_error', `The server at ${server} did not answer (${error instanceof Error ? error.message : String(error)}).`);
    }
    const payload = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
    if (!res.ok) throw new AppError('internal_error', `The server refused the import: ${payload.error?.message ?? res.statusText}`);
    return payload;
  };
}
