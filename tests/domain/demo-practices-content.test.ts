/**
 * The demo firm's practices, as content: checked on the rows the loader would insert, built without a
 * database for many `now`s (every weekday and time of day moves the conversations a little) and several
 * seeds. The loaded firm is checked through the Today and reliability use cases in load-demo-firm.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { addDays, utcDay } from '../../src/common/days.ts';
import { needOutcomes } from '../../src/common/practices.ts';
import { standingOf } from '../../src/domain/commitments/commitment-standing.ts';
import { buildDemoPracticeRows, type DemoPracticeRows } from '../../src/domain/demo/build-demo-practice-rows.ts';
import { demoArcs } from '../../src/domain/demo/demo-arcs.ts';
import { demoCadences } from '../../src/domain/demo/demo-cadences.ts';
import { demoMembers, demoOrganizations } from '../../src/domain/demo/demo-organizations.ts';
import { demoPeople } from '../../src/domain/demo/demo-people.ts';
import { defaultDemoSeed, scheduleDemo } from '../../src/domain/demo/demo-schedule.ts';
import { isGenericFollowUp } from '../../src/domain/follow-ups/generic-follow-up.ts';
import { journeyHealthOf } from '../../src/domain/needs/journey-health.ts';
import { cadenceStanding } from '../../src/domain/today/losing-touch.ts';

const now = new Date('2026-03-18T09:30:00Z');
const DAY = 24 * 3600 * 1000;

const HOUR = 3600 * 1000;
const ownerKey = demoMembers.find((m) => m.role === 'owner')!.key;

interface BuiltPractices {
  now: Date;
  today: string;
  rows: DemoPracticeRows;
  conversations: { id: string; occurredAt: Date; people: string[]; members: string[] }[];
}

/** The practice rows for `at` and `seed`, with content keys standing in for ids. */
function buildFor(at: Date, seed = defaultDemoSeed): BuiltPractices {
  const schedule = scheduleDemo(at, seed);
  const rows = buildDemoPracticeRows({
    firmId: 'firm',
    now: at,
    members: new Map(demoMembers.map((m) => [m.key, m.key])),
    people: new Map(demoPeople.map((p) => [p.key, p.key])),
    organizations: new Map(demoOrganizations.map((o) => [o.key, o.key])),
    conversations: new Map([...schedule].map(([org, dates]) => [org, dates.map((occurredAt, i) => ({ id: `${org}#${i}`, occurredAt }))])),
  });
  const conversations = demoArcs.flatMap((arc) =>
    arc.scripts.map((script, i) => ({ id: `${arc.org}#${i}`, occurredAt: schedule.get(arc.org)![i]!, people: script.people, members: script.members as string[] })),
  );
  return { now: at, today: utcDay(at), rows, conversations };
}

const time = (d: Date | null | undefined) => d?.getTime() ?? Number.NaN;

