/**
 * The firm's audit trail, newest first, for its owners: keyset pages on (at desc, id desc), each entry with
 * the acting member's name while that member is still in the firm.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { auditEntries, members } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { decodeKeyAndId, encodeCursor } from '../support/cursor.ts';
import { requireOwner } from './require-owner.ts';

export interface ListAuditInput {
  limit: number;
  cursor?: string;
}

export async function listAuditEntries(db: Db, actor: Actor, input: ListAuditInput) {
  requireOwner(actor, 'read the audit trail');
  const after = input.cursor ? decodeKeyAndId(input.cursor) : null;
  const rows = await db
    .select({ entry: auditEntries, actorName: members.name })
    .from(auditEntries)
    .leftJoin(members, and(eq(members.firmId, auditEntries.firmId), eq(members.id, auditEntries.actorMemberId)))
    .where(
      and(
        eq(auditEntries.firmId, actor.firmId),
        after ? sql`(${auditEntries.at}, ${auditEntries.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > input.limit && last ? encodeCursor([last.entry.at.toISOString(), last.entry.id]) : null;
  return { items, nextCursor };
}
