/**
 * The links between exported ids and this firm's records (import_links, source 'yellowpad'): read before an
 * import to match what an earlier import created, and written after, for every record created or matched.
 */
import { and, eq } from 'drizzle-orm';
import { importLinks } from '../../../db/schema.ts';
import { IMPORT_SOURCE, inChunks, type ImportContext } from './import-context.ts';

type Kind = 'person' | 'organization';

/** Exported id → this firm's record, for the records an earlier import of a Yellowpad export linked. */
export async function linkedIds(ctx: ImportContext, kind: Kind): Promise<Map<string, string>> {
  const rows = await ctx.tx
    .select({ sourceId: importLinks.sourceId, personId: importLinks.personId, organizationId: importLinks.organizationId })
    .from(importLinks)
    .where(and(eq(importLinks.firmId, ctx.actor.firmId), eq(importLinks.source, IMPORT_SOURCE), eq(importLinks.kind, kind)));
  return new Map(rows.map((r) => [r.sourceId, (kind === 'person' ? r.personId : r.organizationId)!]));
}

/** Links every mapped exported id not linked yet. */
export async function saveLinks(ctx: ImportContext, kind: Kind, mapped: Map<string, string>, alreadyLinked: Map<string, string>): Promise<void> {
  const rows = [...mapped]
    .filter(([sourceId]) => !alreadyLinked.has(sourceId))
    .map(([sourceId, id]) => ({
      firmId: ctx.actor.firmId,
      source: IMPORT_SOURCE,
      kind,
      sourceId,
      personId: kind === 'person' ? id : null,
      organizationId: kind === 'organization' ? id : null,
    }));
  await inChunks(rows, (chunk) => ctx.tx.insert(importLinks).values(chunk).onConflictDoNothing());
}
