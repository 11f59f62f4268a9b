/**
 * Export everything of a firm (decision 022): the zip holds JSON and CSV per entity, people.vcf and the
 * manifest; counts match the database; CSV and vCard parse with standard parsers; secrets and machinery
 * stay out; members who are not owners are refused; another firm's data never appears; large tables page.
 */
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open-db.ts';
import { people } from '../../src/db/schema.ts';
import { queryRows, toCount } from '../../src/domain/support/rows.ts';
import { EXPORT_PAGE_SIZE } from '../../src/exporting/entity-pages.ts';
import { exportEntities, leftOutTables } from '../../src/exporting/export-entities.ts';
import { setUpTestApp } from '../support/test-app.ts';
import { downloadExport, seedFirm } from './export-fixtures.ts';

let app: FastifyInstance;
let db: Db;

beforeAll(async () => {
  ({ app, db } = await setUpTestApp({ clock: () => new Date('2026-03-10T12:00:00Z') }));
});

async function countInDb(table: string, firmId: string): Promise<number> {
  const [row] = await queryRows<{ n: unknown }>(db, sql`select count(*) as n from ${sql.identifier(table)} where firm_id = ${firmId}`);
  return toCount(row!.n);
}

/** Every vCard in a file, as ical.js components. */
function parseVcards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
  return list.map((jcard) => new ICAL.Component(jcard));
}

