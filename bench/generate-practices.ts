/**
 * Adds the trust-based practices to the generated firm, at volumes a firm of its size would have
 * (for 100,000 people and 1,000,000 conversations: 300 providers, ~20,000 needs with their people,
 * statements and journeys, 2,000 incidents, ~300,000 follow-ups, ~200,000 commitments, ~5,000 gifts,
 * ~3,000 referrals, ~860,000 close-outs and a stay-in-touch cadence on ~10 % of people).
 *
 * Runs on a freshly generated firm and on a reused one whose practice data is missing or of another
 * PRACTICES_VERSION (practice-sql.ts): earlier practice rows are deleted first, and the whole step is
 * one transaction, so a database never holds half of it. Deterministic like the rest of the
 * generator (hashint8extended choices, MD5 ids whose kind carries the version).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/open-db.ts';
import { queryRows } from '../src/domain/support/rows.ts';
import { conversationExprs } from './generate-conversations.ts';
import { insertNeeds } from './generate-needs.ts';
import { insertConversationPractices } from './generate-practice-loops.ts';
import { FIRST_NAMES, LAST_NAMES, ORG_PREFIXES, TIMELINE_DAYS, TIMELINE_END } from './firm-vocabulary.ts';
import { count, emailPart, exec, lit, oneOf, personExprs, pick, u, uuidOf, type GenerationContext } from './generation-sql.ts';
import { K, NOW_CAP, PRACTICES_VERSION, providerCount } from './practice-sql.ts';
import { CADENCES, INCIDENT_TEXTS, INCIDENT_TITLES, PROVIDER_SKILLS, PROVIDER_SUFFIXES } from './practice-vocabulary.ts';

export interface PracticeStep {
  step: string;
  rows: number;
  ms: number;
}

/** The generation steps' names (a reused firm's record drops earlier ones of these when its practices are replaced). */
const STEP = {
  remove: 'remove earlier practice data',
  providers: 'providers',
  needs: 'needs + need_people + problem_statements (+ confirmations) + journey_steps',
  incidents: 'incidents',
  loops: 'follow_ups + commitments (+ renegotiations) + gifts + referrals + close_outs',
  cadences: 'people.stay_in_touch_days',
  integrity: 'practice referential integrity check',
  vacuum: 'VACUUM ANALYZE (after the practices)',
} as const;
export const PRACTICE_STEP_NAMES: ReadonlySet<string> = new Set(Object.values(STEP));
export const PRACTICES_VACUUM_STEP = STEP.vacuum;

/** The practice tables, children before parents, so deleting in this order never trips a foreign key. */
export const PRACTICE_TABLES = [
  'close_outs',
  'commitment_renegotiations',
  'commitments',
  'follow_ups',
  'gifts',
  'referrals',
  'providers',
  'incidents',
  'problem_statement_confirmations',
  'problem_statements',
  'journey_steps',
  'need_people',
  'needs',
] as const;

/** Whether the firm holds the practice data of the current PRACTICES_VERSION. */
export async function hasCurrentPractices(db: Db, firmId: string, seed = 1): Promise<boolean> {
  const [row] = await queryRows<{ present: boolean }>(
    db,
    sql.raw(`select exists (select 1 from providers where firm_id = ${lit(firmId)}::uuid and id = ${uuidOf(K.provider, '0', seed)}) as present`),
  );
  return row?.present === true;
}

/** Generates the practice data in one transaction and returns each step's time and rows. */
export async function generatePractices(ctx: GenerationContext, skipTriggers: boolean): Promise<PracticeStep[]> {
  const steps: PracticeStep[] = [];
  ctx.log(`  practices (data version ${PRACTICES_VERSION})…`);
  await ctx.db.transaction(async (tx) => {
    const t: GenerationContext = { ...ctx, db: tx };
    const F = ctx.firm;
    if (skipTriggers) await exec(tx, 'set local session_replication_role = replica');
    const step = async (name: string, run: () => Promise<void>, ...tables: string[]) => {
      const t0 = performance.now();
      await run();
      const ms = performance.now() - t0;
      let rows = 0;
      for (const table of tables) rows += await count(tx, `select count(*) as n from ${table} where firm_id = ${F}`);
      steps.push({ step: name, rows, ms });
    };
    const earlier = await count(tx, `select count(*) as n from (select 1 from needs where firm_id = ${F} union all select 1 from close_outs where firm_id = ${F} limit 1) x`);
    if (earlier > 0) await step(STEP.remove, () => removePractices(t));
    await step(STEP.providers, () => insertProviders(t), 'providers');
    await step(STEP.needs, () => insertNeeds(t), 'needs');
    await step(STEP.incidents, () => insertIncidents(t), 'incidents');
    await step(
      STEP.loops,
      () => insertConversationPractices(t),
      'follow_ups',
      'commitments',
      'gifts',
      'referrals',
      'close_outs',
    );
    await step(STEP.cadences, () => setCadences(t));
    steps[steps.length - 1]!.rows = await count(tx, `select count(*) as n from people where firm_id = ${F} and stay_in_touch_days is not null`);
    if (skipTriggers) await step(STEP.integrity, () => checkPracticeIntegrity(t));
  });
  return steps;
}

