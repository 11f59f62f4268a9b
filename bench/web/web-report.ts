/** The "Start and first load" section of docs/BENCHMARKS.md. */
import type { MachineInfo } from '../machine.ts';
import { sectionMarkers } from '../report-section.ts';
import type { FirstLoad } from './first-load.ts';
import type { StartTimes } from './start-time.ts';

const GOAL_FIRST_LOAD_KB = 150;
const GOAL_START_MS = 5_000;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = (met: boolean) => (met ? 'met' : '**not met**');

export function renderWebSpeed(load: FirstLoad, start: StartTimes, machine: MachineInfo, at: string, revision: string): string {
  const { begin, end } = sectionMarkers('web');
  return [
    begin,
    `Measured ${at.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpuModel} (${machine.cores} cores), Node ${machine.node}, code ${revision}.`,
    '',
    '| Measure | Result | Goal |',
    '|---|---|---|',
    `| JavaScript before Today can show (gzip) | **${kb(load.firstLoadJs)}** | ≤ ${GOAL_FIRST_LOAD_KB} kB (${verdict(load.firstLoadJs <= GOAL_FIRST_LOAD_KB * 1000)}) |`,
    `| Its CSS (gzip) | ${kb(load.firstLoadCss)} | |`,
    `| The largest page beyond that (${load.largestPage.src.replace(/^src\//, '')}) adds | ${kb(load.largestPage.addedJs)} | |`,
    `| The whole member app, ${load.chunks} chunks (gzip) | ${kb(load.allJs)} | |`,
    `| \`yellowpad serve\` to its first answer, empty data directory (migrations included) | **${(start.freshMs / 1000).toFixed(2)} s** | ≤ 5 s (${verdict(start.freshMs <= GOAL_START_MS)}) |`,
    `| The same, on the directory it left | ${(start.againMs / 1000).toFixed(2)} s | ≤ 5 s |`,
    '',
    'From `web/dist/.vite/manifest.json` after `npm run build:web` (bench/web/first-load.ts): the entry and its static',
    'imports plus the home page\'s chunk; the other pages load on their first visit, or earlier while the browser is idle',
    '(decision 026). Start: `node bin/yellowpad.js serve` on PGlite, polled at /api/v1/health (bench/web/start-time.ts).',
    end,
  ].join('\n');
}
