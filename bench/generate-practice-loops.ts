/**
 * The practice generator's biggest step: what conversations lead to, one statement per batch of
 * 100,000 conversations. Conversation j's member, person and date come from the same expressions as
 * the conversation itself (conversationExprs), so a follow-up or a commitment is the one its member
 * made to that person that day. Per conversation: a follow-up (30 %), 0–2 commitments (0.2 on average,
 * both ways), a gift (0.5 %), a referral (0.3 %) and a close-out (87 %; fewer for the last 30 days, so
 * open loops are a minority but exist). Outcomes are set against the bench's today: most follow-ups
 * done and commitments kept, some late, renegotiated or broken, a few thousand still open.
 */
import { conversationExprs } from './generate-conversations.ts';
import { FIRST_NAMES, LAST_NAMES } from './firm-vocabulary.ts';
import { exec, logProgress, oneOf, personExprs, pick, u, uuidOf, weighted, type GenerationContext } from './generation-sql.ts';
import { dayAt, K, needOfPerson, NOW_CAP, providerCount, TODAY, utcDayOf } from './practice-sql.ts';
import {
  BROKEN_REASONS,
  CANCEL_REASONS,
  CLIENT_PROMISES,
  FOLLOW_UP_CONTENT,
  GIFT_KINDS,
  GIFT_RESPONSES,
  GIFT_SPECIFICS,
  GIFT_TITLES,
  REFERRAL_REASONS,
  RENEGOTIATION_REASONS,
  US_PROMISES,
  VALUE_ADDS,
} from './practice-vocabulary.ts';

const BATCH = 100_000;

