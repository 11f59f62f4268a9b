/**
 * The export's round trip (issue 5, decision 022): export a firm, import the zip into a fresh firm, and the
 * same people (title, birthday, addresses…), organisations, affiliations, conversations and notes are
 * there, field by field, with new ids; importing again adds nothing; members are matched by email; a file
 * that is not a Yellowpad export, is of a newer format or lacks a file is refused by name.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open-db.ts';
import type { Actor } from '../../src/domain/actor.ts';
import { importFirmExport } from '../../src/domain/importing/import-firm-export.ts';
import { queryRows, toCount } from '../../src/domain/support/rows.ts';
import { isFirmExport } from '../../src/importing/yellowpad-export/read-firm-export.ts';
import { signUpFirm, type SignedUp } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';
import { downloadExport, seedFirm } from './export-fixtures.ts';

let app: FastifyInstance;
let db: Db;

beforeAll(async () => {
  ({ app, db } = await setUpTestApp({ clock: () => new Date('2026-03-10T12:00:00Z') }));
});

const actorOf = (s: SignedUp): Actor => ({ firmId: s.firm.id, memberId: s.member.id, role: 'owner' });
type Row = Record<string, unknown>;
const byKey = <T>(list: T[], key: (t: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));

/** A firm's export with ids replaced by what they name, so two firms' exports compare field by field. */
function content(files: Record<string, string>) {
  const json = (entity: string) => JSON.parse(files[`json/${entity}.json`]!) as Row[];
  const orgName = new Map(json('organizations').map((o) => [o.id, o.name]));
  const personName = new Map(json('people').map((p) => [p.id, p.fullName]));
  const affiliations = json('affiliations');
  const participants = json('conversation_people');
  const people = json('people').map(({ id, fullName, emails, phones, notes, title, birthday, addresses, stayInTouchDays, createdAt, updatedAt }) => ({
    fullName, emails, phones, notes, title, birthday, addresses, stayInTouchDays, createdAt, updatedAt,
    organizations: byKey(affiliations.filter((a) => a.personId === id).map((a) => ({ name: orgName.get(a.organizationId), title: a.title })), (a) => String(a.name)),
  }));
  const organizations = json('organizations').map(({ name, website, industry, notes, createdAt }) => ({ name, website, industry, notes, createdAt }));
  const conversations = json('conversations').map(({ id, occurredAt, channel, summary, notes, createdAt }) => ({
    occurredAt, channel, summary, notes, createdAt,
    people: participants.filter((p) => p.conversationId === id).map((p) => personName.get(p.personId)).sort(),
  }));
  return {
    people: byKey(people, (p) => String(p.fullName)),
    organizations: byKey(organizations, (o) => String(o.name)),
    conversations: byKey(conversations, (c) => `${c.occurredAt}`),
  };
}

async function count(table: string, firmId: string): Promise<number> {
  const [row] = await queryRows<{ n: unknown }>(db, sql`select count(*) as n from ${sql.identifier(table)} where firm_id = ${firmId}`);
  return toCount(row!.n);
}

const countsOf = async (firmId: string) =>
  Object.fromEntries(
    await Promise.all(['people', 'organizations', 'affiliations', 'conversations', 'conversation_people', 'conversation_members'].map(async (t) => [t, await count(t, firmId)] as const)),
  );

