import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open-db.ts';
import { affiliations, conversationMembers, conversationPeople, conversations, members, organizations, people } from '../../src/db/schema.ts';
import { logIn } from '../../src/domain/auth/log-in.ts';
import { demoArcs } from '../../src/domain/demo/demo-arcs.ts';
import { demoMembers, demoOrganizations } from '../../src/domain/demo/demo-organizations.ts';
import { demoPeople } from '../../src/domain/demo/demo-people.ts';
import { loadDemoFirm, type LoadedDemoFirm } from '../../src/domain/demo/load-demo-firm.ts';
import { noteFacets } from '../../src/common/limits.ts';
import { openTestDb } from '../support/test-db.ts';

const now = new Date('2026-03-18T09:30:00Z');
const DAY = 24 * 3600 * 1000;

let db: Db;
let first: LoadedDemoFirm;
let second: LoadedDemoFirm;

beforeAll(async () => {
  ({ db } = await openTestDb());
  first = await loadDemoFirm(db, { now });
  second = await loadDemoFirm(db, { now });
});

/** Everything about a firm's conversations that should not depend on ids: for comparing two loads. */
async function conversationDigest(firmId: string) {
  const rows = await db.select().from(conversations).where(eq(conversations.firmId, firmId)).orderBy(asc(conversations.occurredAt), asc(conversations.summary));
  const ids = rows.map((r) => r.id);
  const who = await db
    .select({ conversationId: conversationPeople.conversationId, name: people.fullName })
    .from(conversationPeople)
    .innerJoin(people, and(eq(people.firmId, conversationPeople.firmId), eq(people.id, conversationPeople.personId)))
    .where(and(eq(conversationPeople.firmId, firmId), inArray(conversationPeople.conversationId, ids)));
  const us = await db
    .select({ conversationId: conversationMembers.conversationId, name: members.name })
    .from(conversationMembers)
    .innerJoin(members, and(eq(members.firmId, conversationMembers.firmId), eq(members.id, conversationMembers.memberId)))
    .where(and(eq(conversationMembers.firmId, firmId), inArray(conversationMembers.conversationId, ids)));
  const namesOf = (list: { conversationId: string; name: string }[], id: string) => list.filter((x) => x.conversationId === id).map((x) => x.name).sort();
  return rows.map((r) => ({
    occurredAt: r.occurredAt.toISOString(),
    channel: r.channel,
    summary: r.summary,
    notes: r.notes,
    people: namesOf(who, r.id),
    members: namesOf(us, r.id),
  }));
}

describe('the demo content', () => {
  it('refers only to people and members that exist, with 1–3 people and 1–2 of our members per conversation', () => {
    const personKeys = new Set(demoPeople.map((p) => p.key));
    const memberKeys = new Set(demoMembers.map((m) => m.key));
    const orgKeys = new Set(demoOrganizations.map((o) => o.key));
    const seen = new Set<string>();
    for (const arc of demoArcs) {
      expect(orgKeys.has(arc.org)).toBe(true);
      expect(arc.fromDaysAgo).toBeLessThanOrEqual(731);
      expect(arc.toDaysAgo).toBeGreaterThanOrEqual(1);
      for (const script of arc.scripts) {
        expect(script.people.length).toBeGreaterThanOrEqual(1);
        expect(script.people.length).toBeLessThanOrEqual(3);
        expect(script.members.length).toBeGreaterThanOrEqual(1);
        expect(script.members.length).toBeLessThanOrEqual(2);
        for (const key of script.people) {
          expect(personKeys.has(key), key).toBe(true);
          const person = demoPeople.find((p) => p.key === key)!;
          expect(person.affiliations.map((a) => a.org), `${key} in ${arc.org}`).toContain(arc.org);
          seen.add(key);
        }
        for (const key of script.members) expect(memberKeys.has(key), key).toBe(true);
        expect(Object.keys(script.notes).every((f) => (noteFacets as readonly string[]).includes(f))).toBe(true);
      }
    }
    expect([...personKeys].filter((k) => !seen.has(k))).toEqual([]);
  });

  it('uses reserved example domains and fictional phone numbers only', () => {
    for (const org of demoOrganizations) expect(org.domain).toMatch(/\.example$/);
    for (const person of demoPeople) {
      for (const email of person.emails) if (email.includes('@')) expect(email).toMatch(/\.example$/);
      for (const phone of person.phones) expect(phone).toMatch(/^(\+44 20 7946 0\d{3}|\(\d{3}\) 555-01\d{2})$/);
    }
  });
});