/** Follow-ups, commitments (with renegotiations), gifts, referrals and close-outs, batch by batch. */
export async function insertConversationPractices(ctx: GenerationContext): Promise<void> {
  const { db, seed: S, sizes, firm: F, log } = ctx;
  const N = sizes.people;
  const cx = conversationExprs(ctx);
  const person = personExprs('pi', sizes, S);
  const need = needOfPerson('pi', S);
  const x = 'j * 2 + k';
  const t0 = performance.now();
  for (let lo = 0; lo < sizes.conversations; lo += BATCH) {
    const hi = Math.min(sizes.conversations, lo + BATCH) - 1;
    await exec(
      db,
      `with base as materialized (
         select a.*, ${utcDayOf('at')} as day, ${uuidOf('p', 'pi', S)} as pid,
                CASE WHEN ${person.hasOrg} THEN ${uuidOf('o', person.org1, S)} END as org,
                CASE WHEN ${need.has} THEN ${need.id} END as nd,
                ${u('j', S + 301)} < 0.3 as has_fu,
                CASE WHEN ${u('j', S + 302)} < 0.02 THEN 2 WHEN ${u('j', S + 302)} < 0.18 THEN 1 ELSE 0 END as ncm,
                ${u('j', S + 303)} < 0.005 as has_gift,
                ${u('j', S + 304)} < 0.003 as has_ref,
                ${u('j', S + 350)} < 0.6 as ref_out
         from (select j, ${cx.id} as cid, ${cx.occurredAt} as at, ${cx.memberIdExpr(cx.m1)} as mid, ${cx.personOfRank(cx.p1)} as pi
               from generate_series(${lo}, ${hi}) j) a
       ),
       fus as materialized (
         select b.*, ${uuidOf(K.followUp, 'j', S)} as fid, due,
                CASE WHEN due < ${TODAY} - 14 THEN (CASE WHEN fd < 0.94 THEN 'done' WHEN fd < 0.995 THEN 'cancelled' ELSE 'open' END)
                     WHEN due < ${TODAY} THEN (CASE WHEN fd < 0.6 THEN 'done' WHEN fd < 0.65 THEN 'cancelled' ELSE 'open' END)
                     ELSE (CASE WHEN fd < 0.05 THEN 'done' ELSE 'open' END) END as status
         from base b
         cross join lateral (select b.day + 1 + ${pick('j', S + 310, 21)} as due, ${u('j', S + 311)} as fd) d
         where has_fu
       ),
       ins_follow_ups as (
         insert into follow_ups (id, firm_id, content, due_on, status, member_id, person_id, organization_id, need_id, conversation_id,
                                 done_at, cancelled_at, cancel_reason, snooze_count, created_at, updated_at, created_by)
         select fid, ${F}, ${oneOf(FOLLOW_UP_CONTENT, 'j', S + 312)}, due, status, mid, pid, org,
                CASE WHEN ${u('j', S + 313)} < 0.5 THEN nd END, cid, done_at, cancelled_at,
                CASE WHEN status = 'cancelled' THEN ${oneOf(CANCEL_REASONS, 'j', S + 314)} END,
                CASE WHEN status = 'open' AND due < ${TODAY} THEN ${pick('j', S + 315, 3)} ELSE 0 END,
                at + interval '2 hours', coalesce(done_at, cancelled_at, at + interval '2 hours'), mid
         from fus
         cross join lateral (select
           CASE WHEN status = 'done' THEN greatest(at + interval '3 hours', least(${NOW_CAP}, ${dayAt(`due + ${pick('j', S + 316, 6)} - 3`, 10)})) END as done_at,
           CASE WHEN status = 'cancelled' THEN greatest(at + interval '3 hours', least(${NOW_CAP}, ${dayAt('due - 1', 9)})) END as cancelled_at) t
       ),
       cms as materialized (
         select b.*, k, ${uuidOf(K.commitment, x, S)} as cmid, side, orig, nreneg, due, status,
                CASE WHEN status = 'kept' THEN
                  (CASE WHEN due < ${TODAY} AND ${u(x, S + 324)} < CASE WHEN nreneg > 0 THEN 0.03 ELSE 0.1 END
                        THEN least(${TODAY}, due + 1 + ${pick(x, S + 325, 14)})
                        ELSE greatest(b.day, least(${TODAY}, due - ${pick(x, S + 327, 7)})) END) END as kept_on
         from base b
         cross join lateral generate_series(1, b.ncm) k
         cross join lateral (select CASE WHEN ${u(x, S + 320)} < 0.6 THEN 'us' ELSE 'client' END as side,
                                    b.day + 2 + ${pick(x, S + 321, 28)} as orig,
                                    CASE WHEN ${u(x, S + 322)} < 0.02 THEN 2 WHEN ${u(x, S + 322)} < 0.08 THEN 1 ELSE 0 END as nreneg) s1
         cross join lateral (select CASE WHEN nreneg > 0 THEN orig + 7 + ${pick(x, S + 326, 14)} ELSE orig END as due, ${u(x, S + 323)} as su) s2
         cross join lateral (select CASE
             WHEN due >= ${TODAY} THEN (CASE WHEN su < 0.85 THEN 'open' ELSE 'kept' END)
             WHEN due >= ${TODAY} - 60 THEN (CASE WHEN su < 0.10 THEN 'open' WHEN su < 0.13 THEN 'broken' ELSE 'kept' END)
             ELSE (CASE WHEN su < 0.003 THEN 'open' WHEN su < 0.04 THEN 'broken' ELSE 'kept' END) END as status) s3
       ),
       ins_commitments as (
         insert into commitments (id, firm_id, side, description, due_on, original_due_on, status, kept_on, broken_reason, resolved_at,
                                  renegotiation_count, member_id, person_id, organization_id, need_id, conversation_id, created_at, updated_at, created_by)
         select cmid, ${F}, side,
                CASE WHEN side = 'us' THEN ${oneOf(US_PROMISES, x, S + 328)} ELSE ${oneOf(CLIENT_PROMISES, x, S + 328)} END,
                due, orig, status, kept_on, CASE WHEN status = 'broken' THEN ${oneOf(BROKEN_REASONS, x, S + 329)} END, resolved_at,
                nreneg, mid, pid, org, CASE WHEN ${u(x, S + 330)} < 0.6 THEN nd END, CASE WHEN ${u(x, S + 331)} < 0.9 THEN cid END,
                at + interval '2 hours', coalesce(resolved_at, at + interval '2 hours'), mid
         from cms
         cross join lateral (select CASE
             WHEN status = 'kept' THEN greatest(at + interval '3 hours', ${dayAt('kept_on', `9 + ${pick(x, S + 332, 9)}`)})
             WHEN status = 'broken' THEN greatest(at + interval '3 hours', least(${NOW_CAP}, ${dayAt(`due + ${pick(x, S + 333, 10)}`, 11)})) END as resolved_at) r
       ),
       ins_renegotiations as (
         insert into commitment_renegotiations (id, firm_id, commitment_id, from_due_on, to_due_on, reason, created_at, created_by)
         select ${uuidOf(K.renegotiation, `(${x}) * 2 + r`, S)}, ${F}, cmid,
                CASE WHEN r = 1 THEN orig ELSE orig + 3 END, CASE WHEN r = nreneg THEN due ELSE orig + 3 END,
                ${oneOf(RENEGOTIATION_REASONS, `(${x}) * 2 + r`, S + 334)},
                greatest(at + interval '3 hours', ${dayAt(`CASE WHEN r = 1 THEN orig ELSE orig + 3 END - 1`, 10)}), mid
         from cms cross join lateral generate_series(1, nreneg) r
       ),
       ins_gifts as (
         insert into gifts (id, firm_id, kind, title, specific_to_client, risk_taken, given_on, response, person_id, organization_id, need_id, conversation_id, created_at, updated_at, created_by)
         select ${uuidOf(K.gift, 'j', S)}, ${F}, ${oneOf(GIFT_KINDS, 'j', S + 340)}, ${oneOf(GIFT_TITLES, 'j', S + 341)}, ${oneOf(GIFT_SPECIFICS, 'j', S + 342)},
                CASE WHEN ${u('j', S + 343)} < 0.3 THEN 'Shared our draft analysis before any engagement.' END, given_on,
                CASE WHEN given_on > ${TODAY} - 14 AND ${u('j', S + 344)} < 0.7 THEN 'pending' ELSE ${weighted(GIFT_RESPONSES, u('j', S + 345))} END,
                pid, org, nd, cid, greatest(at, ${dayAt('given_on', 12)}), greatest(at, ${dayAt('given_on', 12)}), mid
         from base cross join lateral (select least(${TODAY}, day + ${pick('j', S + 346, 10)}) as given_on) g
         where has_gift
       ),
       ins_referrals as (
         insert into referrals (id, firm_id, direction, provider_id, referred_by_person_id, referred_by_name, person_id, organization_id, need_id, conversation_id,
                                reason, referred_on, created_at, updated_at, created_by)
         select ${uuidOf(K.referral, 'j', S)}, ${F}, CASE WHEN ref_out THEN 'out' ELSE 'in' END,
                CASE WHEN ref_out OR w < 0.3 THEN ${uuidOf(K.provider, pick('j', S + 351, providerCount(ctx)), S)} END,
                CASE WHEN NOT ref_out AND w >= 0.3 AND w < 0.7 THEN ${uuidOf('p', `(pi + 1 + ${pick('j', S + 352, 1000)}) % ${N}`, S)} END,
                CASE WHEN NOT ref_out AND w >= 0.7 THEN ${oneOf(FIRST_NAMES, 'j', S + 353)} || ' ' || ${oneOf(LAST_NAMES, 'j', S + 354)} END,
                pid, org, nd, cid, ${oneOf(REFERRAL_REASONS, 'j', S + 355)}, day, at + interval '2 hours', at + interval '2 hours', mid
         from base cross join lateral (select ${u('j', S + 356)} as w) r
         where has_ref
       )
       insert into close_outs (firm_id, conversation_id, referral_id, value_add, value_gift_id, follow_up_id, created_at, created_by)
       select ${F}, cid, CASE WHEN has_ref AND ref_out THEN ${uuidOf(K.referral, 'j', S)} END,
              CASE WHEN ${u('j', S + 361)} < 0.35 THEN ${oneOf(VALUE_ADDS, 'j', S + 362)} END,
              CASE WHEN has_gift THEN ${uuidOf(K.gift, 'j', S)} END,
              CASE WHEN has_fu THEN ${uuidOf(K.followUp, 'j', S)} END,
              least(${NOW_CAP}, at + make_interval(hours => 1 + ${pick('j', S + 363, 48)})), mid
       from base
       where ${u('j', S + 300)} < CASE WHEN day >= ${TODAY} - 2 THEN 0.3 WHEN day > ${TODAY} - 30 THEN 0.7 ELSE 0.87 END`,
      'practices batch',
    );
    logProgress(log, 'practices of conversations', hi + 1, sizes.conversations, t0);
  }
}
