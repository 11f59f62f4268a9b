/**
 * The records a practice record points at (the client's person, organisation and need; our member; a
 * provider; a conversation; a gift): checking that each named id is the firm's — another firm's id and an
 * unknown one are both "not found", so nothing confirms that another firm's record exists — and loading their
 * names for a whole page at once. Shared by commitments, incidents, gifts, referrals, follow-ups and close-outs.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open-db.ts';
import { conversations, gifts, members, needs, organizations, people, providers } from '../../db/schema.ts';
import { AppError } from '../errors.ts';

type FirmTable = PgTable & { firmId: PgColumn; id: PgColumn };

const linkTargets = {
  memberId: { table: members, what: 'team member' },
  personId: { table: people, what: 'person' },
  referredByPersonId: { table: people, what: 'person' },
  organizationId: { table: organizations, what: 'organisation' },
  needId: { table: needs, what: 'need' },
  conversationId: { table: conversations, what: 'conversation' },
  providerId: { table: providers, what: 'provider' },
  giftId: { table: gifts, what: 'gift' },
} satisfies Record<string, { table: FirmTable; what: string }>;

export type LinkField = keyof typeof linkTargets;
export type Links = Partial<Record<LinkField, string | null | undefined>>;

/** A named id that is not the firm's: missing and another firm's look the same (404, naming the field). */
export function unknownLink(field: LinkField, path: string = field): AppError {
  return new AppError('not_found', `No ${linkTargets[field].what} with that id in your firm.`, { field: path });
}

/**
 * Every link id given must name one of the firm's records (other fields of `links` are ignored, so an input
 * can be passed whole); `prefix` names the body object they came in (e.g. "alternative").
 */
export async function checkLinks(db: Db, firmId: string, links: Links, prefix?: string): Promise<void> {
  for (const [field, id] of Object.entries(links) as [LinkField, unknown][]) {
    if (!(field in linkTargets) || typeof id !== 'string') continue;
    const table: FirmTable = linkTargets[field].table;
    const [found] = await db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.firmId, firmId), eq(table.id, id)))
      .limit(1);
    if (!found) throw unknownLink(field, prefix ? `${prefix}.${field}` : field);
  }
}

export interface PersonRef {
  id: string;
  fullName: string;
}
export interface NamedRef {
  id: string;
  name: string;
}
export interface NeedRef {
  id: string;
  title: string;
}

/** The names behind the ids of a page of records; an id whose record was deleted reads as null. */
export interface LinkNames {
  person(id: string | null): PersonRef | null;
  organization(id: string | null): NamedRef | null;
  need(id: string | null): NeedRef | null;
  member(id: string | null): NamedRef | null;
  provider(id: string | null): NamedRef | null;
}

export interface LinkIds {
  people?: (string | null)[];
  organizations?: (string | null)[];
  needs?: (string | null)[];
  members?: (string | null)[];
  providers?: (string | null)[];
}

const distinct = (ids: (string | null)[] | undefined) => [...new Set((ids ?? []).filter((id): id is string => Boolean(id)))];

async function namesOf<T extends { id: string }>(
  db: Db,
  firmId: string,
  table: FirmTable,
  ids: (string | null)[] | undefined,
  columns: Record<keyof T, PgColumn>,
): Promise<Map<string, T>> {
  const wanted = distinct(ids);
  if (wanted.length === 0) return new Map();
  const rows = (await db
    .select(columns)
    .from(table)
    .where(and(eq(table.firmId, firmId), inArray(table.id, wanted)))) as unknown as T[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** One query per kind of record, whatever the page size (never one per row). */
export async function loadLinkNames(db: Db, firmId: string, ids: LinkIds): Promise<LinkNames> {
  const [byPerson, byOrganization, byNeed, byMember, byProvider] = [
    await namesOf<PersonRef>(db, firmId, people, ids.people, { id: people.id, fullName: people.fullName }),
    await namesOf<NamedRef>(db, firmId, organizations, ids.organizations, { id: organizations.id, name: organizations.name }),
    await namesOf<NeedRef>(db, firmId, needs, ids.needs, { id: needs.id, title: needs.title }),
    await namesOf<NamedRef>(db, firmId, members, ids.members, { id: members.id, name: members.name }),
    await namesOf<NamedRef>(db, firmId, providers, ids.providers, { id: providers.id, name: providers.name }),
  ];
  const lookup =
    <T>(map: Map<string, T>) =>
    (id: string | null) =>
      (id ? map.get(id) : undefined) ?? null;
  return {
    person: lookup(byPerson),
    organization: lookup(byOrganization),
    need: lookup(byNeed),
    member: lookup(byMember),
    provider: lookup(byProvider),
  };
}

/** The client a record is about, by name: what every gift, referral and follow-up shows. */
export interface ClientLinks {
  person: PersonRef | null;
  organization: NamedRef | null;
  need: NeedRef | null;
}

type ClientIds = { personId: string | null; organizationId: string | null; needId: string | null };

export function clientIdsOf(rows: ClientIds[]): LinkIds {
  return { people: rows.map((r) => r.personId), organizations: rows.map((r) => r.organizationId), needs: rows.map((r) => r.needId) };
}

export function clientLinksOf(row: ClientIds, names: LinkNames): ClientLinks {
  return { person: names.person(row.personId), organization: names.organization(row.organizationId), need: names.need(row.needId) };
}

/** Attaches the client's names to a page of records (three queries at most, whatever the page size). */
export async function withClientLinks<T extends ClientIds>(db: Db, firmId: string, rows: T[]): Promise<(T & ClientLinks)[]> {
  const names = await loadLinkNames(db, firmId, clientIdsOf(rows));
  return rows.map((row) => ({ ...row, ...clientLinksOf(row, names) }));
}