/** Everything in the built rows that could not have happened in that order, in words. */
function inconsistencies({ now, today, rows, conversations }: BuiltPractices): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const past = (moment: Date | null | undefined, what: string) => check(!moment || time(moment) <= now.getTime(), `${what} is after now`);

  for (const need of rows.needs) {
    const statements = rows.problemStatements.filter((s) => s.needId === need.id).sort((a, b) => a.version - b.version);
    check(statements[0]?.origin === 'first_stated' && statements.slice(1).every((s) => s.origin !== 'first_stated'), `${need.title}: starts with the client's first statement`);
    check(time(need.createdAt) === time(statements[0]?.createdAt), `${need.title}: created with its first statement`);
    statements.forEach((s, i) => {
      past(s.createdAt, `${need.title} v${s.version}`);
      check((i === 0) === (s.changeReason === null), `${need.title} v${s.version}: a reason on every later version only`);
      if (i > 0) check(time(s.createdAt) > time(statements[i - 1]!.createdAt), `${need.title} v${s.version}: after v${s.version - 1}`);
      for (const c of rows.confirmations.filter((c) => c.needId === need.id && c.version === s.version)) {
        past(c.confirmedAt, `${need.title} v${s.version} confirmation`);
        check(time(c.confirmedAt) >= time(s.createdAt), `${need.title} v${s.version}: confirmed after it was written`);
      }
    });
    past(need.outcomeAt, `${need.title} outcome`);
    if (need.outcomeAt) check(time(need.outcomeAt) >= time(statements.at(-1)?.createdAt), `${need.title}: outcome after the last statement`);
    for (const step of rows.journeySteps.filter((s) => s.needId === need.id)) {
      const done = step.status === 'done';
      check(done === (step.completedOn !== null), `${step.title}: completed on a day exactly when done`);
      if (step.completedOn) check(step.completedOn <= today && step.completedOn >= utcDay(need.createdAt!), `${step.title}: completed between the need's start and today`);
      if (need.outcome) check(done || step.status === 'skipped', `${step.title}: no open step on a closed need`);
    }
  }

  for (const c of rows.commitments) {
    const made = utcDay(c.createdAt!);
    past(c.createdAt, c.description);
    check(made <= c.originalDueOn, `${c.description}: due after it was made`);
    const changes = rows.renegotiations.filter((r) => r.commitmentId === c.id);
    check(changes.length === c.renegotiationCount, `${c.description}: renegotiation count`);
    let inForce = c.originalDueOn;
    for (const r of changes) {
      past(r.createdAt, `${c.description} renegotiation`);
      check(r.fromDueOn === inForce, `${c.description}: renegotiations chain from the original date`);
      check(time(r.createdAt) >= time(c.createdAt) && utcDay(r.createdAt!) <= r.fromDueOn, `${c.description}: renegotiated before the date in force`);
      check(r.toDueOn > utcDay(r.createdAt!), `${c.description}: renegotiated to a later day`);
      inForce = r.toDueOn;
    }
    check(inForce === c.dueOn, `${c.description}: the date in force is the last renegotiated one`);
    past(c.resolvedAt, `${c.description} resolution`);
    if (c.status !== 'open') check(time(c.resolvedAt) >= Math.max(time(c.createdAt), ...changes.map((r) => time(r.createdAt))), `${c.description}: resolved after it was made and renegotiated`);
    if (c.keptOn) check(c.keptOn >= made && c.keptOn <= today, `${c.description}: kept between its making and today`);
    if (c.incidentId) {
      const incident = rows.incidents.find((i) => i.id === c.incidentId);
      check(c.side === 'us' && time(c.createdAt) >= time(incident?.preventionAt), `${c.description}: our prevention, made after the incident's prevention step`);
    }
  }

  for (const incident of rows.incidents) {
    const steps = [incident.reportedAt, incident.acknowledgedAt, incident.explainedAt, incident.preventionAt, incident.verifiedAt];
    steps.forEach((at, i) => {
      past(at, `${incident.title} step ${i}`);
      if (i > 0 && at) check(Boolean(steps[i - 1]) && time(at) >= time(steps[i - 1]), `${incident.title}: step ${i} after step ${i - 1}`);
    });
    if (incident.preventionAt) check(rows.commitments.some((c) => c.incidentId === incident.id), `${incident.title}: its prevention is one of our commitments`);
  }

  for (const f of rows.followUps) {
    past(f.createdAt, f.content);
    check(f.dueOn >= utcDay(f.createdAt!), `${f.content}: due after it was scheduled`);
    for (const at of [f.doneAt, f.cancelledAt]) {
      past(at, `${f.content} closing`);
      if (at) check(time(at) >= time(f.createdAt), `${f.content}: closed after it was scheduled`);
    }
  }
  for (const closeOut of rows.closeOuts) {
    const conversation = conversations.find((c) => c.id === closeOut.conversationId)!;
    past(closeOut.createdAt, `close-out of ${conversation.id}`);
    check(time(closeOut.createdAt) >= conversation.occurredAt.getTime(), `close-out of ${conversation.id}: after the conversation`);
  }
  for (const gift of rows.gifts) check(gift.givenOn <= today, `${gift.title}: given by today`);
  for (const referral of rows.referrals) check(referral.referredOn <= today, `${referral.reason}: referred by today`);
  return problems;
}

/** What the owner's Today would list, computed from the rows by the same rules as the Today page. */
function ownerToday({ now, today, rows, conversations }: BuiltPractices) {
  const closed = new Set(rows.closeOuts.map((c) => c.conversationId));
  const loopsSince = Date.parse(`${addDays(today, -30)}T00:00:00Z`);
  const lastConversationDay = (person: string) =>
    conversations.filter((c) => c.people.includes(person) && c.occurredAt <= now).map((c) => utcDay(c.occurredAt)).sort().at(-1) ?? null;
  return {
    followUpsDue: rows.followUps.filter((f) => f.status === 'open' && f.memberId === ownerKey && f.dueOn <= today),
    commitmentsDue: rows.commitments.filter((c) => c.status === 'open' && c.memberId === ownerKey && c.dueOn <= addDays(today, 7)),
    openIncidents: rows.incidents.filter((i) => !i.verifiedAt),
    openLoops: conversations.filter((c) => c.members.includes(ownerKey) && c.occurredAt.getTime() >= loopsSince && !closed.has(c.id)),
    losingTouch: Object.entries(demoCadences)
      .filter(([person, everyDays]) => cadenceStanding({ everyDays, lastConversationDay: lastConversationDay(person), cadenceSince: today }, today).losingTouch)
      .map(([person]) => person),
    journeyHealth: rows.needs
      .filter((n) => !n.outcome)
      .map((n) => journeyHealthOf(rows.journeySteps.filter((s) => s.needId === n.id).map((s) => ({ id: `${s.position}`, title: s.title, status: s.status!, targetOn: s.targetOn ?? null })), today).health),
  };
}

/** Every moment the demo may be loaded at: two weeks of days, at the start, middle and end of each. */
const loadMoments = Array.from({ length: 14 }, (_, d) => [0.5, 9.5, 23.5].map((h) => new Date(Date.UTC(2026, 2, 18) + d * DAY + h * HOUR))).flat();

