/**
 * Generates a large, deterministic benchmark firm with set-based SQL (INSERT … SELECT FROM
 * generate_series), in bounded batches, so a million conversations take minutes and little memory.
 *
 * Determinism: every pseudo-random choice is `hashint8extended(row number, salt)`, a hash PostgreSQL
 * keeps stable across versions (hash partitioning depends on it), and every id is an MD5 of the row
 * number shaped as a version-4 UUID. The same sizes therefore give the same names, ids, dates and
 * participants on PGlite and on a PostgreSQL server, run after run. Only the firm, its owner (created
 * through createFirm) and timestamps such as the token's differ.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/open-db.ts';
import { createFirm } from '../src/domain/firms/create-firm.ts';
import { personSearchText } from '../src/domain/people/person-fields.ts';
import { queryRows, toCount } from '../src/domain/support/rows.ts';

export const BENCH_FIRM_SLUG = 'yellowpad-bench';
export const BENCH_OWNER_EMAIL = 'owner@bench.yellowpad.example';
/** Extra members of the firm (besides the owner) who take part in conversations. */
export const BENCH_EXTRA_MEMBERS = 19;
export const BENCH_ORGANIZATIONS_PER_100K_PEOPLE = 2000;

export interface GenerateOptions {
  people: number;
  conversations: number;
  /** Salt for every hash: change it for a different (but still deterministic) firm. */
  seed?: number;
  log?: (line: string) => void;
}

export interface GeneratedFirm {
  firmId: string;
  ownerId: string;
  people: number;
  organizations: number;
  conversations: number;
}

export interface GenerationTiming {
  step: string;
  rows: number;
  ms: number;
}

