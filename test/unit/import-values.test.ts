import { suggestMapping } from '../../electron/core/import/aliases';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, detectDelimiter, detectEncoding, splitUnquoted } from '../../electron/core/import/parse-csv';
import { parseAmount, parseDay, parseQuantity, parseWindow } from '../../electron/core/import/values';

// Cell text → ShopDesk values for the import (issue 8): what shops' files really contain, and a
// refusal with a reason where a value can be read two ways.

const value = <T>(r: { ok: true; value: T } | { ok: false; code: string }) => (r.ok ? r.value : r.code);

describe('amounts', () => {
  it.each([
    ['1234', 123_400],
    ['1 234,50', 123_450],
    ['1234.5', 123_450],
    ['1 234 ₽', 123_400],
    ['1234 руб.', 123_400],
    ['1,234.50', 123_450],
    ['1.234,50', 123_450],
    ['1,234,567', 123_456_700],
    ['0', 0],
    ['$12.99', 1_299],
    ['990,00 р.', 99_000],
  ])('%s → %i kopecks', (text, minor) => {
    expect(value(parseAmount(text, 'RUB', 2))).toBe(minor);
  });

  it.each([
    ['-500', 'negative_amount'],
    ['(300)', 'negative_amount'],
    ['−12,5', 'negative_amount'],
    ['1,234', 'ambiguous_amount'],
    ['1.234', 'ambiguous_amount'],
    ['12.345', 'ambiguous_amount'],
    ['1.2.3', 'bad_amount'],
    ['abc', 'bad_amount'],
    ['1,23.45', 'bad_amount'],
    ['99999999999999999', 'amount_out_of_range'],
  ])('%s is refused (%s)', (text, code) => {
    expect(value(parseAmount(text, 'RUB', 2))).toBe(code);
  });

  it('takes three decimals where the currency has them, and none where it has none', () => {
    expect(value(parseAmount('1.234', 'KWD', 3))).toBe(1_234);
    expect(value(parseAmount('1500', 'JPY', 0))).toBe(1_500);
    expect(value(parseAmount('1500.5', 'JPY', 0))).toBe('amount_out_of_range');
  });
});

describe('days', () => {
  it.each([
    ['2026-11-23', 'dmy', '2026-11-23'],
    ['2026-11-23T10:15:00Z', 'dmy', '2026-11-23'],
    ['2026-11-23 10:15', 'dmy', '2026-11-23'],
    ['23.11.2026', 'dmy', '2026-11-23'],
    ['3.4.2026', 'dmy', '2026-04-03'],
    ['03/04/2026', 'dmy', '2026-04-03'],
    ['03/04/2026', 'mdy', '2026-03-04'],
    ['23.11.26', 'dmy', '2026-11-23'],
    ['23.11.2026 14:05', 'dmy', '2026-11-23'],
    ['46349', 'dmy', '2026-11-23'],
    ['46349.5', 'dmy', '2026-11-23'],
  ] as const)('%s (%s) → %s', (text, order, day) => {
    expect(value(parseDay(text, order))).toBe(day);
  });

  it.each(['31.02.2026', '2026-13-01', '23/11/2026 as mdy', 'вчера', '123', '2026-11'])(
    '%s is refused',
    (text) => {
      expect(value(parseDay(text, 'mdy'))).toBe('bad_date');
    },
  );
});

describe('quantities and windows', () => {
  it('reads whole pieces', () => {
    expect(['2', '2,0', '3 шт.', '1 pcs'].map((t) => value(parseQuantity(t)))).toEqual([2, 2, 3, 1]);
    expect(['0', '1.5', '-1', 'две'].map((t) => value(parseQuantity(t)))).toEqual([
      'quantity_out_of_range',
      'bad_quantity',
      'bad_quantity',
      'bad_quantity',
    ]);
  });

  it('reads delivery windows', () => {
    expect(['11:00-14:00', '11–14', 'с 11 до 14', '9.30 - 12.00'].map((t) => value(parseWindow(t)))).toEqual([
      { from: '11:00', to: '14:00' },
      { from: '11:00', to: '14:00' },
      { from: '11:00', to: '14:00' },
      { from: '09:30', to: '12:00' },
    ]);
    expect(['14-11', '25:00-26:00', 'утром'].map((t) => value(parseWindow(t)))).toEqual([
      'window_reversed',
      'bad_window',
      'bad_window',
    ]);
  });
});

describe('CSV reading', () => {
  it('finds the encoding: a BOM, valid UTF-8, otherwise Windows-1251', () => {
    const text = 'Номер;Клиент\r\n1;Пётр\r\n';
    expect(detectEncoding(Buffer.from(text))).toBe('utf-8');
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe('utf-8');
    const cp1251 = iconv.encode(text, 'win1251');
    expect(detectEncoding(cp1251)).toBe('windows-1251');
    expect(decode(cp1251, 'windows-1251')).toBe(text);
    expect(detectEncoding(Buffer.from(`\ufeff${text}`, 'utf16le'))).toBe('utf-16le');
  });

  it('finds the delimiter that splits the lines evenly', () => {
    expect(detectDelimiter('a;b;c\n1;2,5;3\n4;5;6\n')).toBe(';');
    expect(detectDelimiter('a,b\n"x;y",2\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('a|b\n1|2\n')).toBe('|');
  });

  it('splits a file without quotes exactly as csv-parse reads it', () => {
    const cell = fc.stringMatching(/^[^"\r\n;]{0,6}$/);
    const newline = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        newline,
        fc.boolean(),
        (rows, nl, trailing) => {
          const text = rows.map((r) => r.join(';')).join(nl) + (trailing ? nl : '');
          const expected = parse(text, {
            delimiter: ';',
            relax_column_count: true,
            relax_quotes: true,
            skip_empty_lines: false,
          });
          expect(splitUnquoted(text, ';')).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
    expect(splitUnquoted('a;"b";c', ';')).toBeNull();
  });
});

describe('suggested mapping', () => {
  const headers = ['Номер заказа', 'Доставка', 'Оплата'];
  it('takes a "Доставка" column of amounts for the delivery fee', () => {
    const mapping = suggestMapping(headers, 'orders', [['1001'], ['300', '1 250,00 ₽'], ['Карта']]);
    expect(mapping).toEqual({ number: 0, deliveryFee: 1, paymentMethod: 2 });
  });
  it('takes a "Доставка" column of words for the delivery method', () => {
    const mapping = suggestMapping(headers, 'orders', [['1001'], ['Свой курьер', '300'], ['Карта']]);
    expect(mapping).toEqual({ number: 0, deliveryMethod: 1, paymentMethod: 2 });
  });
  it('reads English headers the same way', () => {
    expect(suggestMapping(['Shipping'], 'orders', [['$5.00']])).toEqual({ deliveryFee: 0 });
    expect(suggestMapping(['Shipping'], 'orders', [['Courier']])).toEqual({ deliveryMethod: 0 });
  });
});
