/**
 * Organisations from an export: one already linked to the exported id (an earlier import) or of the same
 * name in the firm is matched, not created again; the others are created with new ids. Each is linked to
 * its exported id (import_links, source 'yellowpad') so a re-import finds it.
 */
import { eq } from 'drizzle-orm';
import { organizations } from '../../../db/schema.ts';
import type { OrganizationRow } from '../../../importing/yellowpad-export/export-rows.ts';
import { optionalText } from '../../support/text.ts';
import { createdByIn, inChunks, nameKey, newId, type ImportContext } from './import-context.ts';
import { linkedIds, saveLinks } from './import-links.ts';

export async function importOrganizations(ctx: ImportContext, rows: OrganizationRow[]): Promise<void> {
  const { tx, actor } = ctx;
  const linked = await linkedIds(ctx, 'organization');
  const existing = await tx.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.firmId, actor.firmId));
  const byName = new Map(existing.map((o) => [nameKey(o.name), o.id]));
  const inserts: (typeof organizations.$inferInsert)[] = [];
  for (const row of rows) {
    const match = linked.get(row.id) ?? byName.get(nameKey(row.name));
    if (match) {
      ctx.organizations.set(row.id, match);
      ctx.skipped += 1;
      continue;
    }
    const id = newId();
    ctx.organizations.set(row.id, id);
    const name = row.name.trim();
    inserts.push({
      id,
      firmId: actor.firmId,
      name,
      website: optionalText(row.website),
      industry: optionalText(row.industry),
      notes: optionalText(row.notes),
      searchText: name.toLowerCase(),
      createdBy: createdByIn(ctx, row.createdBy),
      ...(row.createdAt ? { createdAt: row.createdAt } : {}),
      ...(row.updatedAt ? { updatedAt: row.updatedAt } : {}),
    });
  }
  await inChunks(inserts, (chunk) => tx.insert(organizations).values(chunk));
  ctx.created.organizations += inserts.length;
  await saveLinks(ctx, 'organization', ctx.organizations, linked);
}

