/**
 * `npm run eval:listening`: the question detector against human labels (scripts/eval-listening/evaluate.ts).
 * Prints a readable table; `--markdown` prints the table for docs/BENCHMARKS.md; `--errors` lists the
 * tuning set's mistakes (never the held-out set's), for whoever develops the rules.
 */
import { evaluate, scoreCorpora, tuningErrors } from './eval-listening/evaluate.ts';
import { formatTable } from './eval-listening/format-table.ts';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => a !== '--markdown' && a !== '--errors');
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}. Usage: eval-listening [--markdown] [--errors]`);
  process.exit(2);
}

const evaluation = evaluate();
console.log(formatTable(evaluation, args.has('--markdown') ? 'markdown' : 'text'));
if (!evaluation.openClosed.available) {
  console.log('\nOpen vs closed: skipped, tests/fixtures/listening/open-closed-labels.jsonl does not exist yet.');
}
if (args.has('--errors')) {
  console.log('\nTuning-set errors (held-out rows are never listed):');
  for (const e of tuningErrors(scoreCorpora())) {
    const before = e.previous !== undefined ? `   [after: ${e.previous}]` : '';
    const what = e.error === 'kind' ? `KIND (labelled ${e.expected}, found ${e.got})` : e.error.toUpperCase();
    console.log(`${what} ${e.corpus} ${e.row.conv_id}#${e.row.idx}: ${e.row.text}${before}`);
  }
}