async function removePractices({ db, firm: F }: GenerationContext): Promise<void> {
  for (const table of PRACTICE_TABLES) await exec(db, `delete from ${table} where firm_id = ${F}`);
  await exec(db, `update people set stay_in_touch_days = null where firm_id = ${F} and stay_in_touch_days is not null`);
}

/** The directory of other firms and people we refer clients to (80 % firms). */
async function insertProviders(ctx: GenerationContext): Promise<void> {
  const { db, seed: S, firm: F, owner: OWNER } = ctx;
  const first = oneOf(FIRST_NAMES, 'k', S + 422);
  const last = oneOf(LAST_NAMES, 'k', S + 423);
  await exec(
    db,
    `insert into providers (id, firm_id, name, kind, good_at, contact_name, email, website, created_at, updated_at, created_by)
     select ${uuidOf(K.provider, 'k', S)}, ${F}, name, CASE WHEN is_firm THEN 'firm' ELSE 'person' END, ${oneOf(PROVIDER_SKILLS, 'k', S + 421)},
            CASE WHEN is_firm THEN contact END, ${emailPart('contact')} || '@' || ${emailPart('name')} || '.example',
            CASE WHEN is_firm THEN 'https://' || ${emailPart('name')} || '.example' END, ts, ts, ${OWNER}
     from (select k, is_firm, ts, ${first} || ' ' || ${last} as contact,
                  CASE WHEN is_firm THEN (ARRAY[${ORG_PREFIXES.map(lit).join(',')}])[1 + k % ${ORG_PREFIXES.length}] || ' ' ||
                                         (ARRAY[${PROVIDER_SUFFIXES.map(lit).join(',')}])[1 + (k / ${ORG_PREFIXES.length}) % ${PROVIDER_SUFFIXES.length}]
                       ELSE ${first} || ' ' || ${last} END as name
           from (select k, ${u('k', S + 420)} < 0.8 as is_firm,
                        timestamptz ${lit(TIMELINE_END)} - make_interval(days => ${TIMELINE_DAYS} + ${pick('k', S + 424, 365)}) as ts
                 from generate_series(0, ${providerCount(ctx) - 1}) k) a) p`,
  );
}

/** Incidents over three years, each with the response steps done so far; nearly all old ones verified. */
async function insertIncidents(ctx: GenerationContext): Promise<void> {
  const { db, seed: S, sizes, firm: F } = ctx;
  const cx = conversationExprs(ctx);
  const person = personExprs('pi', sizes, S);
  const n = Math.max(10, Math.round(sizes.people * 0.02));
  const step = (level: number, at: string, text: string) => [`CASE WHEN lvl >= ${level} THEN ${at} END`, `CASE WHEN lvl >= ${level} THEN ${lit(text)} END`];
  await exec(
    db,
    `insert into incidents (id, firm_id, title, what_happened, reported_at, person_id, organization_id, acknowledged_at, acknowledgement,
                            explained_at, explanation, prevention_at, prevention, verified_at, verification, created_at, updated_at, created_by)
     select ${uuidOf(K.incident, 'k', S)}, ${F}, ${oneOf(INCIDENT_TITLES, 'k', S + 402)}, ${lit(INCIDENT_TEXTS.what)}, reported,
            ${uuidOf('p', 'pi', S)}, CASE WHEN ${person.hasOrg} THEN ${uuidOf('o', person.org1, S)} END,
            ${[
              ...step(1, 'ack', INCIDENT_TEXTS.acknowledgement),
              ...step(2, 'expl', INCIDENT_TEXTS.explanation),
              ...step(3, 'prev', INCIDENT_TEXTS.prevention),
              ...step(4, 'ver', INCIDENT_TEXTS.verification),
            ].join(', ')},
            reported, CASE lvl WHEN 0 THEN reported WHEN 1 THEN ack WHEN 2 THEN expl WHEN 3 THEN prev ELSE ver END,
            ${cx.memberIdExpr(pick('k', S + 409, sizes.members))}
     from (select k, age, ${cx.personOfRank(`floor(power(${u('k', S + 400)}, 2) * ${sizes.people})::int`)} as pi
           from (select k, ${pick('k', S + 401, TIMELINE_DAYS)} as age from generate_series(0, ${n - 1}) k) a0) a
     cross join lateral (select timestamptz ${lit(TIMELINE_END)} - make_interval(days => age) + make_interval(mins => 480 + 5 * ${pick('k', S + 410, 120)}) as reported) r
     cross join lateral (select CASE WHEN ${u('k', S + 403)} < CASE WHEN age > 30 THEN 0.985 ELSE 0.45 END THEN 4 ELSE ${pick('k', S + 404, 4)} END as lvl) l
     cross join lateral (select least(${NOW_CAP}, reported + make_interval(mins => 10 + ${pick('k', S + 405, 600)})) as ack) t1
     cross join lateral (select least(${NOW_CAP}, ack + make_interval(hours => 2 + ${pick('k', S + 406, 70)})) as expl) t2
     cross join lateral (select least(${NOW_CAP}, expl + make_interval(days => 1 + ${pick('k', S + 407, 7)})) as prev) t3
     cross join lateral (select least(${NOW_CAP}, prev + make_interval(days => 7 + ${pick('k', S + 408, 30)})) as ver) t4`,
  );
}

