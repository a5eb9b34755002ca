// Timing and printing for the benchmark. Times are wall-clock per call (process.hrtime), after a
// short warm-up, reported as median and 95th percentile: the numbers DESIGN §8 budgets are set in.

export interface Timing {
  n: number;
  median: number;
  p95: number;
  /** Mean rows the operation returned (or touched), to show what was measured. */
  rows: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** A slow operation stops after this much time (but not before MIN_RUNS), so a run stays short. */
const BUDGET_MS = 4000;
const MIN_RUNS = 100;

function summarize(samples: number[], rows: number): Timing {
  samples.sort((a, b) => a - b);
  return {
    n: samples.length,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    rows: rows / samples.length,
  };
}

/** Runs `op(i)` up to n times (after a warm-up) and returns median / p95 in ms. `op` returns a row count. */
export function time(n: number, op: (i: number) => number): Timing {
  const warmup = Math.min(50, Math.ceil(n / 10));
  for (let i = 0; i < warmup; i++) op(n + i);
  const samples: number[] = [];
  let rows = 0;
  const began = performance.now();
  for (let i = 0; i < n && (i < MIN_RUNS || performance.now() - began < BUDGET_MS); i++) {
    const start = process.hrtime.bigint();
    rows += op(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(samples, rows);
}

/** The same for an async operation (handlers answer through a promise). */
export async function timeAsync(n: number, op: (i: number) => Promise<number>): Promise<Timing> {
  const warmup = Math.min(20, Math.ceil(n / 10));
  for (let i = 0; i < warmup; i++) await op(n + i);
  const samples: number[] = [];
  let rows = 0;
  const began = performance.now();
  for (let i = 0; i < n && (i < MIN_RUNS || performance.now() - began < BUDGET_MS); i++) {
    const start = process.hrtime.bigint();
    rows += await op(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(samples, rows);
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(3);
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** Prints rows as an aligned table; numeric-looking cells are right-aligned. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const numeric = (text: string) => /^[\d.,—\s]+(ms|s|MB)?$/.test(text) || text === '=';
  const line = (cells: string[]) =>
    cells
      .map((cell, c) =>
        c > 0 && numeric(cell)
          ? cell.padStart(widths[c]!)
          : cell.padEnd(c === cells.length - 1 ? 0 : widths[c]!),
      )
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
