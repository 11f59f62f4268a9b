/** The plan check's reading of EXPLAIN ANALYZE text: what counts as reading most of a table, and what does not. */
import { describe, expect, it } from 'vitest';
import type { ExplainedCase } from '../../bench/explain.ts';
import { wholeReadsOf } from '../../bench/whole-reads.ts';

const explained = (plan: string): ExplainedCase[] => [
  { endpoint: 'today-mine', label: 'a member', statements: [{ sql: 'select …', params: [], plan, executionMs: 1, planningMs: 1 }], totalExecutionMs: 2 },
];
const rows = new Map([
  ['people', 5_000],
  ['firms', 3],
]);

describe('whole reads in a plan', () => {
  it('flags a walk of the whole primary key under a bitmap heap scan', () => {
    const plan = [
      'Bitmap Heap Scan on people  (cost=205.91..463.41 rows=511 width=58) (actual time=0.639..1.911 rows=511 loops=1)',
      "  Recheck Cond: (firm_id = 'c'::uuid)",
      '  Filter: (stay_in_touch_days IS NOT NULL)',
      '  Rows Removed by Filter: 4489',
      '  ->  Bitmap Index Scan on people_firm_id_id_pk  (cost=0.00..205.78 rows=5000 width=0) (actual time=0.254..0.254 rows=5000 loops=1)',
      "        Index Cond: (firm_id = 'c'::uuid)",
    ].join('\n');
    const found = wholeReadsOf(explained(plan), rows);
    // Once, at the index walk (the heap scan above it only fetches what the walk found).
    expect(found.map((f) => f.how)).toEqual(['5,000 entries of people_firm_id_id_pk; the firm has 5,000']);
  });

  it('counts rows across loops and filters, and leaves small reads and small tables alone', () => {
    const probes = [
      'Nested Loop  (cost=0.42..9.1 rows=50 width=8) (actual time=0.01..0.5 rows=50 loops=1)',
      '  ->  Index Scan using people_name_idx on people p  (cost=0.29..4.3 rows=50 width=8) (actual time=0.005..0.2 rows=50 loops=1)',
      "        Index Cond: (firm_id = 'c'::uuid)",
      '  ->  Seq Scan on firms  (cost=0.00..1.03 rows=3 width=8) (actual time=0.001..0.002 rows=3 loops=1)',
    ].join('\n');
    expect(wholeReadsOf(explained(probes), rows)).toEqual([]);
    const looped = '->  Index Scan using people_firm_id_id_pk on people  (cost=0.29..4.3 rows=1 width=8) (actual time=0.005..0.006 rows=1 loops=2600)';
    expect(wholeReadsOf(explained(looped), rows).map((f) => f.how)).toEqual(['2,600 entries of people_firm_id_id_pk; the firm has 5,000']);
    const seq = 'Seq Scan on people  (cost=0.00..100 rows=10 width=8) (actual time=0.01..2.1 rows=10 loops=1)\n  Rows Removed by Filter: 4990';
    expect(wholeReadsOf(explained(seq), rows).map((f) => f.how)).toEqual(['sequential scan; the firm has 5,000']);
  });
});