describe('loadDemoFirm', () => {
  it('creates a firm with its owner, three colleagues, and counts in the stated ranges', async () => {
    expect(first.firm.name).toBe('Larkspur & Reed Advisory');
    expect(first.owner.role).toBe('owner');
    expect(first.owner.email).toMatch(/^demo\+[0-9a-f]{6}@yellowpad\.example$/);
    expect(first.members).toHaveLength(3);
    expect(first.members.every((m) => m.role === 'member' && m.firmId === first.firm.id)).toBe(true);
    expect([first.owner, ...first.members].some((m) => 'passwordHash' in m)).toBe(false);
    expect(first.counts.members).toBe(4);
    expect(first.counts.organizations).toBeGreaterThanOrEqual(8);
    expect(first.counts.organizations).toBeLessThanOrEqual(12);
    expect(first.counts.people).toBeGreaterThanOrEqual(40);
    expect(first.counts.people).toBeLessThanOrEqual(60);
    expect(first.counts.conversations).toBeGreaterThanOrEqual(120);
    expect(first.counts.conversations).toBeLessThanOrEqual(180);

    const firmId = first.firm.id;
    const [{ n: orgs }] = (await db.select({ n: sql<number>`count(*)::int` }).from(organizations).where(eq(organizations.firmId, firmId))) as [{ n: number }];
    const [{ n: ppl }] = (await db.select({ n: sql<number>`count(*)::int` }).from(people).where(eq(people.firmId, firmId))) as [{ n: number }];
    const [{ n: convs }] = (await db.select({ n: sql<number>`count(*)::int` }).from(conversations).where(eq(conversations.firmId, firmId))) as [{ n: number }];
    const [{ n: team }] = (await db.select({ n: sql<number>`count(*)::int` }).from(members).where(eq(members.firmId, firmId))) as [{ n: number }];
    expect({ organizations: orgs, people: ppl, conversations: convs, members: team }).toEqual(first.counts);
  });

  it('spreads conversations over about two years before now, with mixed channels', async () => {
    const rows = await db.select({ occurredAt: conversations.occurredAt, channel: conversations.channel }).from(conversations).where(eq(conversations.firmId, first.firm.id));
    const times = rows.map((r) => r.occurredAt.getTime());
    expect(Math.max(...times)).toBeLessThan(now.getTime());
    expect(Math.min(...times)).toBeGreaterThan(now.getTime() - 731 * DAY);
    expect(Math.min(...times)).toBeLessThan(now.getTime() - 600 * DAY);
    expect(Math.max(...times)).toBeGreaterThan(now.getTime() - 30 * DAY);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(['meeting', 'call', 'video', 'email', 'message', 'meal', 'other']));
  });

  it('gives every conversation at least one person and notes, and most of them the client’s own words', async () => {
    const digest = await conversationDigest(first.firm.id);
    for (const c of digest) {
      expect(c.people.length).toBeGreaterThanOrEqual(1);
      expect(c.people.length).toBeLessThanOrEqual(3);
      expect(c.members.length).toBeGreaterThanOrEqual(1);
      expect(c.members.length).toBeLessThanOrEqual(2);
      expect(Object.keys(c.notes).length).toBeGreaterThanOrEqual(1);
      expect(c.summary).toBeTruthy();
    }
    const quoted = digest.filter((c) => c.notes.inTheirWords).length;
    expect(quoted / digest.length).toBeGreaterThan(0.5);
    expect(new Set(digest.map((c) => c.summary)).size).toBe(digest.length);
  });

  it('puts some people in two organisations', async () => {
    const rows = await db
      .select({ personId: affiliations.personId, n: sql<number>`count(*)::int` })
      .from(affiliations)
      .where(eq(affiliations.firmId, first.firm.id))
      .groupBy(affiliations.personId);
    expect(rows.filter((r) => r.n === 2).length).toBeGreaterThanOrEqual(3);
  });

  it('creates a separate firm each time, with the same content for the same seed and now', async () => {
    expect(second.firm.id).not.toBe(first.firm.id);
    expect(second.firm.slug).not.toBe(first.firm.slug);
    expect(second.owner.email).not.toBe(first.owner.email);
    expect(second.password).not.toBe(first.password);
    expect(second.counts).toEqual(first.counts);
    expect(await conversationDigest(second.firm.id)).toEqual(await conversationDigest(first.firm.id));
  });

  it('logs in with the returned password, and accepts a chosen email, password and seed', async () => {
    const { member } = await logIn(db, { email: first.owner.email, password: first.password });
    expect(member.id).toBe(first.owner.id);

    const email = `chosen-${Date.now().toString(36)}@example.test`;
    const chosen = await loadDemoFirm(db, { now, ownerEmail: email, ownerPassword: 'a chosen demo password', seed: 7 });
    expect(chosen.owner.email).toBe(email);
    expect((await logIn(db, { email, password: 'a chosen demo password' })).member.id).toBe(chosen.owner.id);
    const dates = (d: Awaited<ReturnType<typeof conversationDigest>>) => d.map((c) => c.occurredAt);
    expect(dates(await conversationDigest(chosen.firm.id))).not.toEqual(dates(await conversationDigest(first.firm.id)));
  });

  it('refuses a short password and a taken email', async () => {
    await expect(loadDemoFirm(db, { ownerPassword: 'short' })).rejects.toMatchObject({ code: 'validation_failed' });
    const taken = first.owner.email;
    await expect(loadDemoFirm(db, { now, ownerEmail: taken })).rejects.toMatchObject({ code: 'email_taken' });
  });
});
