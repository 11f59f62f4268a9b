/**
 * The generator's steps for the firm's address book: its extra members, organisations, people (in
 * batches) and the people's affiliations to organisations, each one set-based INSERT … SELECT.
 */
import {
  BENCH_EXTRA_MEMBERS,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  NOTE_SNIPPETS,
  PERSONAL_DOMAINS,
  TIMELINE_DAYS,
  TIMELINE_END,
  TITLES,
} from './firm-vocabulary.ts';
import { emailPart, exec, lit, logProgress, oneOf, orgDomain, orgName, personExprs, pick, u, uuidOf, type GenerationContext } from './generation-sql.ts';

const PEOPLE_BATCH = 50_000;

/** Adds the owner's colleagues (same password hash; they exist to take part in conversations). */
export async function insertMembers({ db, seed, firm: F, owner: OWNER }: GenerationContext): Promise<void> {
  await exec(
    db,
    `insert into members (id, firm_id, email, name, role, password_hash, created_by)
       select ${uuidOf('m', 'g', seed)}, ${F}, 'member' || g || '@bench.yellowpad.example',
              ${oneOf(FIRST_NAMES, 'g', seed + 90)} || ' ' || ${oneOf(LAST_NAMES, 'g', seed + 91)},
              'member', (select password_hash from members where id = ${OWNER}), ${OWNER}
       from generate_series(1, ${BENCH_EXTRA_MEMBERS}) g`,
  );
}

/** Adds the organisations people work for. */
export async function insertOrganizations({ db, seed, sizes, firm: F, owner: OWNER }: GenerationContext): Promise<void> {
  await exec(
    db,
    `insert into organizations (id, firm_id, name, website, industry, notes, search_text, created_at, updated_at, created_by)
       select ${uuidOf('o', 'k', seed)}, ${F}, name, 'https://' || ${orgDomain('k')},
              ${oneOf(INDUSTRIES, 'k', seed + 20)},
              CASE WHEN ${u('k', seed + 21)} < 0.3 THEN 'Key account since ' || (2015 + ${pick('k', seed + 22, 10)}) ELSE NULL END,
              lower(name), ts, ts, ${OWNER}
       from (select k, ${orgName('k')} as name,
                    timestamptz ${lit(TIMELINE_END)} - make_interval(days => ${TIMELINE_DAYS} + ${pick('k', seed + 23, 365)}) as ts
             from generate_series(0, ${sizes.organizations - 1}) k) o`,
  );
}

/** Adds the people, in batches, with emails at their first organisation's domain or a personal one. */
export async function insertPeople({ db, seed, sizes, firm: F, owner: OWNER, log }: GenerationContext): Promise<void> {
  const t0 = performance.now();
  for (let lo = 0; lo < sizes.people; lo += PEOPLE_BATCH) {
    const hi = Math.min(sizes.people, lo + PEOPLE_BATCH) - 1;
    const p = personExprs('i', sizes, seed);
    const workEmail = `${emailPart('first')} || '.' || ${emailPart('last')} || CASE WHEN ${u('i', seed + 30)} < 0.3 THEN (i % 100)::text ELSE '' END || '@' || ${orgDomain('org1')}`;
    const personalEmail = `${emailPart('first')} || ${emailPart('last')} || (i % 1000)::text || '@' || ${oneOf(PERSONAL_DOMAINS, 'i', seed + 31)}`;
    await exec(
      db,
      `insert into people (id, firm_id, full_name, emails, phones, notes, search_text, created_at, updated_at, created_by)
           select id, ${F}, full_name, emails, phones, notes,
                  lower(array_to_string(ARRAY[full_name] || emails, ' ')), ts, ts, ${OWNER}
           from (
             select ${uuidOf('p', 'i', seed)} as id, full_name,
                    CASE
                      WHEN e < 0.05 THEN '{}'::text[]
                      WHEN has_org AND e < 0.15 THEN ARRAY[${workEmail}, ${personalEmail}]
                      WHEN has_org THEN ARRAY[${workEmail}]
                      ELSE ARRAY[${personalEmail}]
                    END as emails,
                    CASE WHEN ${u('i', seed + 32)} < 0.6
                      THEN ARRAY['+44 20 7946 ' || lpad(${pick('i', seed + 33, 10000)}::text, 4, '0')]
                      ELSE '{}'::text[] END as phones,
                    CASE WHEN ${u('i', seed + 34)} < 0.2 THEN ${oneOf(NOTE_SNIPPETS, 'i', seed + 35)} ELSE NULL END as notes,
                    timestamptz ${lit(TIMELINE_END)} - make_interval(days => ${pick('i', seed + 36, TIMELINE_DAYS)}) as ts
             from (
               select i, ${p.first} as first, ${p.last} as last, ${p.middle} as middle, ${p.hasOrg} as has_org, ${p.org1} as org1,
                      ${u('i', seed + 37)} as e
               from generate_series(${lo}, ${hi}) i
             ) b,
             lateral (select first || ' ' || middle || last as full_name) n
           ) r`,
    );
    logProgress(log, 'people', hi + 1, sizes.people, t0);
  }
}

/** Links each person to their first and (for some) second organisation, in the same batches as the people. */
export async function insertAffiliations({ db, seed, sizes, firm: F, owner: OWNER }: GenerationContext): Promise<void> {
  for (let lo = 0; lo < sizes.people; lo += PEOPLE_BATCH) {
    const hi = Math.min(sizes.people, lo + PEOPLE_BATCH) - 1;
    const p = personExprs('i', sizes, seed);
    await exec(
      db,
      `insert into affiliations (firm_id, person_id, organization_id, title, created_at, created_by)
         select ${F}, ${uuidOf('p', 'i', seed)}, ${uuidOf('o', 'k', seed)},
                CASE WHEN ${u('i * 2 + n', seed + 40)} < 0.85 THEN ${oneOf(TITLES, 'i * 2 + n', seed + 41)} ELSE NULL END,
                timestamptz ${lit(TIMELINE_END)} - make_interval(days => ${pick('i', seed + 36, TIMELINE_DAYS)}), ${OWNER}
         from generate_series(${lo}, ${hi}) i
         cross join lateral (values (1, ${p.org1}, ${p.hasOrg}), (2, ${p.org2}, ${p.hasOrg2})) a(n, k, present)
         where present`,
    );
  }
}