describe('the demo practices content', () => {
  it('tells a consistent history for any day it is loaded, and for other seeds', () => {
    for (const at of [...loadMoments, new Date('2027-11-02T14:00:00Z')]) expect(inconsistencies(buildFor(at)), at.toISOString()).toEqual([]);
    for (const seed of [7, 1234, 99_999]) expect(inconsistencies(buildFor(now, seed)), `seed ${seed}`).toEqual([]);
  });

  it('gives the owner something in all six Today lists, whatever the day', () => {
    for (const at of loadMoments) {
      const built = buildFor(at);
      const t = ownerToday(built);
      const when = at.toISOString();
      expect(t.followUpsDue.some((f) => f.dueOn < built.today), `overdue follow-up ${when}`).toBe(true);
      expect(t.followUpsDue.some((f) => f.dueOn === built.today), `follow-up due today ${when}`).toBe(true);
      expect(t.commitmentsDue.some((c) => c.dueOn < built.today), `overdue commitment ${when}`).toBe(true);
      expect(t.commitmentsDue.some((c) => c.dueOn > built.today), `commitment due this week ${when}`).toBe(true);
      expect(new Set(t.commitmentsDue.map((c) => c.side)), when).toEqual(new Set(['us', 'client']));
      expect(t.openIncidents.length, when).toBe(2);
      expect(t.openIncidents.some((i) => !i.acknowledgedAt), when).toBe(true);
      expect(t.openLoops.length, `open loops ${when}`).toBeGreaterThanOrEqual(2);
      expect(t.openLoops.length, `open loops ${when}`).toBeLessThanOrEqual(3);
      expect(t.losingTouch.sort(), `losing touch ${when}`).toEqual(['rosalind', 'sunil', 'walter']);
      expect(new Set(t.journeyHealth), `journeys ${when}`).toEqual(new Set(['on_track', 'at_risk', 'stalled']));
      expect(t.journeyHealth.length).toBeGreaterThanOrEqual(4);
      expect(t.journeyHealth.length).toBeLessThanOrEqual(6);
    }
  });

  it('covers every outcome, gift kind and response, both referral directions, a reliability mix both ways and specific follow-ups', () => {
    const { rows, today, conversations } = buildFor(now);
    expect(new Set(rows.needs.map((n) => n.outcome).filter(Boolean))).toEqual(new Set(needOutcomes));
    const outcomes = rows.needs.map((n) => n.outcome);
    expect(outcomes.filter((o) => o === 'engaged').length).toBeGreaterThan(Math.max(...needOutcomes.filter((o) => o !== 'engaged').map((o) => outcomes.filter((x) => x === o).length)));
    expect(rows.needs.length).toBeGreaterThanOrEqual(12);
    expect(rows.needs.length).toBeLessThanOrEqual(16);
    expect(new Set(rows.gifts.map((g) => g.kind))).toEqual(new Set(['insight', 'tool', 'paper', 'sample_of_work', 'introduction', 'other']));
    expect(new Set(rows.gifts.map((g) => g.response))).toEqual(new Set(['pending', 'used', 'appreciated', 'ignored', 'declined']));
    const out = rows.referrals.filter((r) => r.direction === 'out');
    expect(out.length).toBeGreaterThanOrEqual(3);
    expect(out.every((r) => r.providerId)).toBe(true);
    expect(rows.referrals.filter((r) => r.direction === 'in').length).toBeGreaterThanOrEqual(2);
    expect(rows.providers.filter((p) => /competitor/i.test(p.notes ?? '')).length).toBeGreaterThanOrEqual(2);
    expect(new Set(rows.providers.map((p) => p.kind))).toEqual(new Set(['firm', 'person']));

    const yearAgo = addDays(today, -365);
    for (const side of ['us', 'client'] as const) {
      const resolved = rows.commitments.filter((c) => c.side === side && c.resolvedAt && utcDay(c.resolvedAt) >= yearAgo);
      const standings = resolved.map((c) => standingOf({ status: c.status!, dueOn: c.dueOn, keptOn: c.keptOn ?? null, renegotiationCount: c.renegotiationCount! }, today));
      expect(new Set(standings), side).toEqual(new Set(['kept_on_time', 'kept_late', 'renegotiated', 'broken']));
      if (side === 'us') expect(standings.filter((s) => s === 'kept_on_time').length / standings.length).toBeGreaterThan(0.6);
    }
    for (const member of demoMembers) expect(rows.commitments.some((c) => c.status === 'open' && c.memberId === member.key), member.key).toBe(true);

    expect(rows.followUps.filter((f) => isGenericFollowUp(f.content)).map((f) => f.content)).toEqual([]);
    const recent = conversations.filter((c) => c.occurredAt.getTime() >= now.getTime() - 60 * DAY);
    const closedOut = recent.filter((c) => rows.closeOuts.some((o) => o.conversationId === c.id));
    expect(closedOut.length / recent.length).toBeGreaterThan(0.7);
  });
});
