/**
 * What `yellowpad import` prints: a progress line on stderr while it runs (rewritten in place on a
 * terminal, every 10% otherwise, so logs stay short), then the report — the fixed JSON contract with
 * --json, or sentences.
 */
import type { ImportReport } from '../../domain/importing/import-counts.ts';

const number = (n: number) => n.toLocaleString('en-GB');

export function progressPrinter(fileName: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1;
  return {
    update(share: number, rows: number) {
      const percent = Math.floor(Math.min(1, share) * 100);
      const line = `Importing ${fileName}: ${percent}% (${number(rows)} ${rows === 1 ? 'row' : 'rows'})`;
      if (stream.isTTY) {
        stream.write(`\r${line}\u001b[K`);
      } else if (Math.floor(percent / 10) > lastTenth) {
        lastTenth = Math.floor(percent / 10);
        stream.write(`${line}\n`);
      }
    },
    done() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}

/** The report as sentences, with the first row errors. */
export function reportText(report: ImportReport, listed = 20): string {
  const lines = [
    `Imported a ${report.format === 'yellowpad' ? 'Yellowpad export' : report.format === 'vcard' ? 'vCard file' : 'CSV file'}: ` +
      `${number(report.created.people)} people and ${number(report.created.organizations)} organisations created, ` +
      `${number(report.updated)} updated, ${number(report.skipped)} already up to date.`,
  ];
  if (report.errors.length) {
    lines.push(`${number(report.errors.length)} rows could not be imported:`);
    for (const error of report.errors.slice(0, listed)) lines.push(`  row ${error.row}: ${error.message}`);
    if (report.errors.length > listed) lines.push(`  … and ${number(report.errors.length - listed)} more (use --json to see them all).`);
  }
  return lines.join('\n');
}