export interface GenerationReport extends GeneratedFirm {
  totalMs: number;
  steps: GenerationTiming[];
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Accented letters appear only in lower-case positions, so PostgreSQL's lower() (which
// in PGlite's C locale folds ASCII only) and JavaScript's toLowerCase() give the same search_text.
// ---------------------------------------------------------------------------------------------

const FIRST_NAMES = [
  'Aaron', 'Abigail', 'Adam', 'Adrian', 'Aisha', 'Alan', 'Albert', 'Alexander', 'Alice', 'Alina', 'Amara', 'Amelia',
  'Ana', 'Andrea', 'Andrew', 'Angela', 'Anna', 'Anthony', 'Arjun', 'Astrid', 'Ava', 'Barbara', 'Beatriz', 'Benjamin',
  'Björn', 'Brian', 'Camille', 'Carlos', 'Caroline', 'Catherine', 'Charles', 'Charlotte', 'Chen', 'Chloe', 'Christopher',
  'Claire', 'Daniel', 'David', 'Deborah', 'Diana', 'Diego', 'Dmitri', 'Elena', 'Elif', 'Elizabeth', 'Emily', 'Emma',
  'Eric', 'Esther', 'Ethan', 'Fatima', 'Felix', 'Fernando', 'Fiona', 'Francesca', 'François', 'Gabriel', 'George',
  'Grace', 'Hana', 'Hannah', 'Harper', 'Helen', 'Henrik', 'Hiroshi', 'Ibrahim', 'Ingrid', 'Isabel', 'Isaac', 'Ivan',
  'Jack', 'James', 'Jana', 'Jessica', 'Joanna', 'John', 'Jonas', 'Jorge', 'José', 'Julia', 'Karen', 'Kenji', 'Kevin',
  'Laura', 'Leila', 'Liam', 'Linda', 'Lucas', 'Lucía', 'Lukas', 'Magnus', 'Maria', 'Mark', 'Marta', 'Matthew', 'Mei',
  'Michael', 'Miguel', 'Mohammed', 'Nadia', 'Naomi', 'Nathan', 'Nicole', 'Nikhil', 'Noah', 'Nora', 'Olga', 'Oliver',
  'Olivia', 'Omar', 'Pablo', 'Patricia', 'Paul', 'Pedro', 'Peter', 'Priya', 'Rachel', 'Rafael', 'Rebecca', 'Renée',
  'Richard', 'Robert', 'Rosa', 'Ryan', 'Samuel', 'Sandra', 'Sara', 'Sebastian', 'Sofia', 'Sophie', 'Stefan', 'Susan',
  'Thomas', 'Tomás', 'Valentina', 'Victor', 'Wei', 'William', 'Yasmin', 'Yuki', 'Zoë', 'Zoran',
];

const LAST_NAMES = [
  'Abbott', 'Adeyemi', 'Agarwal', 'Ahmed', 'Alvarez', 'Andersen', 'Bailey', 'Baker', 'Banerjee', 'Barnes', 'Becker',
  'Bennett', 'Bergström', 'Bianchi', 'Brooks', 'Brown', 'Campbell', 'Carter', 'Castillo', 'Chen', 'Clarke', 'Collins',
  'Cooper', 'Costa', 'Cruz', 'Davies', 'Dubois', 'Edwards', 'Eriksson', 'Evans', 'Fernández', 'Fischer', 'Fitzgerald',
  'Fontaine', 'Foster', 'García', 'Gonzalez', 'Gray', 'Green', 'Gupta', 'Hall', 'Hansen', 'Harris', 'Hartmann',
  'Hernández', 'Hoffmann', 'Howard', 'Hughes', 'Iyer', 'Jackson', 'Jansen', 'Jensen', 'Johansson', 'Johnson', 'Jones',
  'Kaur', 'Kelly', 'Kim', 'King', 'Kowalski', 'Kumar', 'Larsen', 'Laurent', 'Lee', 'Lefebvre', 'Lewis', 'Lindqvist',
  'López', 'Martin', 'Martínez', 'Meyer', 'Miller', 'Mitchell', 'Moreau', 'Morgan', 'Morris', 'Müller', 'Murphy',
  'Nakamura', 'Nguyen', 'Nielsen', 'Novak', "O'Brien", 'Okafor', 'Olsen', 'Ortiz', 'Patel', 'Perez', 'Petrov',
  'Phillips', 'Popescu', 'Price', 'Quinn', 'Reddy', 'Reyes', 'Richter', 'Roberts', 'Robinson', 'Rodríguez', 'Romano',
  'Rossi', 'Russo', 'Sánchez', 'Sato', 'Schmidt', 'Schneider', 'Scott', 'Shah', 'Silva', 'Singh', 'Smith', 'Sørensen',
  'Suzuki', 'Tanaka', 'Taylor', 'Thomas', 'Thompson', 'Torres', 'Turner', 'van Dijk', 'Vargas', 'Wagner', 'Walker',
  'Wang', 'Watanabe', 'Weber', 'White', 'Williams', 'Wilson', 'Wójcik', 'Wright', 'Yamamoto', 'Young', 'Zhang', 'Zimmermann',
];

const ORG_PREFIXES = [
  'Northwind', 'Blue Harbor', 'Cedar', 'Summit', 'Ironbridge', 'Silverline', 'Redwood', 'Harborview', 'Granite', 'Meridian',
  'Lakeside', 'Brightwater', 'Oakridge', 'Pinecrest', 'Stonegate', 'Westfield', 'Eastgate', 'Kingsway', 'Riverbend',
  'Clearview', 'Fairmont', 'Highland', 'Juniper', 'Keystone', 'Larkspur', 'Maple', 'Newbury', 'Orchard', 'Pioneer',
  'Quarry', 'Rosewood', 'Sterling', 'Thistle', 'Union', 'Vantage', 'Willow', 'Alder', 'Beacon', 'Copperfield', 'Driftwood',
  'Evergreen', 'Foxglove', 'Goldcrest', 'Hawthorn', 'Ivory', 'Jasper', 'Kestrel', 'Linden', 'Mistral', 'Nordic',
  'Obsidian', 'Polaris', 'Quill', 'Ridgeway', 'Saffron', 'Tidewater', 'Upland', 'Verity', 'Wexford', 'Zenith',
];
const ORG_SUFFIXES = [
  'Capital', 'Logistics', 'Health', 'Foods', 'Energy', 'Partners', 'Holdings', 'Software', 'Manufacturing', 'Retail',
  'Insurance', 'Pharma', 'Analytics', 'Construction', 'Media', 'Telecom', 'Bank', 'Foundation', 'Hotels', 'Motors',
  'Biotech', 'Airlines', 'Textiles', 'Chemicals', 'Robotics', 'Marine', 'Realty', 'Consulting', 'Labs', 'Group',
  'Systems', 'Ventures', 'Brewing', 'Mining', 'Utilities', 'Education', 'Aerospace', 'Agritech', 'Security', 'Studios',
];
const INDUSTRIES = [
  'Financial services', 'Logistics', 'Healthcare', 'Food and beverage', 'Energy', 'Professional services', 'Technology',
  'Manufacturing', 'Retail', 'Insurance', 'Pharmaceuticals', 'Media', 'Telecommunications', 'Real estate', 'Education',
];
const TITLES = [
  'CEO', 'CFO', 'COO', 'CTO', 'Head of Operations', 'Head of Finance', 'Head of People', 'VP Sales', 'VP Engineering',
  'Director of Strategy', 'Procurement Manager', 'General Counsel', 'Board member', 'Product Director', 'Programme Manager',
];
const PERSONAL_DOMAINS = ['gmail.com', 'outlook.com', 'proton.me', 'icloud.com', 'yahoo.co.uk', 'hey.com'];
const TOPICS = [
  'the Q3 budget', 'their reorganisation', 'a new warehouse', 'the ERP migration', 'succession planning', 'the board offsite',
  'pricing strategy', 'the merger', 'hiring plans', 'the regulatory review', 'cost reduction', 'their expansion into Spain',
  'the renewal', 'a pilot project', 'the audit findings', 'supply chain risk', 'the data platform', 'customer churn',
  'the sales kickoff', 'a leadership workshop',
];
const SUMMARY_OPENERS = [
  'Catch-up about', 'First meeting on', 'Follow-up on', 'Workshop about', 'Quick call about', 'Lunch, talked about',
  'Steering meeting on', 'Proposal discussion on', 'Check-in about', 'Introduction, touched on',
];
const NOTE_SNIPPETS = [
  'Worried the board will not approve it before year end.',
  'Wants to cut onboarding time in half.',
  'Their CFO decides; budget is set in January.',
  'Said: "we tried this twice and it never stuck".',
  'Team is stretched after two resignations.',
  'New regulation forces a decision by March.',
  'Prefers a phased approach with a small pilot.',
  'Competitor moved first; they feel behind.',
  'Daughter just started university; travelling less.',
  'Concerned about our capacity to staff it quickly.',
  'Looking for a partner, not a vendor.',
  'Growth is flat for three quarters.',
];
const FACETS = ['inTheirWords', 'situation', 'goals', 'challenges', 'concerns', 'externalDrivers', 'motivationToChange', 'decisionProcess', 'personal'];
/** Channel weights in percent: meeting, call, video, email, message, meal, other. */
const CHANNELS: [string, number][] = [
  ['meeting', 25], ['call', 25], ['video', 20], ['email', 15], ['message', 8], ['meal', 5], ['other', 2],
];

/** Conversations span three years ending at this fixed instant (fixed so runs are reproducible). */
const TIMELINE_END = '2026-11-01T00:00:00Z';
const TIMELINE_DAYS = 3 * 365;

// ---------------------------------------------------------------------------------------------
// SQL building blocks (every input is a number or a constant from above: nothing user-supplied).
// ---------------------------------------------------------------------------------------------

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (list: string[]) => `ARRAY[${list.map(lit).join(',')}]::text[]`;

/** A uniform number in [0, 1) derived from a row number and a salt. */
function u(expr: string, salt: number): string {
  return `((hashint8extended((${expr})::int8, ${salt}) & 140737488355327)::float8 / 140737488355328.0)`;
}
/** A uniform integer in [0, n). */
function pick(expr: string, salt: number, n: number | string): string {
  return `floor(${u(expr, salt)} * (${n}))::int`;
}
/** An element of a constant list, chosen uniformly. */
function oneOf(list: string[], expr: string, salt: number): string {
  return `(${textArray(list)})[1 + ${pick(expr, salt, list.length)}]`;
}
/** A deterministic version-4 UUID: MD5 of a kind and row number, with the version and variant nibbles set. */
function uuidOf(kind: string, expr: string, seed: number): string {
  return `overlay(overlay(md5('yp-bench:${seed}:${kind}:' || (${expr})::text) placing '4' from 13) placing '8' from 17)::uuid`;
}

/** ASCII-folds a lower-cased name for use in an email address. */
function emailPart(expr: string): string {
  return `regexp_replace(translate(lower(${expr}), 'áàâäãåçéèêëíìîïñóòôöõøúùûüýÿßæœšžłćśźż', 'aaaaaaceeeeiiiinoooooouuuuyysaeszlcszz'), '[^a-z0-9]+', '', 'g')`;
}

interface Sizes {
  people: number;
  organizations: number;
  conversations: number;
  members: number;
}

/** Everything about person number `i` (0-based) that several statements need to agree on. */
function personExprs(i: string, s: Sizes, seed: number) {
  const first = oneOf(FIRST_NAMES, i, seed + 1);
  const last = oneOf(LAST_NAMES, i, seed + 2);
  // 8 % carry a middle initial, which also makes full names less repetitive.
  const middle = `CASE WHEN ${u(i, seed + 3)} < 0.08 THEN chr(65 + ${pick(i, seed + 4, 26)}) || '. ' ELSE '' END`;
  // 80 % belong to an organisation; 10 % of those to a second one.
  const hasOrg = `(${u(i, seed + 10)} < 0.8)`;
  const org1 = pick(i, seed + 11, s.organizations);
  const org2raw = pick(i, seed + 12, s.organizations);
  const org2 = `(CASE WHEN ${org2raw} = ${org1} THEN (${org1} + 1) % ${s.organizations} ELSE ${org2raw} END)`;
  const hasOrg2 = `(${hasOrg} AND ${u(i, seed + 13)} < 0.1)`;
  return { first, last, middle, hasOrg, org1, org2, hasOrg2 };
}

/** The email domain of organisation number k (the same as its website's host). */
function orgDomain(k: string): string {
  return `${emailPart(orgName(k))} || '.example'`;
}

/** Organisation number k's name: prefix × suffix combinations are distinct for k < 2400. */
function orgName(k: string): string {
  return `(${textArray(ORG_PREFIXES)})[1 + (${k}) % ${ORG_PREFIXES.length}] || ' ' || (${textArray(ORG_SUFFIXES)})[1 + ((${k}) / ${ORG_PREFIXES.length}) % ${ORG_SUFFIXES.length}]`;
}

// ---------------------------------------------------------------------------------------------

/** Per-statement time, summed by label (printed with BENCH_DEBUG=1). */
const statementMs = new Map<string, number>();
async function exec(db: Db, text: string, label?: string): Promise<void> {
  const t0 = performance.now();
  await db.execute(sql.raw(text));
  if (label) statementMs.set(label, (statementMs.get(label) ?? 0) + performance.now() - t0);
  if (process.env.BENCH_DEBUG_SQL && label) console.log(`-- ${label}\n${text};`);
}

async function count(db: Db, text: string): Promise<number> {
  const [row] = await queryRows<{ n: unknown }>(db, sql.raw(text));
  return toCount(row?.n);
}

/** Finds the benchmark firm if it was generated before, with its sizes. */
export async function findGeneratedFirm(db: Db): Promise<GeneratedFirm | undefined> {
  const [firm] = await queryRows<{ id: string; owner_id: string }>(
    db,
    sql`select f.id, m.id as owner_id from firms f join members m on m.firm_id = f.id and lower(m.email) = ${BENCH_OWNER_EMAIL} where f.slug = ${BENCH_FIRM_SLUG}`,
  );
  if (!firm) return undefined;
  const f = lit(firm.id);
  return {
    firmId: firm.id,
    ownerId: firm.owner_id,
    people: await count(db, `select count(*) as n from people where firm_id = ${f}`),
    organizations: await count(db, `select count(*) as n from organizations where firm_id = ${f}`),
    conversations: await count(db, `select count(*) as n from conversations where firm_id = ${f}`),
  };
}

export async function generateFirm(db: Db, options: GenerateOptions): Promise<GenerationReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const seed = options.seed ?? 1;
  const sizes: Sizes = {
    people: options.people,
    conversations: options.conversations,
    organizations: Math.max(10, Math.min(2400, Math.round((options.people / 100_000) * BENCH_ORGANIZATIONS_PER_100K_PEOPLE))),
    members: BENCH_EXTRA_MEMBERS + 1,
  };
  if (sizes.people < 2) throw new Error('BENCH_PEOPLE must be at least 2');
  const steps: GenerationTiming[] = [];
  const started = performance.now();
  const step = async (name: string, rows: number, run: () => Promise<void>) => {
    const t0 = performance.now();
    await run();
    const ms = performance.now() - t0;
    steps.push({ step: name, rows, ms });
    return ms;
  };

