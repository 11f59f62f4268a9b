/**
 * What every Today list is asked: whose firm, whose day, mine or the firm's, how many rows at most; and
 * the joins the lists share to name the person and organisation an item is about.
 */
import { and, eq, type AnyColumn } from 'drizzle-orm';
import { members, organizations, people } from '../../db/schema.ts';

export type TodayScope = 'mine' | 'firm';

export interface TodayQuery {
  firmId: string;
  /** The acting member: "mine" means theirs. */
  memberId: string;
  /** The caller's calendar day, YYYY-MM-DD. */
  date: string;
  scope: TodayScope;
  /** At most this many items per list (the totals count them all). */
  limit: number;
}

export interface PersonRef {
  id: string;
  fullName: string;
}
export interface OrganizationRef {
  id: string;
  name: string;
}
export interface MemberRef {
  id: string;
  name: string;
}

/** Left-join condition naming the item's person (the link may have been cleared by a deletion). */
export const personOf = (firmId: AnyColumn, personId: AnyColumn) => and(eq(people.firmId, firmId), eq(people.id, personId));
export const organizationOf = (firmId: AnyColumn, organizationId: AnyColumn) =>
  and(eq(organizations.firmId, firmId), eq(organizations.id, organizationId));
export const memberOf = (firmId: AnyColumn, memberId: AnyColumn) => and(eq(members.firmId, firmId), eq(members.id, memberId));

/** The columns that name an item's person and organisation, for the lists' selects. */
export const refColumns = {
  personId: people.id,
  personName: people.fullName,
  organizationId: organizations.id,
  organizationName: organizations.name,
};

/** The person and organisation of a row selected with refColumns, or null where there is none. */
export function refsOf(row: { personId: string | null; personName: string | null; organizationId: string | null; organizationName: string | null }) {
  return {
    person: row.personId ? ({ id: row.personId, fullName: row.personName! } satisfies PersonRef) : null,
    organization: row.organizationId ? ({ id: row.organizationId, name: row.organizationName! } satisfies OrganizationRef) : null,
  };
}

/** The columns that name whose item it is on our side, for the lists' selects. */
export const memberColumns = { memberId: members.id, memberName: members.name };

/** Our member of a row selected with memberColumns, or null. */
export function memberRefOf(row: { memberId: string | null; memberName: string | null }): MemberRef | null {
  return row.memberId ? { id: row.memberId, name: row.memberName! } : null;
}
