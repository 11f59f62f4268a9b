/**
 * SQL building blocks for the benchmark firm generator. Every input is a number or a constant from
 * firm-vocabulary.ts: nothing user-supplied. Every pseudo-random choice is
 * `hashint8extended(row number, salt)`, so the same sizes give the same rows on every engine.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/open-db.ts';
import { queryRows, toCount } from '../src/domain/support/rows.ts';
import { FIRST_NAMES, LAST_NAMES, ORG_PREFIXES, ORG_SUFFIXES } from './firm-vocabulary.ts';

/** How big the generated firm is. */
export interface Sizes {
  people: number;
  organizations: number;
  conversations: number;
  members: number;
}

/** What every generation step needs: where to write, how big, and the firm and owner as SQL literals. */
export interface GenerationContext {
  db: Db;
  seed: number;
  sizes: Sizes;
  /** The firm's id as a SQL uuid literal. */
  firm: string;
  /** The owner's id as a SQL uuid literal. */
  owner: string;
  log: (line: string) => void;
}

/** Quotes a constant as a SQL string literal. */
export const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (list: string[]) => `ARRAY[${list.map(lit).join(',')}]::text[]`;

/** A uniform number in [0, 1) derived from a row number and a salt. */
export function u(expr: string, salt: number): string {
  return `((hashint8extended((${expr})::int8, ${salt}) & 140737488355327)::float8 / 140737488355328.0)`;
}
/** A uniform integer in [0, n). */
export function pick(expr: string, salt: number, n: number | string): string {
  return `floor(${u(expr, salt)} * (${n}))::int`;
}
/** An element of a constant list, chosen uniformly. */
export function oneOf(list: string[], expr: string, salt: number): string {
  return `(${textArray(list)})[1 + ${pick(expr, salt, list.length)}]`;
}
/** A deterministic version-4 UUID: MD5 of a kind and row number, with the version and variant nibbles set. */
export function uuidOf(kind: string, expr: string, seed: number): string {
  return `overlay(overlay(md5('yp-bench:${seed}:${kind}:' || (${expr})::text) placing '4' from 13) placing '8' from 17)::uuid`;
}

/** ASCII-folds a lower-cased name for use in an email address. */
export function emailPart(expr: string): string {
  return `regexp_replace(translate(lower(${expr}), 'áàâäãåçéèêëíìîïñóòôöõøúùûüýÿßæœšžłćśźż', 'aaaaaaceeeeiiiinoooooouuuuyysaeszlcszz'), '[^a-z0-9]+', '', 'g')`;
}

/** Everything about person number `i` (0-based) that several statements need to agree on. */
export function personExprs(i: string, s: Sizes, seed: number) {
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
export function orgDomain(k: string): string {
  return `${emailPart(orgName(k))} || '.example'`;
}

/** Organisation number k's name: prefix × suffix combinations are distinct for k < 2400. */
export function orgName(k: string): string {
  return `(${textArray(ORG_PREFIXES)})[1 + (${k}) % ${ORG_PREFIXES.length}] || ' ' || (${textArray(ORG_SUFFIXES)})[1 + ((${k}) / ${ORG_PREFIXES.length}) % ${ORG_SUFFIXES.length}]`;
}

/** Per-statement time, summed by label (printed with BENCH_DEBUG=1). */
export const statementMs = new Map<string, number>();

/** Runs one generator statement, timing it under `label` (and printing it with BENCH_DEBUG_SQL). */
export async function exec(db: Db, text: string, label?: string): Promise<void> {
  const t0 = performance.now();
  await db.execute(sql.raw(text));
  if (label) statementMs.set(label, (statementMs.get(label) ?? 0) + performance.now() - t0);
  if (process.env.BENCH_DEBUG_SQL && label) console.log(`-- ${label}\n${text};`);
}

/** Runs a `select count(*) as n …` and returns n as a number. */
export async function count(db: Db, text: string): Promise<number> {
  const [row] = await queryRows<{ n: unknown }>(db, sql.raw(text));
  return toCount(row?.n);
}

/** Prints a batch loop's progress with its rate. */
export function logProgress(log: (line: string) => void, what: string, done: number, total: number, t0: number): void {
  const s = (performance.now() - t0) / 1000;
  log(`  ${what}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${s.toFixed(1)} s, ${Math.round(done / s).toLocaleString('en')} rows/s)`);
}

function gcd(x: number, y: number): number {
  while (y) [x, y] = [y, x % y];
  return x;
}

/** A multiplier coprime to n, near n × 0.618, so i ↦ i·a mod n is a well-spread permutation. */
export function coprimeMultiplier(n: number): number {
  let a = Math.max(1, Math.floor(n * 0.6180339887));
  while (gcd(a, n) !== 1) a++;
  return a;
}

/** A value from a weighted list (weights in percent, summing to 100), chosen by the uniform `uExpr`. */
export function weighted(list: [string, number][], uExpr: string): string {
  let acc = 0;
  const whens = list.slice(0, -1).map(([name, w]) => {
    acc += w;
    return `WHEN ${uExpr} < ${acc / 100} THEN ${lit(name)}`;
  });
  return `CASE ${whens.join(' ')} ELSE ${lit(list[list.length - 1]![0])} END`;
}