  // The firm and its owner go through the product's own use case (Argon2 hash, slug, transaction).
  let firmId = '';
  let ownerId = '';
  await step('firm + owner (createFirm)', 1, async () => {
    const { firm, owner } = await createFirm(db, {
      firmName: 'Yellowpad Bench',
      ownerName: 'Bench Owner',
      ownerEmail: BENCH_OWNER_EMAIL,
      ownerPassword: 'bench-owner-password-not-secret',
    });
    if (firm.slug !== BENCH_FIRM_SLUG) throw new Error(`Expected slug ${BENCH_FIRM_SLUG}, got ${firm.slug}: is another bench firm present?`);
    firmId = firm.id;
    ownerId = owner.id;
  });
  const F = `${lit(firmId)}::uuid`;
  const OWNER = `${lit(ownerId)}::uuid`;
  const progress = (what: string, done: number, total: number, t0: number) => {
    const s = (performance.now() - t0) / 1000;
    log(`  ${what}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${s.toFixed(1)} s, ${Math.round(done / s).toLocaleString('en')} rows/s)`);
  };

  // Members: the owner plus colleagues (same password hash; they exist to take part in conversations).
  const memberIdExpr = (m: string) => `CASE WHEN (${m}) = 0 THEN ${OWNER} ELSE ${uuidOf('m', m, seed)} END`;
  await step('members', BENCH_EXTRA_MEMBERS, () =>
    exec(
      db,
      `insert into members (id, firm_id, email, name, role, password_hash, created_by)
       select ${uuidOf('m', 'g', seed)}, ${F}, 'member' || g || '@bench.yellowpad.example',
              ${oneOf(FIRST_NAMES, 'g', seed + 90)} || ' ' || ${oneOf(LAST_NAMES, 'g', seed + 91)},
              'member', (select password_hash from members where id = ${OWNER}), ${OWNER}
       from generate_series(1, ${BENCH_EXTRA_MEMBERS}) g`,
    ),
  );

