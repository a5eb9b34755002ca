import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  IMPORT_PROBLEM_CODES,
  type ImportProblem,
  type ImportRiskHit,
} from '../../../shared/contract/import';
import { problemText, riskReasons } from '../../../renderer/src/features/import/wording';
import { makeFormatters } from '../../../renderer/src/lib/format';
import { en } from '../../../renderer/src/locales/en';
import { ru } from '../../../renderer/src/locales/ru';

// An import's skipped and flagged rows are worded in the reader's language from codes and facts:
// a problem from its code, field and value; a flag from the rule and its facts, as the customer card
// words it — never from main's English sentence.

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

async function tIn(language: 'en' | 'ru') {
  const i18n = createInstance();
  await i18n.init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

async function wordsIn(language: 'en' | 'ru') {
  return riskReasons(hit, await tIn(language), makeFormatters(language, 'RUB', 'Europe/Moscow'));
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

describe('the reason a row is skipped', () => {
  const problem = (
    code: ImportProblem['code'],
    field: ImportProblem['field'] = 'unitPrice',
  ): ImportProblem => ({
    line: 12,
    column: 7,
    field,
    value: '1,234',
    code,
    message: 'Main’s English sentence.',
  });

  it('has its own words for every code, in both languages, never main’s sentence', async () => {
    const en = await tIn('en');
    const ru = await tIn('ru');
    // `invalid` alone carries the shared schema's own message (translated as the form's are).
    for (const code of IMPORT_PROBLEM_CODES.filter((c) => c !== 'invalid')) {
      const english = problemText(problem(code), en, 'en', 'dmy');
      const russian = problemText(problem(code), ru, 'ru', 'dmy');
      for (const text of [english, russian]) {
        expect(text, code).not.toMatch(/import\.problems|Main’s English/);
        expect(text.length, code).toBeGreaterThan(5);
      }
      expect(russian, code).not.toBe(english);
      expect(russian, code).toMatch(/[а-яё]/i);
    }
    expect(problemText(problem('invalid'), ru, 'ru', 'dmy')).toBe('Цена за штуку: Main’s English sentence.');
  });

  it('says what is missing by the field that is empty', async () => {
    const ru = await tIn('ru');
    expect(problemText(problem('missing', 'number'), ru, 'ru', 'dmy')).toBe('Нет номера заказа');
    expect(problemText(problem('missing', 'unitPrice'), ru, 'ru', 'dmy')).toBe('В строке нет цены');
    expect(problemText(problem('missing', 'customerPhone'), ru, 'ru', 'dmy')).toMatch(
      /^Нет телефона или e-mail/,
    );
    expect(problemText(problem('missing', 'address'), ru, 'ru', 'dmy')).toBe('Поле «Адрес» пустое');
    expect(problemText(problem('ambiguous_amount'), ru, 'ru', 'dmy')).toMatch(
      /^«1,234» можно прочитать двумя/,
    );
  });
});
