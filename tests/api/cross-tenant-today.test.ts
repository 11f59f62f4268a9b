/**
 * Firm B's Today never shows firm A's follow-ups, commitments, incidents, open loops, journeys or people
 * losing touch — in either scope, in the lists or in the totals — while firm A sees all of them. Today
 * takes no ids; the person's stay-in-touch line is covered by the people routes' own 404s.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpTestApp } from '../support/test-app.ts';
import { TodayFirm } from './today-seed.ts';

const DAY = '2025-06-15';
let a: TodayFirm;
let b: TodayFirm;
const noneOf = { followUpsDue: 0, commitmentsDue: 0, openIncidents: 0, openLoops: 0, losingTouch: 0, journeysAtRisk: 0 };

beforeAll(async () => {
  const { app, db } = await setUpTestApp({ clock: () => new Date(`${DAY}T12:00:00Z`) });
  a = await TodayFirm.create(app, db);
  b = await TodayFirm.create(app, db);
  // Firm A has one item in every list.
  const person = await a.person('Zebra Secret Client', { stayInTouchDays: 7, createdOn: '2025-01-01' });
  const conversation = await a.conversation([person], `${DAY}T09:00:00Z`);
  await a.person('Zebra Quiet Client', { stayInTouchDays: 7, createdOn: '2025-01-01' });
  await a.followUp({ dueOn: DAY, personId: person, conversationId: conversation });
  await a.commitment({ dueOn: DAY, personId: person });
  await a.incident({ title: 'Zebra incident', reportedAt: `${DAY}T08:00:00Z`, personId: person });
  await a.need('Zebra need', [{ title: 'Zebra step', targetOn: '2025-06-01' }]);
  // Firm B has a person of its own, in touch, so its Today is not trivially empty for want of data.
  const bPerson = await b.person('B Person', { stayInTouchDays: 30 });
  await b.closeOut(await b.conversation([bPerson], `${DAY}T10:00:00Z`));
});

describe('cross-tenant isolation: today', () => {
  it("shows none of another firm's items, in either scope", async () => {
    for (const scope of ['mine', 'firm']) {
      const today = await b.today(`date=${DAY}&scope=${scope}`);
      expect(today.totals, scope).toEqual(noneOf);
      expect(JSON.stringify(today), scope).not.toContain('Zebra');
    }
  });

  it('shows firm A its own items', async () => {
    const today = await a.today(`date=${DAY}&scope=firm`);
    expect(today.totals).toEqual({ followUpsDue: 1, commitmentsDue: 1, openIncidents: 1, openLoops: 1, losingTouch: 1, journeysAtRisk: 1 });
  });
});
