/**
 * Writes everything of one firm into a zip (decision 022): per entity `json/<entity>.json` (an array) and
 * `csv/<entity>.csv` (with a header), the people again as vCard 4.0 in `people.vcf`, and `manifest.json`
 * last, with each entity's row count. Every table is read in keyset pages; the caller supplies one
 * read-only transaction so the files describe one moment.
 */
import { stringify } from 'csv-stringify/sync';
import { and, eq, inArray } from 'drizzle-orm';
import { appVersion } from '../common/version.ts';
import type { Db } from '../db/open-db.ts';
import { affiliations, organizations, people, type PostalAddress } from '../db/schema.ts';
import { csvCells } from './csv-cells.ts';
import { entityPages, type ExportRow } from './entity-pages.ts';
import { exportEntities, type ExportEntity } from './export-entities.ts';
import { csvFile, EXPORT_FORMAT_VERSION, jsonFile, MANIFEST_FILE, VCARD_FILE, type ExportManifest } from './export-format.ts';
import { personVcard } from './person-vcard.ts';
import type { ZipWriter } from './zip-writer.ts';

export interface ExportedFirm {
  id: string;
  name: string;
  slug: string;
}

export async function writeFirmExport(tx: Db, firm: ExportedFirm, zip: ZipWriter, now: Date): Promise<ExportManifest> {
  const entities: Record<string, number> = {};
  for (const entity of exportEntities) {
    entities[entity.name] = await writeJson(tx, firm.id, entity, zip);
    await writeCsv(tx, firm.id, entity, zip);
  }
  await writeVcards(tx, firm.id, zip);
  const manifest: ExportManifest = {
    yellowpad: 'export',
    formatVersion: EXPORT_FORMAT_VERSION,
    firm: { name: firm.name, slug: firm.slug },
    exportedAt: now.toISOString(),
    appVersion,
    entities,
  };
  await zip.file(MANIFEST_FILE, (push) => push(`${JSON.stringify(manifest, null, 2)}\n`));
  return manifest;
}

/** `[` rows one per line `]`; returns how many rows. */
async function writeJson(tx: Db, firmId: string, entity: ExportEntity, zip: ZipWriter): Promise<number> {
  let count = 0;
  await zip.file(jsonFile(entity.name), async (push) => {
    await push('[');
    for await (const page of entityPages(tx, entity, firmId)) {
      await push(page.map((row, i) => `${count + i === 0 ? '' : ','}\n${JSON.stringify(row)}`).join(''));
      count += page.length;
    }
    await push(count === 0 ? ']\n' : '\n]\n');
  });
  return count;
}

async function writeCsv(tx: Db, firmId: string, entity: ExportEntity, zip: ZipWriter): Promise<void> {
  const columns = Object.keys(entity.columns);
  await zip.file(csvFile(entity.name), async (push) => {
    await push(stringify([columns]));
    for await (const page of entityPages(tx, entity, firmId)) {
      await push(stringify(page.map((row) => csvCells(row, columns))));
    }
  });
}

async function writeVcards(tx: Db, firmId: string, zip: ZipWriter): Promise<void> {
  const peopleEntity = exportEntities.find((e) => e.table === people)!;
  await zip.file(VCARD_FILE, async (push) => {
    for await (const page of entityPages(tx, peopleEntity, firmId)) {
      const orgs = await organizationsOf(tx, firmId, page.map((p) => p.id as string));
      await push(page.map((p) => `${personVcard(vcardPerson(p, orgs.get(p.id as string) ?? []))}\r\n`).join(''));
    }
  });
}

function vcardPerson(row: ExportRow, organizations: { name: string; title: string | null }[]) {
  return {
    id: row.id as string,
    fullName: row.fullName as string,
    emails: row.emails as string[],
    phones: row.phones as string[],
    title: row.title as string | null,
    birthday: row.birthday as string | null,
    addresses: row.addresses as PostalAddress[],
    notes: row.notes as string | null,
    organizations,
  };
}

/** The organisations (name, title there) of a page of people. */
async function organizationsOf(tx: Db, firmId: string, personIds: string[]) {
  const rows = await tx
    .select({ personId: affiliations.personId, name: organizations.name, title: affiliations.title })
    .from(affiliations)
    .innerJoin(organizations, and(eq(organizations.firmId, affiliations.firmId), eq(organizations.id, affiliations.organizationId)))
    .where(and(eq(affiliations.firmId, firmId), inArray(affiliations.personId, personIds)))
    .orderBy(organizations.name);
  const byPerson = new Map<string, { name: string; title: string | null }[]>();
  for (const r of rows) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), { name: r.name, title: r.title }]);
  return byPerson;
}
