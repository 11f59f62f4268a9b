/**
 * Generates a large, deterministic benchmark firm with set-based SQL (INSERT … SELECT FROM
 * generate_series), in bounded batches, so a million conversations take minutes and little memory.
 *
 * Determinism: every pseudo-random choice is `hashint8extended(row number, salt)`, a hash PostgreSQL
 * keeps stable across versions (hash partitioning depends on it), and every id is an MD5 of the row
 * number shaped as a version-4 UUID. The same sizes therefore give the same names, ids, dates and
 * participants on PGlite and on a PostgreSQL server, run after run. Only the firm, its owner (created
 * through createFirm) and timestamps such as the token's differ.
 *
 * This file orders the steps and finds a firm generated before; the steps live in
 * generate-people.ts and generate-conversations.ts, their SQL pieces in generation-sql.ts and the
 * names and topics they draw from in firm-vocabulary.ts.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/open-db.ts';
import { createFirm } from '../src/domain/firms/create-firm.ts';
import { personSearchText } from '../src/domain/people/person-fields.ts';
import { queryRows } from '../src/domain/support/rows.ts';
import { BENCH_EXTRA_MEMBERS, BENCH_FIRM_SLUG, BENCH_ORGANIZATIONS_PER_100K_PEOPLE, BENCH_OWNER_EMAIL } from './firm-vocabulary.ts';
import { canSkipForeignKeyTriggers, checkIntegrity, insertConversations } from './generate-conversations.ts';
import { insertAffiliations, insertMembers, insertOrganizations, insertPeople } from './generate-people.ts';
import { generatePractices, hasCurrentPractices, PRACTICES_VACUUM_STEP } from './generate-practices.ts';
import { count, exec, lit, type GenerationContext, type Sizes } from './generation-sql.ts';

export { BENCH_EXTRA_MEMBERS, BENCH_FIRM_SLUG, BENCH_ORGANIZATIONS_PER_100K_PEOPLE, BENCH_OWNER_EMAIL } from './firm-vocabulary.ts';

/** The sizes of a firm of `people` people and `conversations` conversations. */
export function sizesFor(people: number, conversations: number): Sizes {
  return {
    people,
    conversations,
    organizations: Math.max(10, Math.min(2400, Math.round((people / 100_000) * BENCH_ORGANIZATIONS_PER_100K_PEOPLE))),
    members: BENCH_EXTRA_MEMBERS + 1,
  };
}

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

/** Fills an empty database with the benchmark firm of the given sizes and reports how long each step took. */
export async function generateFirm(db: Db, options: GenerateOptions): Promise<GenerationReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const seed = options.seed ?? 1;
  const sizes = sizesFor(options.people, options.conversations);
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
  const ctx: GenerationContext = { db, seed, sizes, firm: `${lit(firmId)}::uuid`, owner: `${lit(ownerId)}::uuid`, log };

  await step('members', BENCH_EXTRA_MEMBERS, () => insertMembers(ctx));
  await step('organizations', sizes.organizations, () => insertOrganizations(ctx));
  await step('people', sizes.people, () => insertPeople(ctx));
  await step('affiliations', 0, () => insertAffiliations(ctx));
  steps[steps.length - 1]!.rows = await count(db, `select count(*) as n from affiliations where firm_id = ${ctx.firm}`);

  const skipTriggers = await canSkipForeignKeyTriggers(db, log);
  await step('conversations + conversation_people + conversation_members', sizes.conversations, () => insertConversations(ctx, skipTriggers));

  if (skipTriggers) await step('referential integrity check', 0, () => checkIntegrity(db, firmId));
  steps.push(...(await generatePractices(ctx, skipTriggers)));
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

/**
 * Brings a reused firm's practice data up to the current PRACTICES_VERSION (generate-practices.ts),
 * keeping its people and conversations; returns the steps it ran, or undefined when it was current.
 */
export async function extendWithPractices(db: Db, firm: GeneratedFirm, log: (line: string) => void): Promise<GenerationTiming[] | undefined> {
  if (await hasCurrentPractices(db, firm.firmId)) return undefined;
  log('  the firm lacks the current practice data: adding it (people and conversations are kept)…');
  const ctx: GenerationContext = {
    db,
    seed: 1,
    sizes: sizesFor(firm.people, firm.conversations),
    firm: `${lit(firm.firmId)}::uuid`,
    owner: `${lit(firm.ownerId)}::uuid`,
    log,
  };
  const steps = await generatePractices(ctx, await canSkipForeignKeyTriggers(db, log));
  const t0 = performance.now();
  await exec(db, 'vacuum analyze');
  steps.push({ step: PRACTICES_VACUUM_STEP, rows: 0, ms: performance.now() - t0 });
  return steps;
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
