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
