import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ImportRiskHit } from '../../../shared/contract/import';
import { riskReasons } from '../../../renderer/src/features/import/wording';
import { makeFormatters } from '../../../renderer/src/lib/format';
import { en } from '../../../renderer/src/locales/en';
import { ru } from '../../../renderer/src/locales/ru';

// A flagged import row is worded in the reader's language from the rule and its facts, as the
// customer card words it — never main's English sentence.

const hit: ImportRiskHit = {
  line: 7,
  orderNumber: 'SD-7',
  customer: { id: null, name: 'Аркадий', phone: '+79267778899' },
  verdict: 'blocked',
  signals: [
    { rule: 'blocklist', level: 'block', message: 'Blocked: phone', facts: {} },
    {
      rule: 'cod_new_customer',
      level: 'verify',
      message: 'Cash on delivery of 15,000.00 from a new customer',
      facts: { total: 1_500_000, limit: 1_000_000, deliveredOrders: 0 },
    },
  ],
  blocklist: [
    {
      entryId: 1,
      kind: 'phone',
      action: 'block',
      effective: 'block',
      match: 'exact',
      entryValue: '+79267778899',
      matchedValue: '+79267778899',
      reason: 'Мошенничество с наложенным платежом',
      createdBy: 'Ольга',
      createdAt: 0,
      expiresAt: null,
      exception: null,
    },
  ],
  orderId: null,
  outcome: 'refused',
};

async function wordsIn(language: 'en' | 'ru') {
  const i18n = createInstance();
  await i18n.init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  const text = riskReasons(hit, i18n.t, makeFormatters(language, 'RUB', 'Europe/Moscow'));
  return text;
}

describe('the reasons of a flagged import row', () => {
  it('are Russian in Russian: the blocklist entry with its reason, and the rule with its numbers', async () => {
    const text = await wordsIn('ru');
    expect(text).toContain('Мошенничество с наложенным платежом');
    expect(text).toMatch(/^Телефон, точное совпадение/);
    expect(text).toContain('Наличные курьеру');
    expect(text).toMatch(/15\s000/);
    expect(text).not.toMatch(/Cash on delivery|Blocked/);
  });

  it('are English in English', async () => {
    const text = await wordsIn('en');
    expect(text).toContain('Мошенничество с наложенным платежом');
    expect(text).toMatch(/^Phone, exact match/);
    expect(text).toMatch(/15,000/);
  });
});
