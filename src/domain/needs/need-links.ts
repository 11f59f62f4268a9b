/**
 * The records a need and its steps point at: the client's organisation and people, and our members.
 * An id that is unknown or another firm's is "not found", naming what, and nothing is written.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { members, needPeople, organizations, people } from '../../db/schema.ts';
import { AppError, notFound } from '../errors.ts';

/** Every id must be one of the firm's people. */
export async function requirePeople(db: Db, firmId: string, personIds: readonly string[]): Promise<void> {
  const unique = [...new Set(personIds)];
  if (unique.length === 0) return;
  const found = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.firmId, firmId), inArray(people.id, unique)));
  if (found.length !== unique.length) throw notFound('person');
}

export async function requireOrganization(db: Db, firmId: string, organizationId: string): Promise<void> {
  const [found] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.firmId, firmId), eq(organizations.id, organizationId)))
    .limit(1);
  if (!found) throw notFound('organisation');
}

/** Every id must be one of the firm's members. */
export async function requireMembers(db: Db, firmId: string, memberIds: readonly string[]): Promise<void> {
  const unique = [...new Set(memberIds)];
  if (unique.length === 0) return;
  const found = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.firmId, firmId), inArray(members.id, unique)));
  if (found.length !== unique.length) throw notFound('team member');
}

/** A need belongs to someone: an organisation, at least one person, or both. */
export function requireOwner(organizationId: string | null, personCount: number): void {
  if (organizationId || personCount > 0) return;
  const problem = 'pick an organisation or at least one person';
  throw new AppError('validation_failed', 'Say whose need this is: pick their organisation or at least one of their people.', {
    fields: { organizationId: problem, personIds: problem },
  });
}

/** Replaces the need's people (already checked with requirePeople). */
export async function replaceNeedPeople(db: Db, firmId: string, needId: string, personIds: readonly string[]): Promise<void> {
  await db.delete(needPeople).where(and(eq(needPeople.firmId, firmId), eq(needPeople.needId, needId)));
  const unique = [...new Set(personIds)];
  if (unique.length > 0) await db.insert(needPeople).values(unique.map((personId) => ({ firmId, needId, personId })));
}
