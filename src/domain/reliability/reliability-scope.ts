/** Who the reliability figures are about, by name: a member, a person, an organisation (each optional). */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { members, organizations, people } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { ReliabilityScope } from './reliability-figures.ts';

export interface NamedScope {
  member: { id: string; name: string } | null;
  person: { id: string; fullName: string } | null;
  organization: { id: string; name: string } | null;
}

/** Names each id given; one that is not the firm's is "not found", naming what. */
export async function nameScope(db: Db, firmId: string, scope: ReliabilityScope): Promise<NamedScope> {
  const [member] = scope.memberId
    ? await db.select({ id: members.id, name: members.name }).from(members).where(and(eq(members.firmId, firmId), eq(members.id, scope.memberId)))
    : [];
  if (scope.memberId && !member) throw notFound('team member');
  const [person] = scope.personId
    ? await db.select({ id: people.id, fullName: people.fullName }).from(people).where(and(eq(people.firmId, firmId), eq(people.id, scope.personId)))
    : [];
  if (scope.personId && !person) throw notFound('person');
  const [organization] = scope.organizationId
    ? await db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(and(eq(organizations.firmId, firmId), eq(organizations.id, scope.organizationId)))
    : [];
  if (scope.organizationId && !organization) throw notFound('organisation');
  return { member: member ?? null, person: person ?? null, organization: organization ?? null };
}
