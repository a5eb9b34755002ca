import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { actionName, changeSummary } from '../../../renderer/src/features/backup/audit-text';
import type { AuditRow } from '../../../renderer/src/features/backup/use-audit-pages';
import { makeFormatters } from '../../../renderer/src/lib/format';
import { en } from '../../../renderer/src/locales/en';
import { ru } from '../../../renderer/src/locales/ru';

// Issue 16, point 5: the audit log spoke code — "kind: reshipment_goods; amount: 240000" for a
// RUB 2,400 cost line, English field names in the Russian UI.

async function wordsIn(language: 'en' | 'ru') {
  const i18n = createInstance();
  await i18n.init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  return { t: i18n.t, format: makeFormatters(language, 'RUB', 'Europe/Moscow') };
}

const row = (over: Partial<AuditRow>): AuditRow => ({
  id: 1,
  at: 0,
  by: 'Olga',
  action: 'update',
  entity: 'order',
  entityId: 7,
  before: null,
  after: null,
  note: '',
  ...over,
});

const costLine = row({
  action: 'cost',
  entity: 'incident',
  after: { kind: 'reshipment_goods', amount: 240_000 },
});
const orderEdit = row({
  before: { paymentMethod: 'cash_on_delivery', deliveryFee: 30_000 },
  after: { paymentMethod: 'card_online', deliveryFee: 0 },
});

describe('an audit entry in words', () => {
  it('names codes and formats money in English', async () => {
    const { t, format } = await wordsIn('en');
    const cost = changeSummary(costLine, t, format);
    expect(cost).toMatch(/^Kind: Goods reshipped; Amount: RUB\s2,400$/);
    expect(cost).not.toContain('reshipment_goods');
    expect(changeSummary(orderEdit, t, format)).toMatch(
      /^Payment method: Cash on delivery → Card online; Delivery fee: RUB\s300 → RUB\s0$/,
    );
  });

  it('is Russian in Russian, failed sign-ins included', async () => {
    const { t, format } = await wordsIn('ru');
    const cost = changeSummary(costLine, t, format);
    expect(cost).toMatch(/^Вид: .+; Сумма: 2\s400\s₽$/);
    expect(changeSummary(orderEdit, t, format)).toContain('Способ оплаты: Наличные курьеру → Карта онлайн');
    expect(actionName('locked_out', t)).toBe('Вход заблокирован после неверных PIN');
  });
});