describe('GET /api/v1/export', () => {
  it('streams a zip named after the firm and the day, with every entity as JSON and CSV, people.vcf and the manifest', async () => {
    const s = await seedFirm(app);
    const { res, files } = await downloadExport(s.c);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="yellowpad-${s.firm.firm.slug}-2026-03-10.zip"`);

    const manifest = JSON.parse(files['manifest.json']!);
    expect(manifest).toMatchObject({ yellowpad: 'export', formatVersion: 1, firm: { name: s.firm.firm.name, slug: s.firm.firm.slug }, exportedAt: '2026-03-10T12:00:00.000Z' });
    expect(typeof manifest.appVersion).toBe('string');
    const names = exportEntities.map((e) => e.name);
    expect(Object.keys(manifest.entities).sort()).toEqual([...names].sort());
    for (const required of ['people', 'organizations', 'affiliations', 'conversations', 'conversation_people', 'conversation_members', 'needs', 'commitments', 'follow_ups', 'gifts', 'referrals', 'providers', 'incidents', 'transcripts', 'members']) {
      expect(names).toContain(required);
    }
    for (const table of Object.keys(leftOutTables)) expect(names).not.toContain(table);

    const expectedFiles = ['manifest.json', 'people.vcf', ...names.flatMap((n) => [`json/${n}.json`, `csv/${n}.csv`])].sort();
    expect(Object.keys(files).sort()).toEqual(expectedFiles);

    for (const name of names) {
      const rows = JSON.parse(files[`json/${name}.json`]!);
      const inDb = await countInDb(name, s.firm.firm.id);
      expect(rows, name).toHaveLength(inDb);
      expect(manifest.entities[name], name).toBe(inDb);
      const csv = parse(files[`csv/${name}.csv`]!, { columns: true }) as Record<string, string>[];
      expect(csv, name).toHaveLength(inDb);
      const header = (parse(files[`csv/${name}.csv`]!, { to_line: 1 }) as string[][])[0];
      expect(header, name).toEqual(Object.keys(exportEntities.find((e) => e.name === name)!.columns));
    }
    expect(manifest.entities).toMatchObject({ people: 3, organizations: 2, affiliations: 3, conversations: 2, conversation_people: 3, conversation_members: 3, follow_ups: 1, members: 2, api_tokens: 1 });
  });

  it('keeps the fields, with dates as ISO text and lists as JSON in CSV cells', async () => {
    const s = await seedFirm(app);
    const { files } = await downloadExport(s.c);
    const sam = JSON.parse(files['json/people.json']!).find((p: { id: string }) => p.id === s.sam);
    expect(sam).toMatchObject({
      fullName: 'Sam Ortiz A',
      emails: ['sam.a@northwind.example'],
      title: 'Chief Financial Officer',
      birthday: '1980-03-14',
      stayInTouchDays: 30,
      addresses: [{ label: 'work', street: '1 Dock Road\nUnit 4', city: 'London', postalCode: 'E16 1AA', country: 'United Kingdom' }, { label: 'Holiday home', city: 'Porto', country: 'Portugal' }],
    });
    expect(sam.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const kickOff = JSON.parse(files['json/conversations.json']!).find((c: { id: string }) => c.id === s.kickOff);
    expect(kickOff).toMatchObject({ occurredAt: '2026-03-02T09:00:00.000Z', channel: 'video', summary: 'Kick-off A', notes: { goals: 'Halve the month-end close, "before the audit".' } });

    const csvPeople = parse(files['csv/people.csv']!, { columns: true }) as Record<string, string>[];
    const samCsv = csvPeople.find((p) => p.id === s.sam)!;
    expect(JSON.parse(samCsv.emails!)).toEqual(['sam.a@northwind.example']);
    expect(JSON.parse(samCsv.addresses!)[0].street).toBe('1 Dock Road\nUnit 4');
    expect(samCsv.notes).toBe('Prefers calls before 9.\nLikes detail; hates jargon, truly.');
    expect(samCsv.createdAt).toBe(sam.createdAt);
    const anaCsv = csvPeople.find((p) => p.id === s.ana)!;
    expect(anaCsv.title).toBe('');
  });

  it('leaves out secrets and derived columns: password and token hashes, search text, the firm id', async () => {
    const s = await seedFirm(app);
    const { files } = await downloadExport(s.c);
    const members = JSON.parse(files['json/members.json']!);
    expect(members.map((m: { email: string }) => m.email).sort()).toEqual([s.firm.email, s.colleague.email].sort());
    for (const m of members) expect(Object.keys(m)).not.toContain('passwordHash');
    expect(Object.keys(JSON.parse(files['json/api_tokens.json']!)[0])).not.toContain('tokenHash');
    expect(Object.keys(JSON.parse(files['json/people.json']!)[0])).not.toContain('searchText');
    expect(Object.keys(JSON.parse(files['json/people.json']!)[0])).not.toContain('firmId');
    const everything = Object.values(files).join('\n');
    expect(everything).not.toMatch(/password_?hash|token_?hash|\$argon2|\$scrypt/i);
  });

  it('writes people.vcf as vCard 4.0 that ical.js reads back with every field', async () => {
    const s = await seedFirm(app);
    const { files } = await downloadExport(s.c);
    const cards = parseVcards(files['people.vcf']!);
    expect(cards).toHaveLength(3);
    for (const card of cards) expect(card.getFirstPropertyValue('version')).toBe('4.0');
    const sam = cards.find((c) => c.getFirstPropertyValue('uid') === `urn:uuid:${s.sam}`)!;
    expect(sam.getFirstPropertyValue('fn')).toBe('Sam Ortiz A');
    expect(sam.getFirstProperty('n')!.getValues()[0]).toEqual(['A', 'Sam Ortiz', '', '', '']);
    expect(sam.getFirstPropertyValue('email')).toBe('sam.a@northwind.example');
    expect(sam.getFirstPropertyValue('tel')).toBe('+44 20 7946 0000');
    expect(sam.getFirstPropertyValue('title')).toBe('Chief Financial Officer');
    expect(sam.getAllProperties('org').map((p) => p.getFirstValue())).toEqual(['Northwind A; Logistics, Ltd']);
    const adr = sam.getAllProperties('adr');
    expect(adr.map((p) => p.getFirstValue())).toEqual([
      ['', '', '1 Dock Road\nUnit 4', 'London', '', 'E16 1AA', 'United Kingdom'],
      ['', '', '', 'Porto', '', '', 'Portugal'],
    ]);
    expect(adr[0]!.getParameter('type')).toBe('work');
    expect(String(sam.getFirstPropertyValue('bday'))).toBe('1980-03-14');
    expect(sam.getFirstPropertyValue('note')).toBe('Prefers calls before 9.\nLikes detail; hates jargon, truly.');

    const lee = cards.find((c) => c.getFirstPropertyValue('uid') === `urn:uuid:${s.lee}`)!;
    expect(String(lee.getFirstPropertyValue('bday'))).toBe('--07-01');
    expect(lee.getAllProperties('org').map((p) => p.getFirstValue()).sort()).toEqual(['Acme A', 'Northwind A; Logistics, Ltd']);
    expect(lee.getFirstPropertyValue('title')).toBe('Adviser');
  });

  it('refuses a member who is not an owner', async () => {
    const s = await seedFirm(app);
    const res = await s.colleague.client.get('/api/v1/export');
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('never shows another firm’s data', async () => {
    const a = await seedFirm(app, 'A');
    const b = await seedFirm(app, 'B');
    const { files } = await downloadExport(a.c);
    const everything = Object.values(files).join('\n');
    for (const id of [b.sam, b.lee, b.ana, b.northwind, b.acme, b.kickOff, b.catchUp, b.firm.firm.id, b.firm.member.id, b.colleague.id]) {
      expect(everything).not.toContain(id);
    }
    expect(everything).not.toContain('Sam Ortiz B');
    expect(everything).not.toContain(b.firm.email);
    expect(everything).not.toContain(b.firm.firm.id);
  });

  it('pages through tables larger than a page, each row once', async () => {
    const s = await seedFirm(app);
    const extra = EXPORT_PAGE_SIZE * 2 + 7;
    await db.insert(people).values(
      Array.from({ length: extra }, (_, i) => ({ firmId: s.firm.firm.id, fullName: `Person ${i}`, searchText: `person ${i}` })),
    );
    const { files } = await downloadExport(s.c);
    const rows = JSON.parse(files['json/people.json']!) as { id: string }[];
    expect(rows).toHaveLength(extra + 3);
    expect(new Set(rows.map((r) => r.id)).size).toBe(extra + 3);
    expect(parse(files['csv/people.csv']!, { columns: true })).toHaveLength(extra + 3);
    expect(parseVcards(files['people.vcf']!)).toHaveLength(extra + 3);
  });

  it('releases the database when the download is cancelled halfway', async () => {
    const s = await seedFirm(app);
    // About 10 MB of text that does not compress, so the zip is far larger than the socket's buffers.
    await db.execute(sql`insert into people (firm_id, full_name, search_text, notes)
      select ${s.firm.firm.id}, 'Bulk ' || g, 'bulk', (select string_agg(md5(random()::text || g || i), '') from generate_series(1, 32) i)
      from generate_series(1, 10000) g`);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const token = (await s.c.post('/api/v1/tokens', { name: 'Download' })).json().token as string;
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/v1/export', headers: { authorization: `Bearer ${token}` } }, (res) => {
        expect(res.statusCode).toBe(200);
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', (err) => (err.message.includes('aborted') || err.message.includes('socket hang up') ? undefined : reject(err)));
      req.end();
    });
    // The export's transaction ends: the database answers again (on PGlite it would wait for it).
    const answered = await Promise.race([
      db.select({ id: people.id }).from(people).limit(1).then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 10_000)),
    ]);
    expect(answered).toBe('answered');
    expect(await countInDb('people', s.firm.firm.id)).toBe(10_003);
  }, 60_000);
});