/** A cadence on ~10 % of people: 30 % of the busiest tenth (key clients), 7.8 % of the others. */
async function setCadences(ctx: GenerationContext): Promise<void> {
  const { db, seed: S, sizes, firm: F } = ctx;
  const N = sizes.people;
  const cx = conversationExprs(ctx);
  await exec(
    db,
    `update people p set stay_in_touch_days = x.d
     from (select ${uuidOf('p', cx.personOfRank('r'), S)} as id, (ARRAY[${CADENCES.join(',')}])[1 + ${pick('r', S + 431, CADENCES.length)}] as d
           from generate_series(0, ${N - 1}) r
           where ${u('r', S + 430)} < CASE WHEN r < ${Math.ceil(N / 10)} THEN 0.3 ELSE 0.078 END) x
     where p.firm_id = ${F} and p.id = x.id`,
  );
}

/** [child table, column, parent table, parent column]: the practice foreign keys the fast path did not check row by row. */
const PRACTICE_FOREIGN_KEYS: [string, string, string, string][] = [
  ['close_outs', 'conversation_id', 'conversations', 'id'],
  ['close_outs', 'follow_up_id', 'follow_ups', 'id'],
  ['close_outs', 'value_gift_id', 'gifts', 'id'],
  ['close_outs', 'referral_id', 'referrals', 'id'],
  ...['follow_ups', 'commitments'].flatMap((t): [string, string, string, string][] => [
    [t, 'member_id', 'members', 'id'],
    [t, 'person_id', 'people', 'id'],
    [t, 'organization_id', 'organizations', 'id'],
    [t, 'need_id', 'needs', 'id'],
    [t, 'conversation_id', 'conversations', 'id'],
  ]),
  ['commitment_renegotiations', 'commitment_id', 'commitments', 'id'],
  ['gifts', 'conversation_id', 'conversations', 'id'],
  ['gifts', 'need_id', 'needs', 'id'],
  ['referrals', 'provider_id', 'providers', 'id'],
  ['referrals', 'referred_by_person_id', 'people', 'id'],
  ['referrals', 'conversation_id', 'conversations', 'id'],
  ['needs', 'organization_id', 'organizations', 'id'],
  ['needs', 'lead_member_id', 'members', 'id'],
  ['need_people', 'person_id', 'people', 'id'],
  ['need_people', 'need_id', 'needs', 'id'],
  ['problem_statements', 'need_id', 'needs', 'id'],
  ['problem_statement_confirmations', 'need_id', 'needs', 'id'],
  ['journey_steps', 'need_id', 'needs', 'id'],
  ['journey_steps', 'owner_person_id', 'people', 'id'],
  ['journey_steps', 'owner_member_id', 'members', 'id'],
  ['incidents', 'person_id', 'people', 'id'],
  ['incidents', 'organization_id', 'organizations', 'id'],
];

async function checkPracticeIntegrity({ db, firm: F }: GenerationContext): Promise<void> {
  for (const [child, column, parent, key] of PRACTICE_FOREIGN_KEYS) {
    const n = await count(
      db,
      `select count(*) as n from ${child} x where x.firm_id = ${F} and x.${column} is not null
         and not exists (select 1 from ${parent} y where y.firm_id = x.firm_id and y.${key} = x.${column})`,
    );
    if (n !== 0) throw new Error(`Generated practice data breaks the foreign key ${child}.${column} → ${parent}: ${n} orphan rows`);
  }
}
