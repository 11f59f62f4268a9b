/**
 * Shared by the export tests: a firm with people (title, birthday, addresses), organisations, affiliations,
 * conversations with notes and participants (a colleague among them), a follow-up and an API token, and
 * helpers to download and open its export.
 */
import type { FastifyInstance } from 'fastify';
import { unzipSync, strFromU8 } from 'fflate';
import { expect } from 'vitest';
import { ApiClient, signUpFirm, type SignedUp } from '../support/api-client.ts';
import { created } from './needs-fixtures.ts';

/** Joins the owner's firm as a (non-owner) member through an invitation. */
export async function joinAsMember(app: FastifyInstance, owner: SignedUp, name = 'Lee Park') {
  const email = `member-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const invite = await owner.client.post('/api/v1/invitations', { email });
  const accepted = await app.inject({
    method: 'POST',
    url: '/api/v1/invitations/accept',
    payload: { token: invite.json().token, name, password: 'another long password' },
  });
  expect(accepted.statusCode, accepted.body).toBe(201);
  const cookie = accepted.cookies.find((k) => k.name === 'yp_session')!;
  return { client: new ApiClient(app, { cookie: `yp_session=${cookie.value}`, csrfToken: accepted.json().csrfToken }), email, id: accepted.json().member.id as string };
}

/** A firm with Northwind (Sam Ortiz, CFO; Lee Chen), Acme (Lee Chen), Ana Díaz with no organisation, and two conversations. */
export async function seedFirm(app: FastifyInstance, tag = 'A') {
  const firm = await signUpFirm(app, { firmName: `Export Firm ${tag} ${crypto.randomUUID().slice(0, 6)}`, name: `Dana ${tag}` });
  const c = firm.client;
  const colleague = await joinAsMember(app, firm, `Colleague ${tag}`);
  const northwind = await created(c, '/api/v1/organizations', { name: `Northwind ${tag}; Logistics, Ltd`, website: 'https://northwind.example', industry: 'Logistics', notes: 'Key account' });
  const acme = await created(c, '/api/v1/organizations', { name: `Acme ${tag}` });
  const sam = await created(c, '/api/v1/people', {
    fullName: `Sam Ortiz ${tag}`,
    emails: [`sam.${tag.toLowerCase()}@northwind.example`],
    phones: ['+44 20 7946 0000'],
    notes: 'Prefers calls before 9.\nLikes detail; hates jargon, truly.',
    title: 'Chief Financial Officer',
    birthday: '1980-03-14',
    addresses: [
      { label: 'work', street: '1 Dock Road\nUnit 4', city: 'London', postalCode: 'E16 1AA', country: 'United Kingdom' },
      { label: 'Holiday home', city: 'Porto', country: 'Portugal' },
    ],
    stayInTouchDays: 30,
    affiliations: [{ organizationId: northwind.id, title: 'CFO' }],
  });
  const lee = await created(c, '/api/v1/people', {
    fullName: `Lee Chen ${tag}`,
    birthday: '--07-01',
    affiliations: [{ organizationId: northwind.id }, { organizationId: acme.id, title: 'Adviser' }],
  });
  const ana = await created(c, '/api/v1/people', { fullName: `Ana Díaz ${tag}`, emails: [`ana.${tag.toLowerCase()}@example.test`] });
  const kickOff = await created(c, '/api/v1/conversations', {
    occurredAt: '2026-03-02T09:00:00Z',
    channel: 'video',
    personIds: [sam.id, lee.id],
    memberIds: [firm.member.id, colleague.id],
    summary: `Kick-off ${tag}`,
    notes: { goals: 'Halve the month-end close, "before the audit".', situation: 'Spreadsheets everywhere, 12 of them.' },
  });
  const catchUp = await created(c, '/api/v1/conversations', {
    occurredAt: '2026-03-05T14:30:00Z',
    channel: 'call',
    personIds: [ana.id],
    summary: null,
    notes: { concerns: 'Cost.' },
  });
  await created(c, '/api/v1/follow-ups', { content: `Send the close checklist ${tag}`, dueOn: '2026-03-20', personId: sam.id });
  await created(c, '/api/v1/tokens', { name: 'Script' });
  return { firm, c, colleague, northwind: northwind.id, acme: acme.id, sam: sam.id, lee: lee.id, ana: ana.id, kickOff: kickOff.id, catchUp: catchUp.id };
}

/** GETs /api/v1/export and returns the response and the zip's files as text. */
export async function downloadExport(client: ApiClient) {
  const res = await client.get('/api/v1/export');
  expect(res.statusCode, res.body).toBe(200);
  const bytes = new Uint8Array(res.rawPayload);
  const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  return { res, bytes, files };
}
