/**
 * "Our relationship with an organisation" as a filter: records linked to the organisation itself, or to
 * someone who currently belongs to it. Commitments, incidents and reliability all read it this way.
 */
import { and, eq, exists, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open-db.ts';
import { affiliations } from '../../db/schema.ts';

interface LinkedTable {
  firmId: PgColumn;
  personId: PgColumn;
  organizationId: PgColumn;
}

export function withOrganization(db: Db, table: LinkedTable, organizationId: string): SQL {
  const theirPerson = db
    .select({ one: sql`1` })
    .from(affiliations)
    .where(and(eq(affiliations.firmId, table.firmId), eq(affiliations.personId, table.personId), eq(affiliations.organizationId, organizationId)));
  return sql`(${table.organizationId} = ${organizationId} or ${exists(theirPerson)})`;
}
