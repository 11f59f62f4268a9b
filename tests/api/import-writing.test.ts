/**
 * Writing imported contacts into a firm (decision 021): what each sample becomes, matching on re-import
 * (email, then source id, then name + organisation), merging that adds and never overwrites, row errors,
 * and batches that are whole or absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/domain/importing/run-import.ts';
import { readImportRecords } from '../../src/importing/read-import-records.ts';
import { queryRows, toCount } from '../../src/domain/support/rows.ts';
import { signUpFirm } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';

const { app, db } = await setUpTestApp();
const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/formats', name)));

async function* chunksOf(bytes: Uint8Array | string, size = 4096): AsyncGenerator<Uint8Array> {
  const all = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
}

async function importInto(firm: { id: string }, member: { id: string }, bytes: Uint8Array | string, batchSize?: number) {
  return runImport(db, chunksOf(bytes), { firmId: firm.id, memberId: member.id, batchSize });
}

async function peopleOf(firmId: string) {
  return queryRows<{ id: string; full_name: string; emails: string[]; phones: string[]; title: string | null; birthday: string | null; addresses: object[]; notes: string | null; version: number }>(
    db,
    sql`select id, full_name, emails, phones, title, birthday, addresses, notes, version from people where firm_id = ${firmId} order by full_name`,
  );
}

async function count(table: string, firmId: string) {
  const [row] = await queryRows<{ n: unknown }>(db, sql`select count(*) as n from ${sql.raw(table)} where firm_id = ${firmId}`);
  return toCount(row!.n);
}

describe('importing contacts into a firm', () => {
  it('imports HubSpot contacts with their companies, titles and source ids, and re-importing changes nothing', async () => {
    const { firm, member } = await signUpFirm(app);
    const first = await importInto(firm, member, fixture('own__hubspot-contacts.csv'));
    expect(first.format).toBe('csv');
    expect(first.source).toBe('hubspot');
    expect(first.counts.createdPeople).toBeGreaterThan(0);
    const people = await peopleOf(firm.id);
    expect(people.length).toBe(first.counts.createdPeople);
    expect(await count('import_links', firm.id)).toBeGreaterThan(0);
    const affiliations = await count('affiliations', firm.id);
    expect(affiliations).toBeGreaterThan(0);

    const again = await importInto(firm, member, fixture('own__hubspot-contacts.csv'));
    expect(again.counts).toMatchObject({ createdPeople: 0, createdOrganizations: 0, updated: 0, skipped: first.counts.createdPeople });
    expect((await peopleOf(firm.id)).length).toBe(people.length);
    expect(await count('affiliations', firm.id)).toBe(affiliations);
  });

  it('matches by email first, then source id, then name and organisation, and adds without overwriting', async () => {
    const { firm, member } = await signUpFirm(app);
    await importInto(firm, member, 'Name,Email,Company,Job Title,Notes\nAda Lovelace,ada@example.test,Analytical,Countess,First note\nBob Byte,,Bits Ltd,,\n');
    const second = await importInto(
      firm,
      member,
      'Name,Email,Company,Job Title,Notes,Phone\nAda L.,ADA@example.test,Analytical,Engineer,Second note,+44 20 7946 0000\nBob Byte,bob@example.test,Bits Ltd,,\nBob Byte,,Other Co,,\n',
    );
    expect(second.counts).toMatchObject({ createdPeople: 1, updated: 2, skipped: 0, createdOrganizations: 1 });
    const people = await peopleOf(firm.id);
    const ada = people.find((p) => p.emails.includes('ada@example.test'))!;
    expect(ada.full_name).toBe('Ada Lovelace');
    expect(ada.notes).toBe('First note');
    expect(ada.phones).toEqual(['+44 20 7946 0000']);
    expect(ada.version).toBe(2);
    const bobs = people.filter((p) => p.full_name === 'Bob Byte');
    expect(bobs).toHaveLength(2);
    expect(bobs.flatMap((b) => b.emails)).toEqual(['bob@example.test']);
  });

  it('keeps a duplicate within one file as one person, also across batch boundaries', async () => {
    const { firm, member } = await signUpFirm(app);
    const rows = ['Name,Email'];
    for (let i = 0; i < 25; i++) rows.push(`Person ${i % 10},p${i % 10}@example.test`);
    const outcome = await importInto(firm, member, rows.join('\n'), 4);
    expect(outcome.counts).toMatchObject({ createdPeople: 10, skipped: 15, errors: 0 });
    expect(await count('people', firm.id)).toBe(10);
  });

  it('reports row errors with their row numbers and imports the other rows', async () => {
    const { firm, member } = await signUpFirm(app);
    const outcome = await importInto(firm, member, `Name,Email\nGood One,good@example.test\n,\n${'x'.repeat(201)},long@example.test\nBad Email,not-an-email\n`);
    expect(outcome.counts.createdPeople).toBe(1);
    expect(outcome.errors.map((e) => e.row)).toEqual([3, 4]);
    expect(outcome.errors[0]!.message).toMatch(/longer than 200/);
    expect(outcome.errors[1]!.message).toMatch(/not a valid email/);
  });

  it('imports companies as organisations and links contacts to them by source id', async () => {
    const { firm, member } = await signUpFirm(app);
    const companies = await importInto(firm, member, fixture('own__hubspot-companies.csv'));
    expect(companies.counts.createdOrganizations).toBeGreaterThan(0);
    expect(companies.counts.createdPeople).toBe(0);
    const again = await importInto(firm, member, fixture('own__hubspot-companies.csv'));
    expect(again.counts).toMatchObject({ createdOrganizations: 0, updated: 0 });
  });

  it('imports vCards with birthdays and addresses', async () => {
    const { firm, member } = await signUpFirm(app);
    const outcome = await importInto(firm, member, fixture('ezvcard__rfc6350-example.vcf'));
    expect(outcome.format).toBe('vcard');
    expect(outcome.errors).toEqual([]);
    const [person] = await peopleOf(firm.id);
    expect(person).toMatchObject({
      full_name: 'Simon Perreault',
      birthday: '--02-03',
      addresses: [{ street: '2875 Laurier, Suite D2-630', city: 'Quebec', region: 'QC', postalCode: 'G1V 2M2', country: 'Canada' }],
    });
  });
});

describe('every format fixture', () => {
  const files = readdirSync(join(import.meta.dirname, '../fixtures/formats')).filter((f) => /\.(csv|vcf)$/.test(f));

  it.each(files)('%s: every record is created, updated or skipped, each organisation once, and row errors keep their rows', async (file) => {
    const { firm, member } = await signUpFirm(app);
    const expected = await kindsIn(fixture(file));
    const outcome = await importInto(firm, member, fixture(file));
    const { createdPeople, createdOrganizations, updated, skipped } = outcome.counts;
    expect(createdPeople + updated + skipped + (expected.organizations ? createdOrganizations : 0)).toBe(expected.people + expected.organizations);
    expect(createdOrganizations).toBe(expected.organizationNames);
    expect(outcome.errors.map((e) => e.row)).toEqual(expected.errorRows);
    expect(await count('people', firm.id)).toBe(createdPeople);
    expect(await count('organizations', firm.id)).toBe(createdOrganizations);
  });
});

/** What the reader finds in a file: people, organisations, distinct organisation names, rows in error. */
async function kindsIn(bytes: Uint8Array) {
  const found = { people: 0, organizations: 0, organizationNames: 0, errorRows: [] as number[] };
  const names = new Set<string>();
  for await (const item of (await readImportRecords(bytes)).items) {
    if (item.type === 'error') found.errorRows.push(item.error.row);
    else if (item.record.kind === 'organization') {
      found.organizations++;
      names.add(item.record.fullName.toLowerCase());
    } else {
      found.people++;
      if (item.record.organizationName) names.add(item.record.organizationName.toLowerCase());
    }
  }
  return { ...found, organizationNames: names.size };
}
