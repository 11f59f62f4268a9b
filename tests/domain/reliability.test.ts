import { describe, expect, it } from 'vitest';
import { addCounts, evidenceOf, figuresOf, noCounts } from '../../src/domain/reliability/reliability-figures.ts';
import { monthsBefore, windowRange } from '../../src/domain/reliability/reliability-window.ts';

describe('reliability figures', () => {
  it('adds the four resolved standings into resolved, and leaves overdue out of it', () => {
    const f = figuresOf({ keptOnTime: 18, keptLate: 1, renegotiated: 0, broken: 1, overdue: 4 });
    expect(f).toEqual({ keptOnTime: 18, keptLate: 1, renegotiated: 0, broken: 1, overdue: 4, resolved: 20, keptOnTimeRate: 0.9, keptFaithRate: 0.9 });
  });

  it('counts renegotiated ones as faith kept but not as kept on time', () => {
    const f = figuresOf({ keptOnTime: 2, keptLate: 1, renegotiated: 1, broken: 0, overdue: 0 });
    expect(f.keptOnTimeRate).toBe(0.5);
    expect(f.keptFaithRate).toBe(0.75);
  });

  it('gives no rate when nothing was resolved, rather than 0% or 100%', () => {
    expect(figuresOf({ ...noCounts, overdue: 3 })).toMatchObject({ resolved: 0, keptOnTimeRate: null, keptFaithRate: null, overdue: 3 });
  });

  it('adds counts field by field', () => {
    const a = { keptOnTime: 1, keptLate: 2, renegotiated: 3, broken: 4, overdue: 5 };
    expect(addCounts(a, a)).toEqual({ keptOnTime: 2, keptLate: 4, renegotiated: 6, broken: 8, overdue: 10 });
    expect(addCounts(noCounts, a)).toEqual(a);
  });

  it('names, for each count, the commitments query that lists its evidence', () => {
    const memberId = '3f1c2a9e-5b7d-4c1e-9a2b-1d3e5f7a9b0c';
    const evidence = evidenceOf('us', '24m', { memberId, personId: undefined });
    expect(evidence.keptLate).toEqual({ side: 'us', standing: 'kept_late', window: '24m', memberId });
    expect(evidence.resolved).toEqual({ side: 'us', window: '24m', memberId });
    expect(evidence.overdue).toEqual({ side: 'us', overdue: 'true', memberId });
    expect(Object.keys(evidence).sort()).toEqual(['broken', 'keptLate', 'keptOnTime', 'overdue', 'renegotiated', 'resolved']);
  });
});

describe('reliability window', () => {
  it('goes back whole calendar months, clamping to the end of a shorter month', () => {
    expect(monthsBefore('2026-03-10', 12)).toBe('2025-03-10');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
    expect(monthsBefore('2026-02-28', 36)).toBe('2023-02-28');
    expect(monthsBefore('2028-02-29', 12)).toBe('2027-02-28');
  });

  it('ends today and starts the same day 12, 24 or 36 months before', () => {
    expect(windowRange('12m', '2026-03-10')).toEqual({ months: 12, from: '2025-03-10', to: '2026-03-10' });
    expect(windowRange('36m', '2026-03-10')).toEqual({ months: 36, from: '2023-03-10', to: '2026-03-10' });
  });
});
