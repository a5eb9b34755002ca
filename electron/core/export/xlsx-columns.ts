import type { CellStyle, XlsxCell } from './xlsx-writer';

// What a sheet's columns need to know about their cells: how wide to draw them (Excel stores a
// width, it does not fit one on opening) and the totals under the money columns. Widths are
// measured on the rows seen before the sheet is started (a streamed sheet's <cols> come before
// its data); totals run over every row, in minor units, so they match the rows to the kopeck.

/** Characters a column may take at most: a long note wraps the eye, not the sheet. */
const MAX_WIDTH = 60;
const MIN_WIDTH = 6;
/** A date cell as 'yyyy-mm-dd'. */
const DATE_WIDTH = 10;
/** The header is bold and carries the filter's drop-down button. */
const headerWidth = (text: string) => Math.ceil(text.length * 1.1) + 3;

export interface MoneyLook {
  digits: number;
  /** What the money format shows beside the number, e.g. " RUB". */
  suffix: string;
}

/** The money format's text beside the number: "#,##0.00 [$RUB]" → " RUB". */
export const moneySuffix = (format: string): string =>
  format
    .replace(/^[#,0.]+/, '')
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1')
    .replace(/"/g, '');

export class ColumnFit {
  private readonly text: number[];
  private readonly low: number[];
  private readonly high: number[];
  /** Sums in minor units (whole numbers: exact), for the columns given totals. */
  readonly sums: number[];
  private readonly scale: number;

  constructor(
    private readonly headers: string[],
    private readonly styles: CellStyle[],
    private readonly money: MoneyLook,
    private readonly totals: readonly number[],
  ) {
    this.text = headers.map(headerWidth);
    this.low = headers.map(() => 0);
    this.high = headers.map(() => 0);
    this.sums = headers.map(() => 0);
    this.scale = 10 ** money.digits;
  }

  /** A row the widths are fitted to. */
  measure(row: readonly XlsxCell[]): void {
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value === 'string') {
        if (value.length > this.text[c]!) this.text[c] = value.length;
      } else if (typeof value === 'number') {
        if (value < this.low[c]!) this.low[c] = value;
        if (value > this.high[c]!) this.high[c] = value;
      }
    }
  }

  /** A row the totals count. */
  add(row: readonly XlsxCell[]): void {
    for (const c of this.totals) {
      const value = row[c];
      if (typeof value === 'number') this.sums[c]! += Math.round(value * this.scale);
    }
  }

  /** A total as the cell's value, in the units the rows were given in. */
  total(c: number): number {
    return this.sums[c]! / this.scale;
  }

  /**
   * Column widths in Excel's units (about one digit each). `totalsKnown` is false when the
   * sheet runs on past the rows measured: a total column then keeps room for a sum a thousand
   * times what was seen (three digits more), so the totals row never reads "####".
   */
  widths(totalsKnown: boolean): number[] {
    return this.headers.map((_, c) => {
      let width = this.text[c]!;
      const style = this.styles[c];
      if (style === 'date') width = Math.max(width, DATE_WIDTH);
      const numbers = [this.low[c]!, this.high[c]!];
      if (this.totals.includes(c)) numbers.push(this.total(c) * (totalsKnown ? 1 : 1000));
      for (const n of numbers) width = Math.max(width, this.numberWidth(n, style));
      return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
    });
  }

  private numberWidth(value: number, style: CellStyle | undefined): number {
    if (value === 0) return 1;
    if (style === 'date') return DATE_WIDTH;
    if (style !== 'money') return String(value).length;
    const whole = Math.trunc(Math.abs(value)).toString().length;
    const groups = Math.floor((whole - 1) / 3);
    const fraction = this.money.digits > 0 ? this.money.digits + 1 : 0;
    return (value < 0 ? 1 : 0) + whole + groups + fraction + this.money.suffix.length;
  }
}
