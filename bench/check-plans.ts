/**
 * `npm run bench:plans`: does every daily read still have an index to read? Generates (or reuses) a small
 * bench firm (BENCH_PEOPLE, BENCH_CONVERSATIONS; CI uses 5,000 / 50,000), runs the endpoints' own use cases
 * once each, and EXPLAINs every statement they sent with sequential scans priced out
 * (`enable_seqscan = off`): at this size a sequential scan can be the cheaper plan, but with it priced out
 * PostgreSQL only scans a table whole when no index can serve the query — the query has fallen off its
 * index: it reads at least half of a table, and at a real firm's size that is every request reading
 * hundreds of thousands of rows. Exits 1 naming the statement, the table and how much it read.
 *
 *   BENCH_DATABASE_URL=postgres://…/yellowpad_bench npm run bench:plans   (PostgreSQL; else PGlite)
 */
import { sql } from 'drizzle-orm';
import { queryRows, toCount } from '../src/domain/support/rows.ts';
import { buildPools } from './pools.ts';
import { explainCases } from './explain.ts';
import { explainInputs, practiceExplainInputs } from './explain-inputs.ts';
import { busiestMember } from './practice-member.ts';
import { prepareTarget } from './prepare-target.ts';
import { config } from './bench-config.ts';
import { log } from './bench-helpers.ts';
import { GROWING, wholeReadsOf } from './whole-reads.ts';

async function main() {
  const kind = config.postgresUrl ? 'postgres' : 'pglite';
  log(`Plan check on ${kind}: ${config.people.toLocaleString('en')} people, ${config.conversations.toLocaleString('en')} conversations`);
  const prepared = await prepareTarget(kind);
  const { opened, lock, firmId, ownerId } = prepared;
  try {
    const actor = { firmId, memberId: ownerId, role: 'owner' as const };
    const pools = await buildPools(opened.db, firmId);
    const member = await busiestMember(opened.db, firmId);
    const inputs = [...(await explainInputs(opened.db, firmId, pools, [])), ...practiceExplainInputs(member.actor, [])];
    const explained = await explainCases(opened, actor, inputs, ['set enable_seqscan = off']);
    const statements = explained.reduce((n, c) => n + c.statements.length, 0);
    const tables = await queryRows<{ name: string }>(opened.db, sql`select table_name as name from information_schema.columns where column_name = 'firm_id' and table_schema = 'public'`);
    const tableRows = new Map<string, number>();
    for (const { name } of tables.filter((t) => GROWING.test(t.name))) {
      const [row] = await queryRows<{ n: unknown }>(opened.db, sql`select count(*) as n from ${sql.identifier(name)} where firm_id = ${firmId}`);
      tableRows.set(name, toCount(row?.n));
    }
    const scans = wholeReadsOf(explained, tableRows);
    for (const s of scans) log(`  ${s.case}: reads most of ${s.table} (${s.how})\n    ${s.sql.slice(0, 400)}`);
    log(`${explained.length} reads, ${statements} statements: ${scans.length === 0 ? 'every one reads an index' : `${scans.length} reads of most of a table`}.`);
    if (scans.length > 0) process.exitCode = 1;
  } finally {
    await opened.close();
    await lock?.release();
  }
}

await main();
