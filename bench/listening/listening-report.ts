/** Writes the listening-speed section of docs/BENCHMARKS.md (between its own markers). */
import type { MachineInfo } from '../machine.ts';
import { sectionMarkers, writeSection } from '../report-section.ts';
import type { ListeningSpeed } from './listening-speed.ts';

const { begin: BEGIN, end: END } = sectionMarkers('listening');
const GOAL_WORDS_PER_SECOND = 200_000;

export function renderListeningSpeed(speed: ListeningSpeed, machine: MachineInfo, at: string, revision: string): string {
  const met = speed.wordsPerSecond >= GOAL_WORDS_PER_SECOND;
  return [
    BEGIN,
    `Measured ${at.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpuModel} (${machine.cores} cores, one used), Node ${machine.node}, code ${revision}.`,
    '',
    '| Measure | Result | Goal |',
    '|---|---|---|',
    `| Words per second, read + analyse (one core) | **${speed.wordsPerSecond.toLocaleString('en')}** | ≥ 200,000 ${met ? '(met)' : '(**not met**)'} |`,
    `| One-hour call (${speed.callWords.toLocaleString('en')} words, ${speed.callUtterances} cues), median / p95 | ${speed.medianMs} ms / ${speed.p95Ms} ms | well under 50 ms |`,
    `| Reading the WebVTT alone, median | ${speed.parseMedianMs} ms | |`,
    '',
    `${speed.runs} runs of the same synthetic call (bench/listening/synthetic-call.ts) after a warm-up; parse, assign sides, analyse.`,
    END,
  ].join('\n');
}

export function writeListeningSpeed(path: string, section: string): void {
  writeSection(path, 'listening', section);
}