describe('export → import into a fresh firm', () => {
  it('brings the same people, organisations, conversations and notes, with new ids', async () => {
    const a = await seedFirm(app);
    const exported = await downloadExport(a.c);
    expect(isFirmExport(exported.bytes)).toBe(true);

    const b = await signUpFirm(app);
    const report = await importFirmExport(db, actorOf(b), exported.bytes);
    expect(report).toEqual({
      from: { name: a.firm.firm.name, slug: a.firm.firm.slug, exportedAt: '2026-03-10T12:00:00.000Z' },
      created: { people: 3, organizations: 2, affiliations: 3, conversations: 2 },
      skipped: 0,
      errors: [],
    });

    const again = await downloadExport(b.client);
    expect(content(again.files)).toEqual(content(exported.files));
    const imported = JSON.parse(again.files['json/people.json']!) as Row[];
    for (const id of [a.sam, a.lee, a.ana]) expect(imported.map((p) => p.id)).not.toContain(id);

    // The app reads what was imported: Sam's page and the kick-off with its notes.
    const sam = imported.find((p) => p.fullName === 'Sam Ortiz A')!;
    const page = (await b.client.get(`/api/v1/people/${sam.id}`)).json();
    expect(page).toMatchObject({ title: 'Chief Financial Officer', birthday: '1980-03-14', stayInTouchDays: 30, affiliations: [{ organizationName: 'Northwind A; Logistics, Ltd', title: 'CFO' }] });
    const list = (await b.client.get('/api/v1/conversations')).json();
    const kickOff = list.items.find((c: { summary: string | null }) => c.summary === 'Kick-off A');
    const full = (await b.client.get(`/api/v1/conversations/${kickOff.id}`)).json();
    expect(full.notes).toEqual({ goals: 'Halve the month-end close, "before the audit".', situation: 'Spreadsheets everywhere, 12 of them.' });
    expect(full.people.map((p: { fullName: string }) => p.fullName).sort()).toEqual(['Lee Chen A', 'Sam Ortiz A']);
    // A's members are not B's: they are dropped from the participants (member emails belong to one firm).
    expect(full.members).toEqual([]);
  });

  it('adds nothing when the same export is imported again, into the new firm or the original', async () => {
    const a = await seedFirm(app);
    const { bytes } = await downloadExport(a.c);
    const b = await signUpFirm(app);
    await importFirmExport(db, actorOf(b), bytes);
    const before = await countsOf(b.firm.id);

    const again = await importFirmExport(db, actorOf(b), bytes);
    expect(again.created).toEqual({ people: 0, organizations: 0, affiliations: 0, conversations: 0 });
    expect(again.skipped).toBe(7);
    expect(await countsOf(b.firm.id)).toEqual(before);

    const beforeA = await countsOf(a.firm.firm.id);
    const intoA = await importFirmExport(db, actorOf(a.firm), bytes);
    expect(intoA.created).toEqual({ people: 0, organizations: 0, affiliations: 0, conversations: 0 });
    expect(await countsOf(a.firm.firm.id)).toEqual(beforeA);
  });

  it('matches a person already in the firm by email, then by name, and keeps namesakes in one export apart', async () => {
    const a = await seedFirm(app);
    await a.c.post('/api/v1/people', { fullName: 'Jo Bloggs' });
    await a.c.post('/api/v1/people', { fullName: 'Jo Bloggs' });
    const { bytes } = await downloadExport(a.c);
    const b = await signUpFirm(app);
    const byEmail = await b.client.post('/api/v1/people', { fullName: 'Samuel Ortiz', emails: ['SAM.a@northwind.example'] });
    await b.client.post('/api/v1/people', { fullName: 'lee  chen a' });
    await b.client.post('/api/v1/organizations', { name: 'acme a' });

    const report = await importFirmExport(db, actorOf(b), bytes);
    expect(report.created).toMatchObject({ people: 3, organizations: 1 });
    expect(report.skipped).toBe(3);
    const people = (await b.client.get('/api/v1/people?limit=50')).json().items as { id: string; fullName: string }[];
    expect(people.map((p) => p.fullName).sort()).toEqual(['Ana Díaz A', 'Jo Bloggs', 'Jo Bloggs', 'Samuel Ortiz', 'lee  chen a']);
    // The kick-off's participants are the people it matched.
    const list = (await b.client.get('/api/v1/conversations')).json();
    const kickOff = list.items.find((c: { summary: string | null }) => c.summary === 'Kick-off A');
    const full = (await b.client.get(`/api/v1/conversations/${kickOff.id}`)).json();
    expect(full.people.map((p: { id: string }) => p.id)).toContain(byEmail.json().id);
  });

  it('maps member participants by email to the firm’s members', async () => {
    const a = await seedFirm(app);
    const { bytes } = await downloadExport(a.c);
    expect((await a.c.delete(`/api/v1/conversations/${a.kickOff}`)).statusCode).toBe(204);

    const report = await importFirmExport(db, actorOf(a.firm), bytes);
    expect(report.created).toEqual({ people: 0, organizations: 0, affiliations: 0, conversations: 1 });
    const list = (await a.c.get('/api/v1/conversations')).json();
    const restored = list.items.find((c: { summary: string | null }) => c.summary === 'Kick-off A');
    const full = (await a.c.get(`/api/v1/conversations/${restored.id}`)).json();
    expect(full.members.map((m: { id: string }) => m.id).sort()).toEqual([a.firm.member.id, a.colleague.id].sort());
  });

  it('leaves out a row that does not fit, naming its file and item, and imports the rest', async () => {
    const a = await seedFirm(app);
    const { files } = await downloadExport(a.c);
    const people = JSON.parse(files['json/people.json']!) as Row[];
    people[0]!.birthday = '1980-02-30';
    people[1]!.fullName = '';
    const zip = rezip(files, { 'json/people.json': JSON.stringify(people) });
    const b = await signUpFirm(app);
    const report = await importFirmExport(db, actorOf(b), zip);
    expect(report.created.people).toBe(1);
    expect(report.errors.map((e) => [e.file, e.row]).sort()).toEqual([
      ['json/people.json', 1],
      ['json/people.json', 2],
    ]);
    expect(report.errors.find((e) => e.row === 1)!.message).toMatch(/^json\/people\.json, item 1 .*birthday must be a real date/);
    expect(report.errors.find((e) => e.row === 2)!.message).toMatch(/^json\/people\.json, item 2: fullName must not be blank/);
  });
});

