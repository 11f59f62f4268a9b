/**
 * Import speed as a user meets it: `yellowpad import FILE --firm … --json` in its own process, into a new
 * firm, timed from start to exit, its peak memory sampled from /proc (VmHWM). PostgreSQL gets the full
 * file; the embedded database (in-process WASM) a tenth of it.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { log } from '../bench-helpers.ts';

const bin = join(import.meta.dirname, '../../bin/yellowpad.js');

export interface ImportRun {
  database: 'PostgreSQL' | 'PGlite';
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  report: { created: { people: number; organizations: number }; updated: number; skipped: number; errors: unknown[] };
}

export async function measureImport(database: ImportRun['database'], file: string, rows: number, location: string[]): Promise<ImportRun> {
  const tag = Date.now().toString(36);
  const firm = JSON.parse(
    (await run(['firms', 'create', '--name', `Import bench ${tag}`, '--owner-email', `import-bench-${tag}@example.test`, '--owner-password', 'correct horse battery', '--json', ...location])).stdout,
  ) as { slug: string };
  log(`Import: ${rows.toLocaleString('en')} rows into ${database}…`);
  const started = performance.now();
  const result = await run(['import', file, '--firm', firm.slug, '--json', ...location], true);
  const seconds = (performance.now() - started) / 1000;
  const report = JSON.parse(result.stdout) as ImportRun['report'];
  if (report.created.people !== rows) throw new Error(`the import created ${report.created.people} people from ${rows} rows`);
  return { database, rows, seconds, rowsPerSecond: Math.round(rows / seconds), peakRssMb: result.peakRssMb, report };
}

/** Runs the CLI; with `sample`, reads its peak resident memory from /proc while it runs. */
function run(args: string[], sample = false): Promise<{ stdout: string; peakRssMb: number }> {
  return new Promise((resolve, reject) => {
    const { DATABASE_URL: _fromLocation, ...env } = process.env;
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    const timer = sample
      ? setInterval(() => {
          try {
            const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
          } catch {
            // The process has just exited.
          }
        }, 100)
      : undefined;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`yellowpad ${args[0]} exited with ${code}: ${stderr.slice(-500)}`));
      else resolve({ stdout, peakRssMb: Math.round(peakKb / 1024) });
    });
  });
}

/** A throwaway embedded database directory for the PGlite run. */
export function pgliteLocation(dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  return ['--data-dir', dir];
}
