/**
 * The needs step of the practice generator: about one person in five has a need (20,000 for 100,000
 * people), with its organisation, lead, 1–3 people, 1–4 problem-statement versions (the latest
 * sometimes confirmed), 0–8 journey steps, and an honest outcome for about 70 % of them (older needs
 * more often). Open needs' journeys are set around the bench's today, so some are at risk or stalled;
 * some closed needs keep planned steps they never finished (the record-outcome use case leaves them).
 * One set-based statement writes all six tables.
 */
import { conversationExprs } from './generate-conversations.ts';
import { TIMELINE_DAYS, TIMELINE_END, TOPICS } from './firm-vocabulary.ts';
import { exec, lit, oneOf, personExprs, pick, u, uuidOf, weighted, type GenerationContext } from './generation-sql.ts';
import { dayAt, K, needOfPerson, NOW_CAP, TODAY, utcDayOf } from './practice-sql.ts';
import {
  CHANGE_REASONS,
  CONFIRMATION_METHODS,
  NEED_VERBS,
  OUTCOME_LESSONS,
  OUTCOME_REASONS,
  OUTCOMES,
  STATEMENTS,
  STEP_TITLES,
} from './practice-vocabulary.ts';

/** Needs with their people, statements, confirmations and journeys. */
export async function insertNeeds(ctx: GenerationContext): Promise<void> {
  const { db, seed: S, sizes, firm: F } = ctx;
  const N = sizes.people;
  const { memberIdExpr } = conversationExprs(ctx);
  const p = personExprs('i', sizes, S);
  const need = needOfPerson('i', S);
  const x = 'i * 9 + k';
  await exec(
    db,
    `with base as materialized (
       select i, id, pid, org, lead, age, created, ${utcDayOf('created')} as created_day, outcome,
              CASE WHEN outcome IS NOT NULL THEN least(${NOW_CAP}, created + make_interval(days => 5 + floor(${u('i', S + 207)} * greatest(1, least(age - 5, 180)))::int)) END as outcome_at,
              1 + CASE WHEN ${u('i', S + 220)} < 0.4 THEN 0 WHEN ${u('i', S + 220)} < 0.7 THEN 1 WHEN ${u('i', S + 220)} < 0.9 THEN 2 ELSE 3 END as nv,
              ${pick('i', S + 230, 9)} as ns, 7 + ${pick('i', S + 231, 14)} as gap, -10 + ${pick('i', S + 233, 45)} as off
       from (
         select i, ${need.id} as id, ${uuidOf('p', 'i', S)} as pid,
                CASE WHEN ${p.hasOrg} THEN ${uuidOf('o', p.org1, S)} END as org,
                ${memberIdExpr(pick('i', S + 204, sizes.members))} as lead, age,
                timestamptz ${lit(TIMELINE_END)} - make_interval(days => age) + make_interval(mins => 480 + 5 * ${pick('i', S + 206, 120)}) as created,
                CASE WHEN ${u('i', S + 202)} < CASE WHEN age > 90 THEN 0.75 ELSE 0.2 END THEN ${weighted(OUTCOMES, u('i', S + 203))} END as outcome
         from (select i, ${pick('i', S + 201, TIMELINE_DAYS)} as age from generate_series(0, ${N - 1}) i where ${need.has}) g
       ) n
     ),
     ins_needs as (
       insert into needs (id, firm_id, title, organization_id, lead_member_id, outcome, outcome_reason, outcome_lesson, outcome_at, outcome_by, created_at, updated_at, created_by)
       select id, ${F}, ${oneOf(NEED_VERBS, 'i', S + 205)} || ' ' || ${oneOf(TOPICS, 'i', S + 208)}, org, lead, outcome,
              CASE WHEN outcome IS NOT NULL THEN ${oneOf(OUTCOME_REASONS, 'i', S + 209)} END,
              CASE WHEN outcome IS NOT NULL AND ${u('i', S + 210)} < 0.5 THEN ${oneOf(OUTCOME_LESSONS, 'i', S + 211)} END,
              outcome_at, CASE WHEN outcome IS NOT NULL THEN lead END, created, coalesce(outcome_at, created), lead
       from base
     ),
     ins_people as (
       insert into need_people (firm_id, need_id, person_id)
       select ${F}, id, ${uuidOf('p', 'q', S)}
       from base
       cross join lateral (values (i, true),
                                  ((i + 1 + ${pick('i', S + 212, 50)}) % ${N}, ${u('i', S + 213)} < 0.35),
                                  ((i + 51 + ${pick('i', S + 214, 50)}) % ${N}, ${u('i', S + 215)} < 0.1)) x(q, present)
       where present
       on conflict do nothing
     ),
     statements as materialized (
       select b.*, v, least(${NOW_CAP}, created + make_interval(days => 7 * (v - 1))) as at
       from base b cross join lateral generate_series(1, nv) v
     ),
     ins_statements as (
       insert into problem_statements (firm_id, need_id, version, text, origin, change_reason, created_at, created_by)
       select ${F}, id, v, ${oneOf(STATEMENTS, 'i * 4 + v', S + 221)},
              CASE WHEN v = 1 THEN 'first_stated' WHEN v = nv AND ${u('i', S + 222)} < 0.6 THEN 'jointly_defined' ELSE 'working' END,
              CASE WHEN v > 1 THEN ${oneOf(CHANGE_REASONS, 'i * 4 + v', S + 223)} END, at, lead
       from statements
     ),
     ins_confirmations as (
       insert into problem_statement_confirmations (firm_id, need_id, version, person_id, how, confirmed_at, created_at, created_by)
       select ${F}, id, v, pid, ${oneOf(CONFIRMATION_METHODS, 'i', S + 224)}, least(${NOW_CAP}, at + interval '2 days'), least(${NOW_CAP}, at + interval '2 days'), lead
       from statements
       where v = nv AND (outcome = 'engaged' OR ${u('i', S + 225)} < 0.4)
     ),
     steps as materialized (
       select b.*, k,
              CASE WHEN outcome IS NULL THEN ${TODAY} + off + (k - kc - 1) * gap ELSE created_day + k * gap END as target,
              CASE
                WHEN outcome IS NULL THEN
                  CASE WHEN k <= kc THEN (CASE WHEN ${u(x, S + 234)} < 0.9 THEN 'done' ELSE 'skipped' END)
                       WHEN k = kc + 1 AND ${u(x, S + 235)} < 0.5 THEN 'in_progress' ELSE 'planned' END
                WHEN created_day + k * gap <= ${utcDayOf('outcome_at')} THEN (CASE WHEN ${u(x, S + 234)} < 0.8 THEN 'done' ELSE 'skipped' END)
                WHEN outcome = 'engaged' THEN 'done'
                WHEN ${u('i', S + 236)} < 0.4 THEN 'planned'
                ELSE 'skipped'
              END as status,
              ${weighted([['client', 50], ['us', 35], ['both', 15]], u(x, S + 238))} as side
       from (select b0.*, floor(${u('i', S + 232)} * (ns + 1))::int as kc from base b0) b
       cross join lateral generate_series(1, ns) k
     )
     insert into journey_steps (id, firm_id, need_id, position, title, owner_side, owner_person_id, owner_member_id, target_on, status, completed_on, created_at, updated_at, created_by)
     select ${uuidOf(K.step, x, S)}, ${F}, id, k, (${`ARRAY[${STEP_TITLES.map(lit).join(',')}]::text[]`})[k], side,
            CASE WHEN side <> 'us' THEN pid END, CASE WHEN side <> 'client' THEN lead END,
            CASE WHEN ${u(x, S + 237)} < 0.08 THEN NULL ELSE target END, status,
            CASE WHEN status = 'done' THEN least(target, ${TODAY}) END,
            created, CASE WHEN status = 'done' THEN greatest(created, ${dayAt(`least(target, ${TODAY})`, 17)}) ELSE created END, lead
     from steps`,
    'needs',
  );
}
