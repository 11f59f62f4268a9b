/**
 * Affiliations from an export, between the people and organisations the import mapped; an existing one
 * stays as it is. One whose person or organisation was itself left out (already reported) is dropped quietly.
 */
import { affiliations } from '../../../db/schema.ts';
import { jsonFile } from '../../../exporting/export-format.ts';
import type { AffiliationRow } from '../../../importing/yellowpad-export/export-rows.ts';
import { optionalText } from '../../support/text.ts';
import { createdByIn, inChunks, type ImportContext } from './import-context.ts';

export async function importAffiliations(ctx: ImportContext, rows: AffiliationRow[]): Promise<void> {
  const file = jsonFile('affiliations');
  const values: (typeof affiliations.$inferInsert)[] = [];
  const leftOut = new Set(ctx.errors.map((e) => e.id));
  rows.forEach((row, i) => {
    const personId = ctx.people.get(row.personId);
    const organizationId = ctx.organizations.get(row.organizationId);
    if (leftOut.has(row.personId) || leftOut.has(row.organizationId)) return;
    if (!personId || !organizationId) {
      const missing = personId ? `organisation ${row.organizationId}` : `person ${row.personId}`;
      ctx.errors.push({ file, row: i + 1, message: `${file}, item ${i + 1}: refers to the ${missing}, which is not among the imported records.` });
      return;
    }
    values.push({ firmId: ctx.actor.firmId, personId, organizationId, title: optionalText(row.title), createdBy: createdByIn(ctx) });
  });
  await inChunks(values, async (chunk) => {
    const inserted = await ctx.tx.insert(affiliations).values(chunk).onConflictDoNothing().returning({ personId: affiliations.personId });
    ctx.created.affiliations += inserted.length;
  });
}