  // Organisations.
  await step('organizations', sizes.organizations, () =>
    exec(
      db,
      `insert into organizations (id, firm_id, name, website, industry, notes, search_text, created_at, updated_at, created_by)
       select ${uuidOf('o', 'k', seed)}, ${F}, name, 'https://' || ${orgDomain('k')},
              ${oneOf(INDUSTRIES, 'k', seed + 20)},
              CASE WHEN ${u('k', seed + 21)} < 0.3 THEN 'Key account since ' || (2015 + ${pick('k', seed + 22, 10)}) ELSE NULL END,
              lower(name), ts, ts, ${OWNER}
       from (select k, ${orgName('k')} as name,
                    timestamptz ${lit(TIMELINE_END)} - make_interval(days => ${TIMELINE_DAYS} + ${pick('k', seed + 23, 365)}) as ts
             from generate_series(0, ${sizes.organizations - 1}) k) o`,
    ),
  );

  // People, in batches.
  const PEOPLE_BATCH = 50_000;
  {
    const t0 = performance.now();
    await step('people', sizes.people, async () => {
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
        progress('people', hi + 1, sizes.people, t0);
      }
    });
  }

  // Affiliations: first and (for some) second organisation of each person.
  await step('affiliations', 0, async () => {
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
  });
  steps[steps.length - 1]!.rows = await count(db, `select count(*) as n from affiliations where firm_id = ${F}`);

  // Conversations with their people and members, in batches. Who took part is skewed like a real
  // practice: a person's share falls off as 1/sqrt(rank) (u² sampling), so a few key clients have
  // thousands of conversations and most people a handful.
  const CONV_BATCH = 100_000;
  const N = sizes.people;
  const p1 = `floor(power(${u('j', seed + 50)}, 2) * ${N})::int`;
  const p2raw = `floor(power(${u('j', seed + 51)}, 2) * ${N})::int`;
  const hasP2 = `(${u('j', seed + 52)} < 0.4)`;
  // The rank-to-person mapping is a fixed permutation (i * a mod N with a coprime to N), so the
  // busiest people are spread over the alphabet and the id space.
  const a = coprimeMultiplier(N);
  const personOfRank = (r: string) => `((((${r})::int8 * ${a}) % ${N})::int)`;
  const M = sizes.members;
  const m1 = pick('j', seed + 60, M);
  const m2raw = pick('j', seed + 61, M);
  const hasM2 = `(${u('j', seed + 62)} < 0.3)`;
  const occurredAt = `(timestamptz ${lit(TIMELINE_END)} - make_interval(days => ${pick('j', seed + 70, TIMELINE_DAYS)}) + make_interval(mins => 480 + 5 * ${pick('j', seed + 71, 120)}))`;
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
  const [role] = await queryRows<{ rolsuper: boolean }>(db, sql`select rolsuper from pg_roles where rolname = current_user`);
  const skipTriggers = role?.rolsuper === true;
  log(`  conversations: ${skipTriggers ? 'foreign keys checked set-based after loading (superuser)' : 'foreign keys checked per row (not a superuser)'}`);
  {
    const t0 = performance.now();
    await step('conversations + conversation_people + conversation_members', sizes.conversations, async () => {
      for (let lo = 0; lo < sizes.conversations; lo += CONV_BATCH) {
        const hi = Math.min(sizes.conversations, lo + CONV_BATCH) - 1;
        const series = `generate_series(${lo}, ${hi}) j`;
        // One statement per batch: the materialised CTE computes each conversation's id, time and
        // participants once, and the three inserts read it.
        await db.transaction(async (tx) => {
          // Skip the per-row foreign-key triggers (about half the time); integrity is checked set-based below.
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
             insert into conversation_members (firm_id, conversation_id, member_id)
             select ${F}, id, ${memberIdExpr('m')}
             from base
             cross join lateral (values (m1, true), (CASE WHEN m2raw = m1 THEN (m1 + 1) % ${M} ELSE m2raw END, has_m2)) x(m, present)
             where present`,
            'conversations batch',
          );
        });
        progress('conversations', hi + 1, sizes.conversations, t0);
        if (process.env.BENCH_DEBUG) log(`    ${[...statementMs].map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
      }
    });
  }

  if (skipTriggers) await step('referential integrity check', 0, () => checkIntegrity(db, firmId));
  await step('VACUUM ANALYZE', 0, () => exec(db, 'vacuum analyze'));
  await verifySearchText(db, firmId);

  const totalMs = performance.now() - started;
  return {
    firmId,
    ownerId,
    people: sizes.people,
    organizations: sizes.organizations,
    conversations: sizes.conversations,
    totalMs,
    steps,
  };
}

/** The foreign keys the fast path did not check row by row, checked with anti-joins instead. */
async function checkIntegrity(db: Db, firmId: string): Promise<void> {
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

/** Checks, on a sample, that search_text is exactly what the product computes (personSearchText). */
async function verifySearchText(db: Db, firmId: string): Promise<void> {
  const rows = await queryRows<{ full_name: string; emails: string[]; search_text: string }>(
    db,
    sql`select full_name, emails, search_text from people where firm_id = ${firmId} order by id limit 2000`,
  );
  for (const r of rows) {
    const expected = personSearchText(r.full_name, r.emails);
    if (expected !== r.search_text) {
      throw new Error(`search_text mismatch for ${JSON.stringify(r.full_name)}: db=${JSON.stringify(r.search_text)} app=${JSON.stringify(expected)}`);
    }
  }
}

function gcd(x: number, y: number): number {
  while (y) [x, y] = [y, x % y];
  return x;
}

/** A multiplier coprime to n, near n × 0.618, so i ↦ i·a mod n is a well-spread permutation. */
function coprimeMultiplier(n: number): number {
  let a = Math.max(1, Math.floor(n * 0.6180339887));
  while (gcd(a, n) !== 1) a++;
  return a;
}
