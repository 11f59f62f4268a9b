import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open-db.ts';
import { affiliations, conversationMembers, conversationPeople, conversations, members, people } from '../../src/db/schema.ts';
import { utcDay } from '../../src/common/days.ts';
import { needOutcomes } from '../../src/common/practices.ts';
import type { Actor } from '../../src/domain/actor.ts';
import { logIn } from '../../src/domain/auth/log-in.ts';
import { demoArcs } from '../../src/domain/demo/demo-arcs.ts';
import { demoMembers, demoOrganizations } from '../../src/domain/demo/demo-organizations.ts';
import { demoPeople } from '../../src/domain/demo/demo-people.ts';
import { loadDemoFirm, type LoadedDemoFirm } from '../../src/domain/demo/load-demo-firm.ts';
import { getReliability } from '../../src/domain/reliability/get-reliability.ts';
import { queryRows, toCount } from '../../src/domain/support/rows.ts';
import { getToday } from '../../src/domain/today/get-today.ts';
import { listMemberListening } from '../../src/domain/transcripts/list-member-listening.ts';
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

/** How many rows of each kind the firm holds, named as LoadedDemoFirm.counts names them. */
async function countsInDatabase(firmId: string) {
  const tables = {
    organizations: 'organizations',
    people: 'people',
    conversations: 'conversations',
    members: 'members',
    needs: 'needs',
    commitments: 'commitments',
    gifts: 'gifts',
    providers: 'providers',
    referrals: 'referrals',
    incidents: 'incidents',
    followUps: 'follow_ups',
    shareLinks: 'share_links',
    clientActs: 'client_acts',
  };
  const counts: Record<string, number> = {};
  for (const [key, table] of Object.entries(tables)) {
    const [row] = await queryRows<{ n: unknown }>(db, sql`select count(*) as n from ${sql.identifier(table)} where firm_id = ${firmId}`);
    counts[key] = toCount(row?.n);
  }
  return counts;
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

    expect(first.counts).toEqual(await countsInDatabase(first.firm.id));
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

describe('the demo practices, loaded', () => {
  const today = utcDay(now);
  const ownerActor = (): Actor => ({ firmId: first.firm.id, memberId: first.owner.id, role: 'owner' });

  it('fills all six Today lists for the owner, overdue first', async () => {
    const t = await getToday(db, ownerActor(), { date: today, scope: 'mine' });
    expect(Object.values(t.totals).every((n) => n > 0), JSON.stringify(t.totals)).toBe(true);
    expect(t.commitmentsDue[0]!.daysOverdue).toBeGreaterThan(0);
    expect(t.commitmentsDue.some((c) => c.daysOverdue < 0)).toBe(true);
    expect(t.followUpsDue.some((f) => f.daysOverdue === 0)).toBe(true);
    expect(t.openIncidents.map((i) => i.nextStep).sort()).toEqual(['acknowledge', 'prevention']);
    expect(t.losingTouch.map((l) => l.person.fullName).sort()).toEqual(['Rosalind Achterberg', 'Sunil Mistry', 'Walter Blake']);
    expect(new Set(t.journeysAtRisk.map((j) => j.health))).toEqual(new Set(['at_risk', 'stalled']));
    expect(t.openLoops.length).toBeGreaterThanOrEqual(2);
  });

  it('shows a reliability mix over the last twelve months, both ways', async () => {
    const r = await getReliability(db, ownerActor(), { window: '12m' }, today);
    for (const figures of [r.us, r.client]) {
      expect(figures.keptOnTime).toBeGreaterThan(0);
      expect(figures.keptLate).toBeGreaterThan(0);
      expect(figures.renegotiated).toBeGreaterThan(0);
      expect(figures.broken).toBeGreaterThan(0);
      expect(figures.overdue).toBeGreaterThan(0);
    }
    expect(r.us.keptOnTimeRate!).toBeGreaterThan(0.6);
    expect(r.incidents.reported).toBeGreaterThanOrEqual(3);
    expect(r.incidents.stillUnacknowledged).toBe(1);
  });

  it('records every honest outcome, with four to six needs still open', async () => {
    const rows = await queryRows<{ outcome: string | null; n: unknown }>(db, sql`select outcome, count(*) as n from needs where firm_id = ${first.firm.id} group by outcome`);
    expect(new Set(rows.map((r) => r.outcome))).toEqual(new Set([...needOutcomes, null]));
    const open = toCount(rows.find((r) => r.outcome === null)?.n);
    expect(open).toBeGreaterThanOrEqual(4);
    expect(open).toBeLessThanOrEqual(6);
  });

  it('stores two call transcripts on the owner\'s calls, one a good listen and one that talked too much', async () => {
    const trend = await listMemberListening(db, ownerActor(), first.owner.id);
    expect(trend.calls).toHaveLength(2);
    const [owen, ruth] = [...trend.calls].sort((a, b) => a.talkShare - b.talkShare).reverse();
    expect(owen!.talkShare).toBeGreaterThan(0.65);
    expect(ruth!.talkShare).toBeLessThan(0.45);
  });

  it('loads the same practice records for the same seed and now', async () => {
    expect(await practiceDigest(second.firm.id)).toEqual(await practiceDigest(first.firm.id));
  });
});

/** Every practice row of a firm without its ids, as sorted JSON lines per table: equal for equal content. */
async function practiceDigest(firmId: string) {
  const tables = [
    'needs', 'need_people', 'problem_statements', 'problem_statement_confirmations', 'journey_steps', 'incidents', 'commitments',
    'commitment_renegotiations', 'gifts', 'providers', 'referrals', 'follow_ups', 'close_outs',
  ];
  const digest: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = await queryRows<{ line: string }>(
      db,
      sql`select (select jsonb_object_agg(key, value) from jsonb_each(to_jsonb(t))
                   where key <> 'id' and key not like '%\_id' and key not in ('created_by', 'outcome_by'))::text as line
          from ${sql.identifier(table)} t where t.firm_id = ${firmId} order by 1`,
    );
    digest[table] = rows.map((r) => r.line);
  }
  const cadences = await db.select({ name: people.fullName, days: people.stayInTouchDays }).from(people).where(eq(people.firmId, firmId)).orderBy(asc(people.fullName));
  return { ...digest, cadences };
}
