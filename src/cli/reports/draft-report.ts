/** `yellowpad check-draft --format text`: the draft check as a short report. */
import type { DraftCheck } from '../../listening/index.ts';

export function draftReport(check: DraftCheck): string {
  const lines = [
    `Draft: ${check.words} words; it refers to the reader ${check.focus.clientReferences} times and to us ${check.focus.selfReferences} times.`,
    '',
  ];
  if (check.findings.length === 0) {
    lines.push('Nothing to change: the draft is about the reader and carries no pressure lines.');
    return lines.join('\n');
  }
  for (const f of check.findings) {
    lines.push(`[${f.severity}] ${f.message}`, `  What to do: ${f.suggestion}`);
    for (const e of f.evidence.slice(0, 3)) lines.push(`  > ${e.text}`);
  }
  return lines.join('\n');
}
