/**
 * The evaluation as a table: aligned text for the terminal, or markdown for docs/BENCHMARKS.md.
 */
import type { DetectionScores, Evaluation, KindScores, Part } from './evaluate.ts';

type Cells = string[];

const percent = (x: number): string => x.toFixed(3);
const partName: Record<Part, string> = { tuning: 'tuning', heldOut: 'held-out' };
const parts: Part[] = ['tuning', 'heldOut'];

export function formatTable(evaluation: Evaluation, style: 'text' | 'markdown'): string {
  const header: Cells = ['measure', 'set', 'rows', 'labelled', 'precision', 'recall', 'F1 / accuracy', 'goal'];
  const rows: Cells[] = [];
  for (const part of parts) {
    rows.push(detectionRow('PersuasionForGood utterances: detector', part, evaluation.persuasionUtterances.detector[part], part === 'heldOut' ? 'F1 ≥ 0.85' : ''));
    rows.push(detectionRow('PersuasionForGood utterances: "contains ?"', part, evaluation.persuasionUtterances.baseline[part], ''));
  }
  for (const part of parts) {
    rows.push(detectionRow('PersuasionForGood sentences: detector', part, evaluation.persuasion.detector[part], ''));
    rows.push(detectionRow('PersuasionForGood sentences: "contains ?"', part, evaluation.persuasion.baseline[part], ''));
  }
  for (const part of parts) {
    rows.push(detectionRow('CaSiNo elicit-pref: detector (recall)', part, evaluation.casino.detector[part], part === 'heldOut' ? 'recall ≥ 0.85' : ''));
    rows.push(detectionRow('CaSiNo elicit-pref: "contains ?"', part, evaluation.casino.baseline[part], ''));
  }
  if (evaluation.openClosed.available) {
    for (const part of parts) rows.push(kindRow(part, evaluation.openClosed[part], part === 'heldOut' ? 'accuracy ≥ 0.94' : ''));
  }
  return style === 'markdown' ? markdown(header, rows) : aligned(header, rows);
}

function detectionRow(name: string, part: Part, s: DetectionScores, goal: string): Cells {
  return [name, partName[part], String(s.rows), String(s.labelled), percent(s.precision), percent(s.recall), percent(s.f1), goal];
}

function kindRow(part: Part, s: KindScores, goal: string): Cells {
  return [`Open vs closed (coverage ${percent(s.coverage)})`, partName[part], String(s.detected), String(s.labelled), '', '', percent(s.accuracy), goal];
}

function markdown(header: Cells, rows: Cells[]): string {
  const line = (cells: Cells): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function aligned(header: Cells, rows: Cells[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: Cells): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
