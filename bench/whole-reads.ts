/**
 * Finds, in EXPLAIN ANALYZE plans, the scans that read most of a growing table (bench/check-plans.ts runs
 * them with sequential scans priced out, so a query that no index serves shows as a whole-index walk).
 */
import type { ExplainedCase } from './explain.ts';

/** Tables that grow with the firm; a whole read of a small vocabulary table (firms, members) is fine. */
export const GROWING = /^(people|organizations|affiliations|conversations|conversation_\w+|close_outs|follow_ups|commitments|needs|journey_steps|problem_\w+|incidents|gifts|referrals|client_acts|notifications|share_links)$/;

export interface WholeRead {
  case: string;
  table: string;
  how: string;
  sql: string;
}

/** A plan node's first line and the lines under it up to the next node. */
function nodesOf(plan: string): { head: string; body: string }[] {
  const lines = plan.split('\n');
  const nodes: { head: string; body: string }[] = [];
  for (const line of lines) {
    if (/^\s*(->\s+)?[A-Z][\w ]+(\s+on|\s+using|\s+\(cost)/.test(line) && !/^\s*(Index Cond|Filter|Recheck Cond|Sort Key|Hash Cond|Join Filter|Planning|Execution)/.test(line)) {
      nodes.push({ head: line, body: '' });
    } else if (nodes.length > 0) nodes[nodes.length - 1]!.body += `${line}\n`;
  }
  return nodes;
}

/** How many rows (or index entries) a node read in all: what it returned and what its filters threw away. */
function rowsRead(head: string, body: string): number {
  const actual = /actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)/.exec(head);
  if (!actual) return 0;
  const removed = [...body.matchAll(/Rows Removed by (?:Filter|Index Recheck): (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
  return (Number(actual[1]) + removed) * Number(actual[2]);
}

/**
 * Reads of most of a growing table: a scan node (sequential, index, index-only or bitmap) that read at least
 * half as many rows as the firm has in that table. With sequential scans priced out, that is how "no index
 * fits this query" shows: PostgreSQL walks a whole index instead.
 */
export function wholeReadsOf(explained: ExplainedCase[], tableRows: ReadonlyMap<string, number>): WholeRead[] {
  return explained.flatMap((c) =>
    c.statements.flatMap((s) =>
      nodesOf(s.plan).flatMap(({ head, body }): WholeRead[] => {
        const seq = /Seq Scan on (\w+)/.exec(head);
        const idx = /(?:Index Scan|Index Only Scan)(?: Backward)? using (\w+) on (\w+)/.exec(head);
        const bitmap = /Bitmap Index Scan on (\w+)/.exec(head);
        const table = seq?.[1] ?? idx?.[2] ?? (bitmap ? [...tableRows.keys()].find((t) => bitmap[1]!.startsWith(`${t}_`)) : undefined);
        if (!table || !GROWING.test(table)) return [];
        const total = tableRows.get(table) ?? 0;
        const read = rowsRead(head, body);
        if (total < MIN_ROWS || read < total / 2) return [];
        const how = seq ? 'sequential scan' : `${read.toLocaleString('en')} entries of ${idx?.[1] ?? bitmap![1]}`;
        return [{ case: `${c.endpoint} — ${c.label}`, table, how: `${how}; the firm has ${total.toLocaleString('en')}`, sql: s.sql }];
      }),
    ),
  );
}

/** Below this a table is too small for a whole read to matter. */
const MIN_ROWS = 1_000;