/** The export's files as a new zip, with some replaced or removed (undefined). */
function rezip(files: Record<string, string>, changes: Record<string, string | undefined>): Uint8Array {
  const merged = { ...files, ...changes };
  return zipSync(Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined).map(([k, v]) => [k, strToU8(v!)])));
}

describe('reading a file that is not a usable export', () => {
  it('tells a Yellowpad export from other files', async () => {
    expect(isFirmExport(strToU8('BEGIN:VCARD\r\nEND:VCARD'))).toBe(false);
    expect(isFirmExport(zipSync({ 'contacts.csv': strToU8('a,b') }))).toBe(false);
    expect(isFirmExport(zipSync({ 'manifest.json': strToU8('{"yellowpad":"backup"}') }))).toBe(false);
  });

  it('refuses a zip with no manifest, a newer format and a missing file, saying which', async () => {
    const a = await seedFirm(app);
    const { files } = await downloadExport(a.c);
    const b = await signUpFirm(app);
    const manifest = JSON.parse(files['manifest.json']!);
    const cases: [Uint8Array, RegExp][] = [
      [strToU8('name,email'), /not a Yellowpad export: it could not be opened as a zip/],
      [zipSync({ 'contacts.csv': strToU8('a,b') }), /not a Yellowpad export: it has no manifest\.json/],
      [rezip(files, { 'manifest.json': JSON.stringify({ ...manifest, yellowpad: 'backup' }) }), /does not say "yellowpad": "export"/],
      [rezip(files, { 'manifest.json': JSON.stringify({ ...manifest, formatVersion: 2 }) }), /newer Yellowpad \(format version 2\); this server reads version 1/],
      [rezip(files, { 'json/conversations.json': undefined }), /incomplete: json\/conversations\.json is missing/],
      [rezip(files, { 'json/people.json': '[{' }), /json\/people\.json is not valid JSON/],
      [rezip(files, { 'json/people.json': '{}' }), /json\/people\.json must hold a list/],
    ];
    for (const [bytes, message] of cases) {
      await expect(importFirmExport(db, actorOf(b), bytes)).rejects.toMatchObject({ code: 'export_unreadable', message: expect.stringMatching(message) });
    }
    expect(await countsOf(b.firm.id)).toMatchObject({ people: 0, organizations: 0, conversations: 0 });
  });
});
