/** The import benchmark's runs: PostgreSQL (when a URL is given) with the full file, the embedded database with a tenth. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { benchDataDir, config } from '../bench-config.ts';
import { log } from '../bench-helpers.ts';
import { contactsFile } from './contacts-file.ts';
import { measureImport, pgliteLocation, type ImportRun } from './import-speed.ts';

export async function measureImports(): Promise<ImportRun[]> {
  const dir = join(benchDataDir, 'import');
  mkdirSync(dir, { recursive: true });
  const runs: ImportRun[] = [];
  if (config.postgresUrl) {
    const file = await contactsFile(join(dir, `contacts-${config.importRows}.csv`), config.importRows);
    runs.push(await measureImport('PostgreSQL', file, config.importRows, ['--database-url', config.postgresUrl]));
  } else {
    log('Import: no BENCH_DATABASE_URL or DATABASE_URL, so PostgreSQL is not measured.');
  }
  const smaller = Math.max(1000, Math.round(config.importRows / 10));
  const file = await contactsFile(join(dir, `contacts-${smaller}.csv`), smaller);
  runs.push(await measureImport('PGlite', file, smaller, pgliteLocation(join(dir, 'pglite'))));
  for (const run of runs) {
    log(`Import into ${run.database}: ${run.rows.toLocaleString('en')} rows in ${run.seconds.toFixed(1)} s, ${run.rowsPerSecond.toLocaleString('en')} rows/s, peak ${run.peakRssMb} MB.`);
  }
  return runs;
}
