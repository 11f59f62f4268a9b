/** The stay-in-touch rule on explicit calendar days: the boundary day, no conversation yet, long cadences. */
import { describe, expect, it } from 'vitest';
import { cadenceStanding } from '../../src/domain/today/losing-touch.ts';

describe('losing touch', () => {
  const monthly = { everyDays: 30, cadenceSince: '2025-01-01' };

  it('is in touch up to and including the last conversation day plus the cadence', () => {
    expect(cadenceStanding({ ...monthly, lastConversationDay: '2025-05-16' }, '2025-06-15')).toEqual({
      dueOn: '2025-06-15',
      losingTouch: false,
      overdueDays: 0,
      daysSinceLastConversation: 30,
    });
  });

  it('is losing touch from the day after', () => {
    expect(cadenceStanding({ ...monthly, lastConversationDay: '2025-05-16' }, '2025-06-16')).toEqual({
      dueOn: '2025-06-15',
      losingTouch: true,
      overdueDays: 1,
      daysSinceLastConversation: 31,
    });
  });

  it('counts from the day the cadence was set (the person’s creation) when there was no conversation', () => {
    const fortnightly = { everyDays: 14, cadenceSince: '2025-06-01', lastConversationDay: null };
    expect(cadenceStanding(fortnightly, '2025-06-15')).toEqual({ dueOn: '2025-06-15', losingTouch: false, overdueDays: 0, daysSinceLastConversation: null });
    expect(cadenceStanding(fortnightly, '2025-06-25')).toMatchObject({ losingTouch: true, overdueDays: 10, daysSinceLastConversation: null });
  });

  it('ignores the creation day once there has been a conversation', () => {
    expect(cadenceStanding({ everyDays: 7, cadenceSince: '2025-06-14', lastConversationDay: '2025-05-01' }, '2025-06-15')).toMatchObject({
      dueOn: '2025-05-08',
      losingTouch: true,
      overdueDays: 38,
    });
  });

  it('counts calendar days across month ends, leap days and years', () => {
    expect(cadenceStanding({ everyDays: 1, cadenceSince: '2020-01-01', lastConversationDay: '2024-02-28' }, '2024-02-29').losingTouch).toBe(false);
    expect(cadenceStanding({ everyDays: 1, cadenceSince: '2020-01-01', lastConversationDay: '2024-02-28' }, '2024-03-01')).toMatchObject({
      dueOn: '2024-02-29',
      overdueDays: 1,
    });
    expect(cadenceStanding({ everyDays: 365, cadenceSince: '2020-01-01', lastConversationDay: '2024-12-31' }, '2025-12-31')).toMatchObject({
      dueOn: '2025-12-31',
      losingTouch: false,
    });
    expect(cadenceStanding({ everyDays: 3650, cadenceSince: '2020-01-01', lastConversationDay: '2015-01-01' }, '2025-06-15')).toMatchObject({
      dueOn: '2024-12-29',
      losingTouch: true,
      overdueDays: 168,
    });
  });

  it('is in touch on the day of a conversation', () => {
    expect(cadenceStanding({ ...monthly, lastConversationDay: '2025-06-15' }, '2025-06-15')).toMatchObject({ losingTouch: false, daysSinceLastConversation: 0 });
  });
});
