import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { makeCore, setupOwner, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t?.close());

describe('settings', () => {
  it('start from the defaults: windows 11–14, 14–17, 17–20, 20–22', async () => {
    t = makeCore();
    await setupOwner(t);
    const settings = await t.ok('settings.get', {});
    expect(settings.deliveryWindows.map((w) => `${w.from}-${w.to}`)).toEqual([
      '11:00-14:00',
      '14:00-17:00',
      '17:00-20:00',
      '20:00-22:00',
    ]);
    expect(settings.risk).toEqual(DEFAULT_SETTINGS.risk);
    expect(settings.timeZone).toBe('Europe/Moscow');
  });

  it('merges a partial update and keeps it after reopening', async () => {
    t = makeCore();
    await setupOwner(t);
    await t.ok('settings.update', { risk: { minBuyoutRatePercent: 70 }, timeZone: 'Asia/Yekaterinburg' });
    const dir = t.dir;
    t.core.close();
    const reopened = makeCore({ dir });
    try {
      await reopened.ok('session.signIn', { staffId: 1, pin: '2468' });
      const settings = await reopened.ok('settings.get', {});
      expect(settings.risk.minBuyoutRatePercent).toBe(70);
      expect(settings.risk.chequeClearanceDays).toBe(DEFAULT_SETTINGS.risk.chequeClearanceDays);
      expect(settings.timeZone).toBe('Asia/Yekaterinburg');
    } finally {
      reopened.close();
    }
  });

  it('refuses bad values beside the field and changes nothing', async () => {
    t = makeCore();
    await setupOwner(t);
    const cases = [
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ currency: 'RUBLES' }, 'currency'],
      [{ deliveryWindows: [{ from: '14:00', to: '11:00' }] }, 'deliveryWindows.0.to'],
      [{ risk: { codNewCustomerLimit: 10.5 } }, 'risk.codNewCustomerLimit'],
      [{ marginPercent: 140 }, 'marginPercent'],
    ] as const;
    for (const [patch, path] of cases) {
      const result = await t.call('settings.update', patch as never);
      expect(result, path).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) expect(result.error.issues?.map((i) => i.path)).toContain(path);
    }
    expect(await t.ok('settings.get', {})).toMatchObject({
      timeZone: 'Europe/Moscow',
      currency: 'RUB',
      marginPercent: 30,
    });
  });
});
