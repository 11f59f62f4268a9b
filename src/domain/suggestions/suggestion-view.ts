/** A client's "not quite…" suggestion as the professional reads it beside the problem statement. */
import { and, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { members, people, statementSuggestions } from '../../db/schema.ts';
import type { SuggestionStatus } from '../../common/client-side.ts';

export interface SuggestionView {
  id: string;
  needId: string;
  version: number;
  text: string;
  person: { id: string; fullName: string };
  at: Date;
  status: SuggestionStatus;
  adoptedVersion: number | null;
  resolvedAt: Date | null;
  resolvedBy: { id: string; name: string } | null;
}

const s = statementSuggestions;

/** The firm's suggestions matching `where`, oldest first (the order they were made in). */
export async function loadSuggestions(db: Db, firmId: string, where: SQL): Promise<SuggestionView[]> {
  const rows = await db
    .select({
      id: s.id,
      needId: s.needId,
      version: s.version,
      text: s.text,
      personId: people.id,
      personName: people.fullName,
      at: s.createdAt,
      status: s.status,
      adoptedVersion: s.adoptedVersion,
      resolvedAt: s.resolvedAt,
      resolverId: members.id,
      resolverName: members.name,
    })
    .from(s)
    .innerJoin(people, and(eq(people.firmId, s.firmId), eq(people.id, s.personId)))
    .leftJoin(members, and(eq(members.firmId, s.firmId), eq(members.id, s.resolvedBy)))
    .where(and(eq(s.firmId, firmId), where))
    .orderBy(s.createdAt, s.id);
  return rows.map((r) => ({
    id: r.id,
    needId: r.needId,
    version: r.version,
    text: r.text,
    person: { id: r.personId, fullName: r.personName },
    at: r.at,
    status: r.status,
    adoptedVersion: r.adoptedVersion,
    resolvedAt: r.resolvedAt,
    resolvedBy: r.resolverId ? { id: r.resolverId, name: r.resolverName! } : null,
  }));
}
