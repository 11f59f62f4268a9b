/** Writes the import-speed section of docs/BENCHMARKS.md (between its own markers). */
import type { MachineInfo } from '../machine.ts';
import { sectionMarkers, writeSection } from '../report-section.ts';
import type { ImportRun } from './import-speed.ts';

const { begin: BEGIN, end: END } = sectionMarkers('import');
const GOAL_ROWS_PER_SECOND = 20_000;
const GOAL_RSS_MB = 300;

export function renderImportSpeed(runs: ImportRun[], machine: MachineInfo, at: string, revision: string): string {
  const rows = runs.map((r) => {
    const goals = r.database === 'PostgreSQL' ? ` | ${verdict(r.rowsPerSecond >= GOAL_ROWS_PER_SECOND)} / ${verdict(r.peakRssMb <= GOAL_RSS_MB)}` : ' | (no goal)';
    return `| ${r.database} | ${r.rows.toLocaleString('en')} | ${r.seconds.toFixed(1)} s | **${r.rowsPerSecond.toLocaleString('en')}** | ${r.peakRssMb} MB${goals} |`;
  });
  return [
    BEGIN,
    `Measured ${at.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpuModel} (${machine.cores} cores, shared by the CLI and the database server), Node ${machine.node}, code ${revision}.`,
    '',
    '| Database | Rows | Time (start to exit) | Rows per second | Peak memory of the CLI | Goal ≥ 20,000 rows/s / ≤ 300 MB |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '`yellowpad import FILE --firm … --json` in its own process into a new firm; every row is a new person with a new',
    'or existing organisation (5,000 companies), a title, a phone, an address and notes (bench/import/contacts-file.ts).',
    END,
  ].join('\n');
}

const verdict = (met: boolean) => (met ? 'met' : '**not met**');

export function writeImportSpeed(path: string, section: string): void {
  writeSection(path, 'import', section);
}
