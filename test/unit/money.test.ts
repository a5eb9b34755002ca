import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney, parseMoney } from '../../shared/domain/money';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money in minor units', () => {
  it('knows each currency’s fraction digits', () => {
    expect(currencyDigits('RUB')).toBe(2);
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
  });

  it('formats kopecks and cents in the shop’s locale', () => {
    expect(nbsp(formatMoney(9_099_000, 'RUB', 'ru'))).toBe('90 990 ₽');
    expect(nbsp(formatMoney(99_000, 'RUB', 'ru'))).toBe('990 ₽');
    expect(nbsp(formatMoney(123_456, 'RUB', 'ru'))).toBe('1 234,56 ₽');
    expect(formatMoney(5_005, 'USD', 'en')).toBe('$50.05');
    expect(formatMoney(-250, 'USD', 'en')).toBe('-$2.50');
    expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
  });

  it('parses what people type without floats', () => {
    expect(parseMoney('1 234,50', 'RUB')).toBe(123_450);
    expect(parseMoney('990', 'RUB')).toBe(99_000);
    expect(parseMoney('0.1', 'USD')).toBe(10);
    expect(parseMoney('19.99', 'USD')).toBe(1_999);
    expect(parseMoney('12.345', 'USD')).toBeNull();
    expect(parseMoney('abc', 'RUB')).toBeNull();
    expect(parseMoney('', 'RUB')).toBeNull();
  });

  it('round-trips every amount through format and parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (minor) => {
        const text = formatMoney(minor, 'RUB', 'ru').replace(/[^\d,]/g, '');
        expect(parseMoney(text, 'RUB')).toBe(minor);
      }),
    );
  });
});
