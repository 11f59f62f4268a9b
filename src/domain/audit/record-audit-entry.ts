/** Writes one audit entry inside the caller's transaction: who acted, what on which id, counts and a reason. */
import type { Db } from '../../db/open-db.ts';
import { auditEntries, type auditActions, type auditSubjects } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';

export interface AuditInput {
  action: (typeof auditActions)[number];
  subject: (typeof auditSubjects)[number];
  subjectId: string;
  /** Counts only: an audit entry never holds personal data. */
  summary: Record<string, number>;
  reason: string | null;
  at: Date;
}

export type AuditEntry = typeof auditEntries.$inferSelect;

export async function recordAuditEntry(tx: Db, actor: Actor, input: AuditInput): Promise<AuditEntry> {
  const [entry] = await tx
    .insert(auditEntries)
    .values({ firmId: actor.firmId, actorMemberId: actor.memberId, ...input })
    .returning();
  return entry!;
}
