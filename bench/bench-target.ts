/**
 * Benchmarks one database end to end: prepares it, records its size, serves it with the real Fastify
 * app on loopback, measures every endpoint under load, then EXPLAINs the endpoints' SQL.
 */
import { sql } from 'drizzle-orm';
import { createApiToken } from '../src/domain/auth/create-api-token.ts';
import { startSession } from '../src/domain/auth/start-session.ts';
import { toCount } from '../src/domain/support/rows.ts';
import { buildApp } from '../src/http/build-app.ts';
import { config, postgresDbName, redactUrl, root } from './bench-config.ts';
import { dirSize, FIRM_TABLES, log, mib, scalar } from './bench-helpers.ts';
import type { EndpointResult, TargetResult } from './bench-results.ts';
import { checkPracticeRequests, checkRequests } from './check-requests.ts';
import { explainCases, type ExplainedCase } from './explain.ts';
import { explainInputs, practiceExplainInputs } from './explain-inputs.ts';
import { BENCH_TODAY } from './firm-vocabulary.ts';
import { PRACTICE_TABLES } from './generate-practices.ts';
import { BASELINES, ENDPOINTS, measureEndpoint, PRACTICE_ENDPOINTS } from './measure-endpoint.ts';
import { API, buildPools, buildPracticePools, type PracticePools, type Pools } from './pools.ts';
import { busiestMember } from './practice-member.ts';
import { todayPlanChecks } from './today-plan-checks.ts';
import { prepareTarget } from './prepare-target.ts';
import { prewarm } from './prewarm.ts';
import type { LoadClient } from './start-load-client.ts';

/** Runs the whole benchmark against one database and returns everything the report shows about it. */
export async function benchTarget(kind: 'pglite' | 'postgres', load: LoadClient): Promise<TargetResult> {
  const title = kind === 'pglite' ? 'PGlite (embedded, WASM)' : 'PostgreSQL server';
  log(`\n== ${title} ==`);
  const prepared = await prepareTarget(kind);
  const { opened, lock, firmId, ownerId } = prepared;
  const db = opened.db;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    const version = await scalar<string>(db, sql`select version()`);
    const rows: Record<string, number> = {};
    for (const table of [...FIRM_TABLES, ...[...PRACTICE_TABLES].reverse()]) {
      rows[table] = toCount(await scalar(db, sql`select count(*) from ${sql.identifier(table)} where firm_id = ${firmId}`));
    }
    const dataSizeMiB =
      kind === 'pglite'
        ? mib(dirSize((opened.target as { dataDir: string }).dataDir))
        : mib(toCount(await scalar(db, sql`select pg_database_size(current_database())`)));

    const actor = { firmId, memberId: ownerId, role: 'owner' as const };
    const { token } = await createApiToken(db, actor, { name: `bench ${new Date().toISOString()}` });
    const session = await startSession(db, { firmId, id: ownerId });
    const pools = await buildPools(db, firmId);
    const member = await busiestMember(db, firmId);
    log(
      `  practice endpoints asked as ${member.name} (${member.openFollowUps} open follow-ups, ${member.openCommitments} open commitments, ` +
        `${member.recentConversations} conversations in the open-loop window)`,
    );
    const memberToken = (await createApiToken(db, member.actor, { name: `bench practices ${new Date().toISOString()}` })).token;
    const practicePools = await buildPracticePools(db, firmId);
    const warmed = await prewarm(opened);
    const postgresDb = kind === 'postgres' ? postgresDbName(config.postgresUrl!) : undefined;
    // The server's clock stands on the bench's today, the day the generated practice data is set around.
    app = await buildApp({ db, logger: false, clock: () => new Date(`${BENCH_TODAY}T12:00:00Z`) });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    log(`  serving on ${address}`);
    await checkRequests(address, token, db, firmId, pools);
    await checkPracticeRequests(address, memberToken, practicePools);

    const endpoints: EndpointResult[] = [];
    let seed = 1;
    const bearer = { authorization: `Bearer ${token}` };
    for (const endpoint of ENDPOINTS) {
      endpoints.push(await measureEndpoint(load, address, bearer, endpoint, pools[endpoint.name as keyof Pools], (seed += 10), postgresDb));
    }
    const memberBearer = { authorization: `Bearer ${memberToken}` };
    for (const endpoint of PRACTICE_ENDPOINTS) {
      const paths = practicePools[endpoint.name as keyof PracticePools];
      endpoints.push(await measureEndpoint(load, address, memberBearer, endpoint, paths, (seed += 10), postgresDb));
    }
    if (config.baselines) {
      const sessionPaths = [`${API}/auth/session`];
      endpoints.push(await measureEndpoint(load, address, bearer, BASELINES[0]!, sessionPaths, (seed += 10), postgresDb));
      endpoints.push(await measureEndpoint(load, address, { cookie: `yp_session=${session.token}` }, BASELINES[1]!, sessionPaths, (seed += 10), postgresDb));
    }
    const rssAfterMiB = mib(process.memoryUsage().rss);
    let explained: ExplainedCase[] = [];
    if (config.explain) {
      log('  EXPLAIN ANALYZE of the endpoints\' SQL (one request each, no load)…');
      const inputs = [...(await explainInputs(db, firmId, pools, endpoints)), ...practiceExplainInputs(member.actor, endpoints)];
      explained = await explainCases(opened, actor, inputs);
      for (const c of explained) log(`    ${c.endpoint} ${c.label}: ${c.statements.length} statements, ${c.totalExecutionMs.toFixed(2)} ms planning + execution`);
    }
    const planChecks = todayPlanChecks(explained);
    for (const c of planChecks) {
      log(`    ${c.case} — ${c.list}: ${c.used ? 'reads' : 'DOES NOT read'} ${c.expectedIndex} (${c.executionMs.toFixed(2)} ms)${c.notes.length ? `; ${c.notes.join('; ')}` : ''}`);
    }

    return {
      kind,
      title,
      version,
      where: kind === 'pglite' ? (opened.target as { dataDir: string }).dataDir.replace(root, './') : redactUrl(config.postgresUrl!),
      poolSize: kind === 'postgres' ? (config.pgPool ?? 10) : undefined,
      rows,
      dataSizeMiB,
      openAndMigrateMs: prepared.openAndMigrateMs,
      prewarm: warmed,
      generation: prepared.generation,
      endpoints,
      practiceMember: { name: member.name, openFollowUps: member.openFollowUps, openCommitments: member.openCommitments, recentConversations: member.recentConversations },
      rssAfterMiB,
      explained,
      todayPlanChecks: planChecks,
    };
  } finally {
    await app?.close();
    await opened.close();
    await lock?.release();
  }
}
