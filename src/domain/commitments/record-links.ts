/**
 * The records a commitment or an incident may point at (our member, the client's person, organisation,
 * need, conversation). Each id must be the firm's: another firm's id and an unknown one are both
 * "not found", naming what, so nothing confirms that another firm's record exists.
 */
import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open-db.ts';
import { conversations, members, needs, organizations, people } from '../../db/schema.ts';
import { notFound } from '../errors.ts';

export interface RecordLinks {
  memberId?: string | null;
  personId?: string | null;
  organizationId?: string | null;
  needId?: string | null;
  conversationId?: string | null;
}

type FirmTable = PgTable & { firmId: PgColumn; id: PgColumn };

const linked: [keyof RecordLinks, FirmTable, string][] = [
  ['memberId', members, 'team member'],
  ['personId', people, 'person'],
  ['organizationId', organizations, 'organisation'],
  ['needId', needs, 'need'],
  ['conversationId', conversations, 'conversation'],
];

/** Throws not_found for the first id given that is not one of the firm's records. */
export async function checkLinks(db: Db, firmId: string, links: RecordLinks): Promise<void> {
  for (const [key, table, what] of linked) {
    const id = links[key];
    if (!id) continue;
    const found = await db
      .select({ id: table.id })
      .from(table as PgTable)
      .where(and(eq(table.firmId, firmId), eq(table.id, id)))
      .limit(1);
    if (found.length === 0) throw notFound(what);
  }
}
