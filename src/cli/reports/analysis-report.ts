/** `yellowpad analyze --format text`: the analysis as a report a person reads in a terminal. */
import type { TranscriptAnalysis } from '../../listening/index.ts';

export function analysisReport(analysis: TranscriptAnalysis): string {
  const lines: string[] = [];
  const m = analysis.measures;
  const length = m.durationSeconds !== undefined ? `${clock(m.durationSeconds)}, ` : '';
  lines.push(`Transcript: ${length}${m.totalWords} words, ${analysis.utterances.length} lines, ${analysis.turns.length} turns.`, '');

  lines.push('Who talked');
  const nameWidth = Math.max(...analysis.speakers.map((s) => s.name.length), 7);
  for (const s of analysis.speakers) {
    const time = s.timeShare !== undefined ? `, ${pct(s.timeShare)} of the time` : '';
    lines.push(
      `  ${s.name.padEnd(nameWidth)}  ${s.side.padEnd(7)} ${bar(s.talkShare)} ${pct(s.talkShare).padStart(4)} of words${time}; ` +
        `${s.turns} turns, longest ${s.longestMonologueWords} words; questions ${s.questions.open} open, ${s.questions.closed} closed`,
    );
  }
  lines.push('');

  if (analysis.findings.length === 0) {
    lines.push('Findings: none. The client spoke at least as much as we did, and nothing hurt trust.');
    return lines.join('\n');
  }
  lines.push(`Findings (${analysis.findings.length})`);
  for (const f of analysis.findings) {
    lines.push(`  [${f.severity}] ${f.message}`, `    What to do: ${f.suggestion}`);
    for (const index of f.evidence.slice(0, 3)) {
      const u = analysis.utterances[index];
      if (u) lines.push(`    #${index} ${u.speaker}: "${shorten(u.text, 100)}"`);
    }
    if (f.evidence.length > 3) lines.push(`    … and ${f.evidence.length - 3} more line${f.evidence.length === 4 ? '' : 's'}`);
  }
  return lines.join('\n');
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function bar(share: number): string {
  const width = 20;
  const filled = Math.round(share * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round(seconds % 60);
  return h > 0 ? `${h} h ${m} min` : `${m} min ${s} s`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
