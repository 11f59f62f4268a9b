import { describe, expect, it } from 'vitest';
import { standingOf, type StandingFacts } from '../../src/domain/commitments/commitment-standing.ts';

const today = '2026-03-10';
const open = (dueOn: string): StandingFacts => ({ status: 'open', dueOn, keptOn: null, renegotiationCount: 0 });
const kept = (dueOn: string, keptOn: string, renegotiationCount = 0): StandingFacts => ({ status: 'kept', dueOn, keptOn, renegotiationCount });

describe('standingOf', () => {
  it('counts a commitment kept on or before its date, never moved, as kept on time', () => {
    expect(standingOf(kept('2026-03-10', '2026-03-10'), today)).toBe('kept_on_time');
    expect(standingOf(kept('2026-03-10', '2026-02-01'), today)).toBe('kept_on_time');
  });

  it('counts one kept a day after the date in force as kept late, renegotiated or not', () => {
    expect(standingOf(kept('2026-03-09', '2026-03-10'), today)).toBe('kept_late');
    expect(standingOf(kept('2026-03-09', '2026-03-10', 2), today)).toBe('kept_late');
  });

  it('counts one kept by its renegotiated date as renegotiated: faith kept', () => {
    expect(standingOf(kept('2026-03-20', '2026-03-20', 1), today)).toBe('renegotiated');
    expect(standingOf(kept('2026-03-20', '2026-03-01', 3), today)).toBe('renegotiated');
  });

  it('counts a broken one as broken, whatever its dates', () => {
    expect(standingOf({ status: 'broken', dueOn: '2026-04-01', keptOn: null, renegotiationCount: 1 }, today)).toBe('broken');
  });

  it('calls an open one overdue from the day after its date, open until then', () => {
    expect(standingOf(open('2026-03-09'), today)).toBe('overdue');
    expect(standingOf(open('2026-03-10'), today)).toBe('open');
    expect(standingOf(open('2026-03-11'), today)).toBe('open');
    expect(standingOf(open('2025-12-31'), '2026-01-01')).toBe('overdue');
  });
});
