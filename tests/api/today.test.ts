/**
 * GET /api/v1/today: each list's inclusion and exclusion boundaries on the caller's day, its order, mine
 * versus the firm's, the list cap, and totals exact up to the count cap. The server's clock is fixed; most calls name the day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/open-db.ts';
import { practiceLimits } from '../../src/common/practices.ts';
import { followUps } from '../../src/db/schema.ts';
import { setUpTestApp } from '../support/test-app.ts';
import { TodayFirm } from './today-seed.ts';

const DAY = '2025-06-15';
let app: FastifyInstance;
let db: Db;
beforeAll(async () => {
  ({ app, db } = await setUpTestApp({ clock: () => new Date(`${DAY}T12:00:00Z`) }));
});

const newFirm = () => TodayFirm.create(app, db);
const at = (day: string, time = '10:00:00') => `${day}T${time}Z`;

describe('today: the page', () => {
  it('answers the fixed keys for a new firm, on the clock’s day unless the caller names one', async () => {
    const firm = await newFirm();
    const today = await firm.today();
    expect(today).toEqual({
      date: DAY,
      followUpsDue: [],
      commitmentsDue: [],
      openIncidents: [],
      openLoops: [],
      losingTouch: [],
      journeysAtRisk: [],
      totals: { followUpsDue: 0, commitmentsDue: 0, openIncidents: 0, openLoops: 0, losingTouch: 0, journeysAtRisk: 0 },
    });
    expect((await firm.today('date=2025-06-16&scope=firm')).date).toBe('2025-06-16');
  });

  it('refuses a date that is not a calendar day and an unknown scope', async () => {
    const firm = await newFirm();
    for (const query of ['date=15/06/2025', 'date=2025-02-30', 'scope=team']) {
      const res = await firm.client.get(`/api/v1/today?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });

  it('shows at most todayListMax items per list and counts them all', async () => {
    const firm = await newFirm();
    const many = practiceLimits.todayListMax + 2;
    for (let i = 0; i < many; i += 1) await firm.followUp({ dueOn: '2025-06-01', content: `Bring the payroll sample number ${i}` });
    const today = await firm.today(`date=${DAY}`);
    expect(today.followUpsDue).toHaveLength(practiceLimits.todayListMax);
    expect(today.totals.followUpsDue).toBe(many);
  });

  it('counts each list up to todayCountMax, and says so at the cap', async () => {
    const firm = await newFirm();
    const over = practiceLimits.todayCountMax + 5;
    // Written straight to the table: the cap is about counting, and a thousand API calls would only be slow.
    await db.insert(followUps).values(
      Array.from({ length: over }, (_, i) => ({
        firmId: firm.signedUp.firm.id,
        memberId: firm.memberId,
        content: `Bring the payroll sample number ${i}`,
        dueOn: '2025-06-01',
      })),
    );
    const today = await firm.today(`date=${DAY}`);
    expect(today.followUpsDue).toHaveLength(practiceLimits.todayListMax);
    expect(today.totals.followUpsDue).toBe(practiceLimits.todayCountMax);
  });
});

describe('today: follow-ups due', () => {
  it('lists open follow-ups due on or before the day, oldest first, and leaves out done, cancelled and later ones', async () => {
    const firm = await newFirm();
    const maya = await firm.person('Maya Okafor');
    const conversation = await firm.conversation([maya], at('2025-06-10'));
    const overdue = await firm.followUp({ dueOn: '2025-06-12', content: 'Send the close checklist', personId: maya, conversationId: conversation });
    const dueToday = await firm.followUp({ dueOn: DAY });
    await firm.followUp({ dueOn: '2025-06-16' });
    await firm.post(`/api/v1/follow-ups/${await firm.followUp({ dueOn: '2025-06-01' })}/done`, {}, 200);
    await firm.post(`/api/v1/follow-ups/${await firm.followUp({ dueOn: '2025-06-01' })}/cancel`, { reason: 'They hired someone' }, 200);

    const today = await firm.today(`date=${DAY}`);
    expect(today.followUpsDue).toEqual([
      {
        id: overdue,
        content: 'Send the close checklist',
        dueOn: '2025-06-12',
        daysOverdue: 3,
        member: { id: firm.memberId, name: firm.signedUp.member.name },
        person: { id: maya, fullName: 'Maya Okafor' },
        organization: null,
        conversationId: conversation,
        version: 1,
      },
      expect.objectContaining({ id: dueToday, dueOn: DAY, daysOverdue: 0, person: null }),
    ]);
    expect(today.totals.followUpsDue).toBe(2);
    // Tomorrow, the one due then joins.
    expect((await firm.today('date=2025-06-16')).totals.followUpsDue).toBe(3);
  });

  it('shows only mine by default, and a colleague’s too with scope=firm', async () => {
    const firm = await newFirm();
    const colleague = await firm.colleague();
    const mine = await firm.followUp({ dueOn: '2025-06-14' });
    const theirs = await firm.followUp({ dueOn: '2025-06-13', memberId: colleague });
    expect((await firm.today(`date=${DAY}`)).followUpsDue.map((f: { id: string }) => f.id)).toEqual([mine]);
    expect((await firm.today(`date=${DAY}&scope=mine`)).followUpsDue.map((f: { id: string }) => f.id)).toEqual([mine]);
    const firmWide = await firm.today(`date=${DAY}&scope=firm`);
    expect(firmWide.followUpsDue.map((f: { id: string }) => f.id)).toEqual([theirs, mine]);
    expect(firmWide.followUpsDue[0].member).toEqual({ id: colleague, name: 'Colleague' });
  });
});

describe('today: commitments due', () => {
  it('lists open commitments both ways due within the week ahead, overdue first, with days left as negative', async () => {
    const firm = await newFirm();
    const org = await firm.organization('Northwind Logistics');
    const { id: needId } = await firm.need('A faster monthly close', []);
    const lastDayIn = await firm.commitment({ dueOn: '2025-06-22', side: 'client', description: 'Share last year’s ledgers' });
    await firm.commitment({ dueOn: '2025-06-23' });
    const overdue = await firm.commitment({ dueOn: '2025-06-10', organizationId: org, needId });
    const dueToday = await firm.commitment({ dueOn: DAY });
    await firm.post(`/api/v1/commitments/${await firm.commitment({ dueOn: '2025-06-01' })}/keep`, { keptOn: '2025-06-01' }, 200);
    await firm.post(`/api/v1/commitments/${await firm.commitment({ dueOn: '2025-06-01' })}/break`, { reason: 'We missed it' }, 200);

    const today = await firm.today(`date=${DAY}`);
    expect(today.commitmentsDue.map((c: { id: string }) => c.id)).toEqual([overdue, dueToday, lastDayIn]);
    expect(today.commitmentsDue[0]).toEqual({
      id: overdue,
      side: 'us',
      description: 'Promise due 2025-06-10',
      dueOn: '2025-06-10',
      daysOverdue: 5,
      member: { id: firm.memberId, name: firm.signedUp.member.name },
      person: null,
      organization: { id: org, name: 'Northwind Logistics' },
      need: { id: needId, title: 'A faster monthly close' },
      version: 1,
    });
    expect(today.commitmentsDue[2]).toMatchObject({ side: 'client', daysOverdue: -7 });
    expect(today.totals.commitmentsDue).toBe(3);
  });

  it('shows only those the member promised or looks after by default', async () => {
    const firm = await newFirm();
    const colleague = await firm.colleague();
    const mine = await firm.commitment({ dueOn: DAY });
    const theirs = await firm.commitment({ dueOn: DAY, memberId: colleague, side: 'client' });
    expect((await firm.today(`date=${DAY}`)).commitmentsDue.map((c: { id: string }) => c.id)).toEqual([mine]);
    expect((await firm.today(`date=${DAY}&scope=firm`)).commitmentsDue.map((c: { id: string }) => c.id).sort()).toEqual([mine, theirs].sort());
  });

  it('drops a commitment once it is kept', async () => {
    const firm = await newFirm();
    const id = await firm.commitment({ dueOn: '2025-06-14' });
    expect((await firm.today(`date=${DAY}`)).totals.commitmentsDue).toBe(1);
    await firm.post(`/api/v1/commitments/${id}/keep`, {}, 200);
    expect((await firm.today(`date=${DAY}`)).commitmentsDue).toEqual([]);
  });
});

describe('today: open incidents', () => {
  it('lists unverified incidents firm-wide, oldest reported first, with the next step; a verified one leaves', async () => {
    const firm = await newFirm();
    const priya = await firm.person('Priya Raman');
    const fresh = await firm.incident({ title: 'Payroll file late', reportedAt: at('2025-06-14'), personId: priya });
    const acknowledged = await firm.incident({ title: 'Wrong VAT figure', reportedAt: at('2025-06-10') });
    await firm.incidentSteps(acknowledged, ['acknowledge'], at('2025-06-10', '11:00:00'));
    const explained = await firm.incident({ title: 'Missed filing reminder', reportedAt: at('2025-06-11') });
    await firm.incidentSteps(explained, ['acknowledge', 'explain'], at('2025-06-12'));
    const toVerify = await firm.incident({ title: 'Duplicate invoice', reportedAt: at('2025-06-12') });
    await firm.incidentSteps(toVerify, ['acknowledge', 'explain', 'prevention'], at('2025-06-13'));

    // Firm-wide even in scope mine: nobody owns a client's bad day alone.
    const today = await firm.today(`date=${DAY}`);
    expect(today.openIncidents.map((i: { id: string; nextStep: string }) => [i.id, i.nextStep])).toEqual([
      [acknowledged, 'explain'],
      [explained, 'prevention'],
      [toVerify, 'verify'],
      [fresh, 'acknowledge'],
    ]);
    expect(today.openIncidents[3]).toEqual({
      id: fresh,
      title: 'Payroll file late',
      reportedAt: '2025-06-14T10:00:00.000Z',
      nextStep: 'acknowledge',
      acknowledgedAt: null,
      person: { id: priya, fullName: 'Priya Raman' },
      organization: null,
    });
    expect(today.openIncidents[0].acknowledgedAt).toBe('2025-06-10T11:00:00.000Z');

    await firm.incidentSteps(toVerify, ['verify'], at(DAY, '09:00:00'));
    const after = await firm.today(`date=${DAY}`);
    expect(after.openIncidents.map((i: { id: string }) => i.id)).toEqual([acknowledged, explained, fresh]);
    expect(after.totals.openIncidents).toBe(3);
  });
});

describe('today: open loops', () => {
  it('lists conversations of the last 30 days without a close-out, newest first, until one is closed out', async () => {
    const firm = await newFirm();
    const maya = await firm.person('Maya Okafor');
    const ben = await firm.person('Ben Adeyemi');
    const recent = await firm.conversation([maya, ben], at('2025-06-14'), { summary: 'Close timetable' });
    const oldestIn = await firm.conversation([maya], at('2025-05-16', '00:00:00'));
    await firm.conversation([maya], at('2025-05-15', '23:59:59'));
    await firm.conversation([maya], at('2025-06-16', '00:00:00'));
    const sameDay = await firm.conversation([ben], at(DAY, '23:00:00'));

    const today = await firm.today(`date=${DAY}`);
    expect(today.openLoops.map((l: { conversationId: string }) => l.conversationId)).toEqual([sameDay, recent, oldestIn]);
    expect(today.openLoops[1]).toEqual({
      conversationId: recent,
      occurredAt: '2025-06-14T10:00:00.000Z',
      channel: 'call',
      summary: 'Close timetable',
      people: [
        { id: ben, fullName: 'Ben Adeyemi' },
        { id: maya, fullName: 'Maya Okafor' },
      ],
    });

    await firm.closeOut(recent);
    const after = await firm.today(`date=${DAY}`);
    expect(after.openLoops.map((l: { conversationId: string }) => l.conversationId)).toEqual([sameDay, oldestIn]);
    expect(after.totals.openLoops).toBe(2);
  });

  it('shows only conversations the member took part in by default', async () => {
    const firm = await newFirm();
    const colleague = await firm.colleague();
    const maya = await firm.person('Maya Okafor');
    const mine = await firm.conversation([maya], at('2025-06-10'));
    const theirs = await firm.conversation([maya], at('2025-06-11'), { memberIds: [colleague] });
    expect((await firm.today(`date=${DAY}`)).openLoops.map((l: { conversationId: string }) => l.conversationId)).toEqual([mine]);
    expect((await firm.today(`date=${DAY}&scope=firm`)).openLoops.map((l: { conversationId: string }) => l.conversationId)).toEqual([theirs, mine]);
  });

  it("follows a conversation's new time: moved into the window it joins the member's open loops, moved out it leaves", async () => {
    const firm = await newFirm();
    const maya = await firm.person('Maya Okafor');
    const moved = await firm.conversation([maya], at('2025-03-10'));
    const loops = async () => (await firm.today(`date=${DAY}`)).openLoops.map((l: { conversationId: string }) => l.conversationId);
    const move = async (occurredAt: string) => {
      const version = (await firm.client.get(`/api/v1/conversations/${moved}`)).json().version;
      expect((await firm.client.patch(`/api/v1/conversations/${moved}`, { version, occurredAt })).statusCode).toBe(200);
    };
    expect(await loops()).toEqual([]);
    await move(at('2025-06-12'));
    expect(await loops()).toEqual([moved]);
    await move(at('2025-04-01'));
    expect(await loops()).toEqual([]);
  });
});

describe('today: losing touch', () => {
  it('lists people with no conversation within their cadence, longest overdue first; a conversation brings them back', async () => {
    const firm = await newFirm();
    const onTheDay = await firm.person('Ada On Time', { stayInTouchDays: 30, createdOn: '2025-01-01' });
    await firm.conversation([onTheDay], at('2025-05-16', '08:00:00'));
    const oneLate = await firm.person('Bea One Late', { stayInTouchDays: 30, createdOn: '2025-01-01' });
    await firm.conversation([oneLate], at('2025-05-15', '23:00:00'));
    await firm.conversation([oneLate], at('2025-06-20')); // after the day: has not happened yet
    const never = await firm.person('Cal Never', { stayInTouchDays: 14, createdOn: '2025-05-01' });
    const newish = await firm.person('Dee New', { stayInTouchDays: 14, createdOn: '2025-06-10' });
    await firm.person('Eve No Cadence', { createdOn: '2024-01-01' });

    const today = await firm.today(`date=${DAY}`);
    expect(today.losingTouch).toEqual([
      { person: { id: never, fullName: 'Cal Never' }, everyDays: 14, lastConversationAt: null, daysSinceLastConversation: null, overdueDays: 31 },
      {
        person: { id: oneLate, fullName: 'Bea One Late' },
        everyDays: 30,
        lastConversationAt: '2025-05-15T23:00:00.000Z',
        daysSinceLastConversation: 31,
        overdueDays: 1,
      },
    ]);
    expect(today.totals.losingTouch).toBe(2);
    expect(today.losingTouch.map((l: { person: { id: string } }) => l.person.id)).not.toContain(newish);

    // The next day Ada is a day late too; a conversation with Cal takes him off.
    await firm.conversation([never], at(DAY, '09:00:00'));
    const tomorrow = await firm.today('date=2025-06-16');
    expect(tomorrow.losingTouch.map((l: { person: { fullName: string } }) => l.person.fullName)).toEqual(['Bea One Late', 'Ada On Time']);
  });

  it('is firm-wide whatever the scope', async () => {
    const firm = await newFirm();
    const colleague = await firm.colleague();
    const person = await firm.person('Gus Quiet', { stayInTouchDays: 7, createdOn: '2025-01-01' });
    await firm.conversation([person], at('2025-05-01'), { memberIds: [colleague] });
    expect((await firm.today(`date=${DAY}&scope=mine`)).losingTouch).toHaveLength(1);
  });
});

describe('today: journeys at risk', () => {
  it('lists open needs with an open step past the client’s date, most overdue first, with the evidence', async () => {
    const firm = await newFirm();
    const org = await firm.organization('Greenfield Vets');
    const atRisk = await firm.need(
      'Payroll before the third clinic',
      [
        { title: 'Partners agree the problem', targetOn: '2025-06-01', status: 'done', completedOn: '2025-06-01' },
        { title: 'Share payroll exports', targetOn: '2025-06-14', status: 'in_progress' },
        { title: 'Board decides', targetOn: '2025-06-30' },
      ],
      { organizationId: org },
    );
    const stalled = await firm.need('Month-end close', [
      { title: 'Budget approved', targetOn: '2025-06-09' },
      { title: 'Ledger access', targetOn: '2025-06-08', status: 'skipped' },
      { title: 'Team discusses', targetOn: '2025-06-08' },
    ]);
    await firm.need('On track', [{ title: 'Due on the day', targetOn: DAY }, { title: 'No date' }]);
    const closed = await firm.need('Closed', [{ title: 'Long past', targetOn: '2025-01-01' }]);
    await firm.post(`/api/v1/needs/${closed.id}/outcome`, { outcome: 'deferred', reason: 'Next year' }, 200);

    const today = await firm.today(`date=${DAY}`);
    expect(today.journeysAtRisk).toEqual([
      {
        needId: stalled.id,
        title: 'Month-end close',
        health: 'stalled',
        step: { id: stalled.stepIds[2], title: 'Team discusses', targetOn: '2025-06-08' },
        daysOverdue: 7,
        organization: null,
      },
      {
        needId: atRisk.id,
        title: 'Payroll before the third clinic',
        health: 'at_risk',
        step: { id: atRisk.stepIds[1], title: 'Share payroll exports', targetOn: '2025-06-14' },
        daysOverdue: 1,
        organization: { id: org, name: 'Greenfield Vets' },
      },
    ]);
    expect(today.totals.journeysAtRisk).toBe(2);
    // Six days past is still at risk, the day before it stalls.
    expect((await firm.today('date=2025-06-20')).journeysAtRisk[1]).toMatchObject({ needId: atRisk.id, health: 'at_risk', daysOverdue: 6 });
    expect((await firm.today('date=2025-06-21')).journeysAtRisk[1]).toMatchObject({ needId: atRisk.id, health: 'stalled', daysOverdue: 7 });
  });

  it('drops a need once its outcome is recorded', async () => {
    const firm = await newFirm();
    const { id } = await firm.need('Forecasting', [{ title: 'Send the data', targetOn: '2025-06-10' }]);
    expect((await firm.today(`date=${DAY}`)).totals.journeysAtRisk).toBe(1);
    await firm.post(`/api/v1/needs/${id}/outcome`, { outcome: 'engaged', reason: 'They asked us to start' }, 200);
    const after = await firm.today(`date=${DAY}`);
    expect(after.journeysAtRisk).toEqual([]);
    expect(after.totals.journeysAtRisk).toBe(0);
  });
});
