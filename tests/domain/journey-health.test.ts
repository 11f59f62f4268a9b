/** Journey health from the client's own dates: the boundaries of at risk (1–6 days) and stalled (7+). */
import { describe, expect, it } from 'vitest';
import { daysOverdueOf, journeyHealthOf, type HealthStep } from '../../src/domain/needs/journey-health.ts';

const today = '2026-03-10';
const step = (id: string, targetOn: string | null, status: HealthStep['status'] = 'planned'): HealthStep => ({ id, title: `Step ${id}`, status, targetOn });

describe('journeyHealthOf', () => {
  it('is on track with no steps, no dates, or dates not yet passed', () => {
    expect(journeyHealthOf([], today)).toEqual({ health: 'on_track', detail: null });
    expect(journeyHealthOf([step('a', null), step('b', null, 'in_progress')], today)).toEqual({ health: 'on_track', detail: null });
    expect(journeyHealthOf([step('a', '2026-03-11'), step('b', '2026-04-01')], today)).toEqual({ health: 'on_track', detail: null });
  });

  it('is on track on the step’s own date (0 days past)', () => {
    expect(journeyHealthOf([step('a', '2026-03-10')], today).health).toBe('on_track');
  });

  it('is at risk from 1 to 6 days past, with the step as evidence', () => {
    expect(journeyHealthOf([step('a', '2026-03-09')], today)).toEqual({
      health: 'at_risk',
      detail: { stepId: 'a', title: 'Step a', targetOn: '2026-03-09', daysOverdue: 1 },
    });
    expect(journeyHealthOf([step('a', '2026-03-04', 'in_progress')], today)).toEqual({
      health: 'at_risk',
      detail: { stepId: 'a', title: 'Step a', targetOn: '2026-03-04', daysOverdue: 6 },
    });
  });

  it('is stalled from 7 days past', () => {
    expect(journeyHealthOf([step('a', '2026-03-03')], today)).toEqual({
      health: 'stalled',
      detail: { stepId: 'a', title: 'Step a', targetOn: '2026-03-03', daysOverdue: 7 },
    });
  });

  it('ignores done and skipped steps, however late their dates', () => {
    expect(journeyHealthOf([step('a', '2026-01-01', 'done'), step('b', '2026-01-02', 'skipped')], today)).toEqual({ health: 'on_track', detail: null });
  });

  it('takes the most overdue open step as the evidence, the earlier in order on a tie', () => {
    const steps = [step('a', '2026-03-08'), step('b', '2026-02-20', 'done'), step('c', '2026-03-01'), step('d', '2026-03-01'), step('e', '2026-03-20')];
    expect(journeyHealthOf(steps, today)).toEqual({
      health: 'stalled',
      detail: { stepId: 'c', title: 'Step c', targetOn: '2026-03-01', daysOverdue: 9 },
    });
  });

  it('counts across month and year ends in whole days', () => {
    expect(journeyHealthOf([step('a', '2025-12-31')], '2026-01-06').health).toBe('at_risk');
    expect(journeyHealthOf([step('a', '2024-02-28')], '2024-03-06').health).toBe('stalled');
  });
});

describe('daysOverdueOf', () => {
  it('is the days past the date for an open step, null otherwise', () => {
    expect(daysOverdueOf(step('a', '2026-03-07'), today)).toBe(3);
    expect(daysOverdueOf(step('a', '2026-03-10'), today)).toBeNull();
    expect(daysOverdueOf(step('a', '2026-03-07', 'done'), today)).toBeNull();
    expect(daysOverdueOf(step('a', null), today)).toBeNull();
  });
});
