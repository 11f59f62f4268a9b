// Reads vitest's JSON report: fails when any test failed or was skipped (a skipped suite proves nothing),
// and prints the plain "N passed, N failed" line CI summaries read.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const counts = (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
});

if (args[0] === '--total') {
  const all = args.slice(1).map((f) => counts(read(f)));
  const sum = all.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }));
  console.log(`${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`);
  process.exit(sum.failed + sum.skipped === 0 ? 0 : 1);
}

const line = args[0] === '--line';
const [name, file] = line ? args.slice(1) : args;
const report = read(file);
const c = counts(report);
if (line) {
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  process.exit(0);
}
const skipped = report.testResults.flatMap((f) =>
  f.assertionResults.filter((t) => t.status === 'pending' || t.status === 'skipped' || t.status === 'todo').map((t) => `${f.name}: ${t.fullName}`),
);
if (c.passed === 0) {
  console.error(`${name}: no test ran`);
  process.exit(1);
}
if (c.failed > 0 || !report.success) {
  console.error(`${name}: ${c.failed} test(s) failed`);
  process.exit(1);
}
if (skipped.length > 0) {
  console.error(`${name}: ${skipped.length} test(s) were skipped, which CI does not accept:\n  ${skipped.join('\n  ')}`);
  process.exit(1);
}
