/**
 * The generator's biggest step: conversations with their people and members, in batches. Who took
 * part is skewed like a real practice: a person's share falls off as 1/sqrt(rank) (u² sampling), so a
 * few key clients have thousands of conversations and most people a handful.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/open-db.ts';
import { queryRows } from '../src/domain/support/rows.ts';
import { CHANNELS, FACETS, NOTE_SNIPPETS, SUMMARY_OPENERS, TIMELINE_DAYS, TIMELINE_END, TOPICS } from './firm-vocabulary.ts';
import { coprimeMultiplier, count, exec, lit, logProgress, oneOf, pick, statementMs, u, uuidOf, type GenerationContext } from './generation-sql.ts';

const CONV_BATCH = 100_000;

/** Whether the loader may skip per-row foreign-key triggers (superusers only); says which path it takes. */
export async function canSkipForeignKeyTriggers(db: Db, log: (line: string) => void): Promise<boolean> {
  const [role] = await queryRows<{ rolsuper: boolean }>(db, sql`select rolsuper from pg_roles where rolname = current_user`);
  const skipTriggers = role?.rolsuper === true;
  log(`  conversations: ${skipTriggers ? 'foreign keys checked set-based after loading (superuser)' : 'foreign keys checked per row (not a superuser)'}`);
  return skipTriggers;
}

/**
 * Conversation number `j`'s id, time and participants as SQL expressions of `j` (its first person by
 * rank p1, its first member m1, …). The practice generator (generate-practices.ts) reuses them, so a
 * follow-up or commitment born in conversation j has that conversation's member, person and date.
 */
export function conversationExprs({ seed, sizes, owner: OWNER }: Pick<GenerationContext, 'seed' | 'sizes' | 'owner'>, j = 'j') {
  const memberIdExpr = (m: string) => `CASE WHEN (${m}) = 0 THEN ${OWNER} ELSE ${uuidOf('m', m, seed)} END`;
  const N = sizes.people;
  const p1 = `floor(power(${u(j, seed + 50)}, 2) * ${N})::int`;
  const p2raw = `floor(power(${u(j, seed + 51)}, 2) * ${N})::int`;
  const hasP2 = `(${u(j, seed + 52)} < 0.4)`;
  // The rank-to-person mapping is a fixed permutation (i * a mod N with a coprime to N), so the
  // busiest people are spread over the alphabet and the id space.
  const a = coprimeMultiplier(N);
  const personOfRank = (r: string) => `((((${r})::int8 * ${a}) % ${N})::int)`;
  const M = sizes.members;
  const m1 = pick(j, seed + 60, M);
  const m2raw = pick(j, seed + 61, M);
  const hasM2 = `(${u(j, seed + 62)} < 0.3)`;
  const occurredAt = `(timestamptz ${lit(TIMELINE_END)} - make_interval(days => ${pick(j, seed + 70, TIMELINE_DAYS)}) + make_interval(mins => 480 + 5 * ${pick(j, seed + 71, 120)}))`;
  return { id: uuidOf('c', j, seed), memberIdExpr, N, p1, p2raw, hasP2, personOfRank, M, m1, m2raw, hasM2, occurredAt };
}

