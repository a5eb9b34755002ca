import { expect, it } from 'vitest';
import { csvMoney, csvText } from '../../../shared/domain/csv';
import { toCsv } from '../../../renderer/src/features/reports/csv';

// Issue 18.6: the reports' CSV downloads go through the one CSV writer the accountant's package
// uses — a customer's name is never a live formula, a real negative amount stays a number.

const HYPERLINK = '=HYPERLINK("http://x","y")';
const CALC = "-2+3+cmd|' /C calc'!A0";

it('writes names that start like a formula with an apostrophe, and negative money as a number', () => {
  const text = toCsv({
    header: ['Customer', 'Profit'],
    rows: [
      [HYPERLINK, csvMoney(-150, 'RUB')],
      [CALC, csvMoney(123_450, 'RUB')],
      ['@SUM(A1)', -3],
      ['\tTab', null],
      ['+7 916 555 44 33', 0],
    ],
  });
  expect(text.split('\r\n')).toEqual([
    '\uFEFFCustomer,Profit',
    `"'=HYPERLINK(""http://x"",""y"")",-1.50`,
    `'${CALC},1234.50`,
    "'@SUM(A1),-3",
    "'\tTab,",
    "'+7 916 555 44 33,0",
    '',
  ]);
});

it('the semicolon dialect puts decimal commas into number cells only', () => {
  expect(csvText([['1.5 kg; fragile', csvMoney(-5, 'RUB'), 2.5]], 'semicolon')).toBe(
    '\uFEFF"1.5 kg; fragile";-0,05;2,5\r\n',
  );
});
