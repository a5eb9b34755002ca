import { describe, expect, it } from 'vitest';
import { isIsoDate, localDate } from '../../shared/domain/dates';
import { DEFAULT_SETTINGS, settingsPatchSchema, settingsSchema } from '../../shared/domain/settings';

describe('dates', () => {
  it('accepts only real calendar days', () => {
    expect(isIsoDate('2026-11-23')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('23.11.2026')).toBe(false);
  });

  it('gives the shop’s calendar day for an instant', () => {
    const lateEveningUtc = Date.UTC(2026, 10, 23, 22, 30);
    expect(localDate(lateEveningUtc, 'Europe/Moscow')).toBe('2026-11-24');
    expect(localDate(lateEveningUtc, 'America/New_York')).toBe('2026-11-23');
  });
});

describe('settings schema', () => {
  it('accepts the defaults', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses unknown keys in a patch (typos must not pass silently)', () => {
    expect(settingsPatchSchema.safeParse({ shopname: 'x' }).success).toBe(false);
  });
});

describe('local days and times', () => {
  it('finds when a day starts in the shop’s zone', async () => {
    const { startOfLocalDay, localTime, addDays } = await import('../../shared/domain/dates');
    expect(new Date(startOfLocalDay('2026-11-23', 'Europe/Moscow')).toISOString()).toBe(
      '2026-11-22T21:00:00.000Z',
    );
    // New York on the day summer time ends (clocks go back at 02:00).
    expect(new Date(startOfLocalDay('2026-11-01', 'America/New_York')).toISOString()).toBe(
      '2026-11-01T04:00:00.000Z',
    );
    expect(localTime(Date.UTC(2026, 10, 23, 19, 5), 'Europe/Moscow')).toBe('22:05');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
