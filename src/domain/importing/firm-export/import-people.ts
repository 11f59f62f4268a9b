/**
 * People from an export, with their title, birthday, addresses, emails, phones, notes and cadence. A person
 * already linked to the exported id (an earlier import), or already in the firm with one of the same
 * emails, or (failing that) the same name, is matched, not created again. Matching looks only at people
 * who were in the firm before this import, so two namesakes in one export stay two people.
 */
import { eq } from 'drizzle-orm';
import { people } from '../../../db/schema.ts';
import { jsonFile } from '../../../exporting/export-format.ts';
import type { PersonRow } from '../../../importing/yellowpad-export/export-rows.ts';
import { optionalText } from '../../support/text.ts';
import { normaliseAddresses, normaliseBirthday, normaliseEmails, normalisePhones, normaliseTitle, personSearchText } from '../../people/person-fields.ts';
import { createdByIn, inChunks, nameKey, newId, type ImportContext } from './import-context.ts';
import { linkedIds, saveLinks } from './import-links.ts';

export async function importPeople(ctx: ImportContext, rows: PersonRow[]): Promise<void> {
  const { tx, actor } = ctx;
  const linked = await linkedIds(ctx, 'person');
  const existing = await tx.select({ id: people.id, fullName: people.fullName, emails: people.emails }).from(people).where(eq(people.firmId, actor.firmId));
  const byEmail = new Map(existing.flatMap((p) => p.emails.map((e) => [e, p.id] as const)));
  const byName = new Map(existing.map((p) => [nameKey(p.fullName), p.id]));
  const inserts: (typeof people.$inferInsert)[] = [];
  rows.forEach((row, i) => {
    const emails = normaliseEmails(row.emails);
    const match = linked.get(row.id) ?? emails.map((e) => byEmail.get(e)).find(Boolean) ?? byName.get(nameKey(row.fullName));
    if (match) {
      ctx.people.set(row.id, match);
      ctx.skipped += 1;
      return;
    }
    const title = normaliseTitle(row.title);
    const birthday = normaliseBirthday(row.birthday);
    const addresses = normaliseAddresses(row.addresses);
    const problems = { ...title.problems, ...birthday.problems, ...addresses.problems };
    if (Object.keys(problems).length > 0) {
      const file = jsonFile('people');
      const detail = Object.entries(problems).map(([field, problem]) => `${field} ${problem}`).join('; ');
      ctx.errors.push({ file, row: i + 1, message: `${file}, item ${i + 1} (${row.fullName}): ${detail}`, id: row.id });
      return;
    }
    const id = newId();
    ctx.people.set(row.id, id);
    const fullName = row.fullName.trim();
    inserts.push({
      id,
      firmId: actor.firmId,
      fullName,
      emails,
      phones: normalisePhones(row.phones),
      notes: optionalText(row.notes),
      title: title.value,
      birthday: birthday.value,
      addresses: addresses.value,
      stayInTouchDays: row.stayInTouchDays,
      searchText: personSearchText(fullName, emails),
      createdBy: createdByIn(ctx, row.createdBy),
      ...(row.createdAt ? { createdAt: row.createdAt } : {}),
      ...(row.updatedAt ? { updatedAt: row.updatedAt } : {}),
    });
  });
  await inChunks(inserts, (chunk) => tx.insert(people).values(chunk));
  ctx.created.people += inserts.length;
  await saveLinks(ctx, 'person', ctx.people, linked);
}