/** Adds the conversations, their people and their members, one statement per batch. */
export async function insertConversations(ctx: GenerationContext, skipTriggers: boolean): Promise<void> {
  const { db, seed, sizes, firm: F, log } = ctx;
  const { memberIdExpr, N, p1, p2raw, hasP2, personOfRank, M, m1, m2raw, hasM2, occurredAt } = conversationExprs(ctx);
  const channelCase = (() => {
    let acc = 0;
    const whens = CHANNELS.map(([name, w]) => {
      acc += w;
      return `WHEN c < ${acc / 100} THEN ${lit(name)}`;
    });
    return `CASE ${whens.join(' ')} ELSE 'other' END`;
  })();
  const noteFacet = (n: number) => `${oneOf(FACETS, `j * 3 + ${n}`, seed + 80)}`;
  const noteText = (n: number) => `${oneOf(NOTE_SNIPPETS, `j * 3 + ${n}`, seed + 81)}`;
  const notesExpr = `CASE
      WHEN nn < 0.15 THEN '{}'::jsonb
      WHEN nn < 0.55 THEN jsonb_build_object(${noteFacet(0)}, ${noteText(0)})
      WHEN nn < 0.85 THEN jsonb_build_object(${noteFacet(0)}, ${noteText(0)}, ${noteFacet(1)}, ${noteText(1)})
      ELSE jsonb_build_object(${noteFacet(0)}, ${noteText(0)}, ${noteFacet(1)}, ${noteText(1)}, ${noteFacet(2)}, ${noteText(2)})
    END`;

  const t0 = performance.now();
  for (let lo = 0; lo < sizes.conversations; lo += CONV_BATCH) {
    const hi = Math.min(sizes.conversations, lo + CONV_BATCH) - 1;
    const series = `generate_series(${lo}, ${hi}) j`;
    // One statement per batch: the materialised CTE computes each conversation's id, time and
    // participants once, and the three inserts read it.
    await db.transaction(async (tx) => {
      // Skip the per-row foreign-key triggers (about half the time); integrity is checked set-based afterwards.
      if (skipTriggers) await exec(tx, 'set local session_replication_role = replica');
      await exec(
        tx,
        `with base as materialized (
               select j, ${uuidOf('c', 'j', seed)} as id, ${occurredAt} as at, ${u('j', seed + 74)} as c, ${u('j', seed + 75)} as nn,
                      ${p1} as p1, ${p2raw} as p2raw, ${hasP2} as has_p2, ${m1} as m1, ${m2raw} as m2raw, ${hasM2} as has_m2
               from ${series}
             ),
             ins_conversations as (
               insert into conversations (id, firm_id, occurred_at, channel, summary, notes, created_at, updated_at, created_by)
               select id, ${F}, at, ${channelCase},
                      ${oneOf(SUMMARY_OPENERS, 'j', seed + 72)} || ' ' || ${oneOf(TOPICS, 'j', seed + 73)} || '.',
                      ${notesExpr}, at + interval '2 hours', at + interval '2 hours', ${memberIdExpr('m1')}
               from base
             ),
             ins_people as (
               insert into conversation_people (firm_id, conversation_id, person_id, occurred_at)
               select ${F}, id, ${uuidOf('p', personOfRank('r'), seed)}, at
               from base
               cross join lateral (values (p1, true), (CASE WHEN p2raw = p1 THEN (p1 + 1) % ${N} ELSE p2raw END, has_p2)) x(r, present)
               where present
             )
             insert into conversation_members (firm_id, conversation_id, member_id, occurred_at)
             select ${F}, id, ${memberIdExpr('m')}, at
             from base
             cross join lateral (values (m1, true), (CASE WHEN m2raw = m1 THEN (m1 + 1) % ${M} ELSE m2raw END, has_m2)) x(m, present)
             where present`,
        'conversations batch',
      );
    });
    logProgress(log, 'conversations', hi + 1, sizes.conversations, t0);
    if (process.env.BENCH_DEBUG) log(`    ${[...statementMs].map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  }
}

/** The foreign keys the fast path did not check row by row, checked with anti-joins instead. */
export async function checkIntegrity(db: Db, firmId: string): Promise<void> {
  const f = `${lit(firmId)}::uuid`;
  const checks: [string, string][] = [
    ['conversation_people → conversations', `select count(*) as n from conversation_people x where x.firm_id = ${f} and not exists (select 1 from conversations c where c.firm_id = x.firm_id and c.id = x.conversation_id)`],
    ['conversation_people → people', `select count(*) as n from conversation_people x where x.firm_id = ${f} and not exists (select 1 from people p where p.firm_id = x.firm_id and p.id = x.person_id)`],
    ['conversation_members → conversations', `select count(*) as n from conversation_members x where x.firm_id = ${f} and not exists (select 1 from conversations c where c.firm_id = x.firm_id and c.id = x.conversation_id)`],
    ['conversation_members → members', `select count(*) as n from conversation_members x where x.firm_id = ${f} and not exists (select 1 from members m where m.firm_id = x.firm_id and m.id = x.member_id)`],
    ['conversations → firms', `select count(*) as n from conversations x where x.firm_id = ${f} and not exists (select 1 from firms fm where fm.id = x.firm_id)`],
  ];
  for (const [name, query] of checks) {
    const n = await count(db, query);
    if (n !== 0) throw new Error(`Generated data breaks the foreign key ${name}: ${n} orphan rows`);
  }
}
