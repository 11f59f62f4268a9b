/**
 * What the practice generator's steps share: the data version, the id kinds (which carry the
 * version, so a bumped version gives new ids and a reused database is regenerated), the bench's
 * "today" as SQL, and the expressions that tie a need to its person.
 */
import { BENCH_TODAY } from './firm-vocabulary.ts';
import { lit, u, uuidOf, type GenerationContext } from './generation-sql.ts';

/**
 * Bump when the generated practice data changes: a database whose practice rows carry another
 * version has them deleted and generated again (the people and conversations are kept).
 */
export const PRACTICES_VERSION = 1;

const v = (kind: string) => `${kind}-v${PRACTICES_VERSION}`;
/** Id kinds of the practice rows (see uuidOf). */
export const K = {
  need: v('need'),
  step: v('step'),
  provider: v('provider'),
  incident: v('incident'),
  followUp: v('follow-up'),
  commitment: v('commitment'),
  renegotiation: v('renegotiation'),
  gift: v('gift'),
  referral: v('referral'),
} as const;

/** The bench's today as a SQL date, and the latest instant anything may have happened at (its evening). */
export const TODAY = `date ${lit(BENCH_TODAY)}`;
export const NOW_CAP = `timestamptz ${lit(`${BENCH_TODAY}T20:00:00Z`)}`;

/** A calendar day at an hour (UTC) as timestamptz, whatever the session's time zone. */
export function dayAt(day: string, hours: string | number): string {
  return `((${day})::timestamp at time zone 'UTC' + make_interval(hours => ${hours}))`;
}

/** The UTC calendar day of a timestamptz. */
export const utcDayOf = (at: string) => `((${at}) at time zone 'UTC')::date`;

/** About 1 person in 5 has a need (keyed by the person's index, so other steps can find it). */
export function needOfPerson(personIndex: string, seed: number): { has: string; id: string } {
  return { has: `(${u(personIndex, seed + 200)} < 0.2)`, id: uuidOf(K.need, personIndex, seed) };
}

/** How many providers the directory holds for a firm of this size. */
export const providerCount = (ctx: Pick<GenerationContext, 'sizes'>) => Math.max(10, Math.round(ctx.sizes.people * 0.003));
