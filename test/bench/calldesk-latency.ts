// Call desk latency in the browser harness (issue 3: the verdict is on screen ≤ 100 ms after the
// last keystroke on the benchmark database). Not part of `npm test`:
//
//   npx tsx test/bench/calldesk-latency.ts [--customers N --orders N --incidents N --numbers N]
//                                          [--renderer out/renderer] [--data DIR]
//
// --data keeps the generated shop in DIR (and reuses it when DIR already has one: generating the
// full size takes minutes), instead of a temporary folder removed afterwards.
//
// Builds a demo shop of the given size on a fresh data folder, starts the harness on it, signs
// in through the real UI in Chromium, then for each number types it into the call desk the way
// an operator does (a key every 50 ms) and measures, inside the page, from the last keydown to
// the verdict for exactly that text being in the DOM and then painted (the next animation frame
// plus a task), and to its reasons being shown. Run `npm run build` first.

import { chromium } from '@playwright/test';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore, DATABASE_FILE } from '../../electron/core/app';
import { dispatch } from '../../electron/core/dispatch';
import { DEMO_SIZES, generateDemoShop } from '../../electron/core/demo/generate';
import { startHarness } from '../harness/server';
import { plainFileKeyStore } from '../../electron/core/backup/key-store';

const OWNER = { ownerName: 'Bench Owner', pin: '2468' };

interface Sample {
  typed: string;
  verdict: string;
  inDom: number;
  painted: number;
  reasons: number;
}

interface Measured {
  verdict: string;
  inDom: number;
  painted: number;
  reasons: number;
}

/**
 * Runs in the page (plain JavaScript: this file is type-checked without the DOM library). Sets
 * window.__latency to a promise of the timings for the next keydown and the verdict for
 * exactly `query`: in the DOM, painted (the frame after the change, then a task), and with its
 * reasons shown. Null after 5 s (a number shared by several customers answers with a list).
 */
const PROBE = `(query) => {
  window.__latency = new Promise((done) => {
    let keyAt = 0;
    let inDom = 0;
    let painted = 0;
    const find = () =>
      [...document.querySelectorAll('[data-testid="verdict"]')].find((el) => el.dataset.forQuery === query);
    const check = () => {
      const panel = find();
      if (!keyAt || !panel) return;
      if (!inDom) {
        inDom = performance.now() - keyAt;
        requestAnimationFrame(() => setTimeout(() => { painted = performance.now() - keyAt; check(); }, 0));
      }
      if (painted && panel.dataset.reasons === 'shown') {
        observer.disconnect();
        clearTimeout(timer);
        done({ verdict: panel.dataset.verdict || '', inDom, painted, reasons: performance.now() - keyAt });
      }
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => { observer.disconnect(); done(null); }, 5000);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    document.addEventListener('keydown', () => { keyAt = performance.now(); }, { capture: true, once: true });
  });
}`;

function options() {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: String(DEMO_SIZES.bench.customers) },
      orders: { type: 'string', default: String(DEMO_SIZES.bench.orders) },
      incidents: { type: 'string', default: String(DEMO_SIZES.bench.incidents) },
      numbers: { type: 'string', default: '30' },
      seed: { type: 'string', default: '20261123' },
      renderer: { type: 'string', default: 'out/renderer' },
      data: { type: 'string' },
    },
  });
  const whole = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
    return n;
  };
  return {
    customers: whole('customers', values.customers),
    orders: whole('orders', values.orders),
    incidents: whole('incidents', values.incidents),
    numbers: whole('numbers', values.numbers),
    seed: whole('seed', values.seed),
    renderer: resolve(values.renderer),
    data: values.data === undefined ? null : resolve(values.data),
  };
}

/** "+79161234567" → three ways people write it; the bench cycles through them. */
function written(e164: string, index: number): string {
  const d = e164.replace(/\D/g, '');
  if (!e164.startsWith('+7') || d.length !== 11) return e164;
  const [a, b, c, e, f] = [d.slice(1, 4), d.slice(4, 7), d.slice(7, 9), d.slice(9, 11), d.slice(1)];
  return [`8 ${a} ${b}-${c}-${e}`, `+7 (${a}) ${b} ${c} ${e}`, f][index % 3]!;
}

/** Blocked and prepayment-only numbers from the blocklist, then customers' own numbers. */
function pickNumbers(dataDir: string, count: number): string[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const listed = db
      .prepare(
        `select value_norm as e164 from blocklist_entries
         where kind = 'phone' and lifted_at is null and value_norm like '+%' order by id limit ?`,
      )
      .all(Math.ceil(count / 2)) as { e164: string }[];
    const total = (db.prepare('select max(id) as n from customers').get() as { n: number | null }).n ?? 0;
    const known: { e164: string }[] = [];
    // Spread over the whole table; numbers shared by two customers answer with a list, not a card.
    for (let i = 1; known.length + listed.length < count && i <= count * 4; i += 1) {
      const id = Math.max(1, Math.floor((total * i) / (count * 4)));
      const row = db
        .prepare(
          `select p.e164 from customer_phones p where p.customer_id = ? and p.e164 is not null
             and (select count(distinct customer_id) from customer_phones q where q.e164 = p.e164) = 1
           limit 1`,
        )
        .get(id) as { e164: string } | undefined;
      if (row) known.push(row);
    }
    return [...listed, ...known].slice(0, count).map((row, i) => written(row.e164, i));
  } finally {
    db.close();
  }
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

const fmt = (n: number) => n.toFixed(1).padStart(7);

async function generate(dataDir: string, size: ReturnType<typeof options>) {
  const started = performance.now();
  const core = createCore({
    dataDir,
    version: 'bench',
    backupKeys: plainFileKeyStore(dataDir),
    log: () => {},
  });
  const setup = await dispatch(core, 'session.setupOwner', {
    ...OWNER,
    shopName: 'Latency bench',
    language: 'en',
    country: 'RU',
    currency: 'RUB',
  });
  if (!setup.ok || !core.ctx) throw new Error(`setup failed: ${JSON.stringify(setup)}`);
  const staffId = core.ctx.session.staffId!;
  const summary = generateDemoShop(core.ctx.db, {
    seed: size.seed,
    customers: size.customers,
    orders: size.orders,
    incidents: size.incidents,
    now: Date.now(),
    staffId,
  });
  core.close();
  console.log(`Generated in ${((performance.now() - started) / 1000).toFixed(1)} s:`, summary);
}

async function main() {
  const size = options();
  if (size.data) mkdirSync(size.data, { recursive: true });
  const dataDir = size.data ?? mkdtempSync(join(tmpdir(), 'shopdesk-latency-'));
  const reuse = size.data !== null && existsSync(join(dataDir, DATABASE_FILE));
  console.log(
    `Call desk latency: ${size.customers} customers, ${size.orders} orders, ${size.incidents} incidents`,
  );
  try {
    // 1. The shop: an owner, then the demo generator on the migrated file.
    if (reuse) console.log(`Reusing the shop in ${dataDir}`);
    else await generate(dataDir, size);
    const numbers = pickNumbers(dataDir, size.numbers);
    if (numbers.length === 0) throw new Error('No numbers to look up');

    // 2. The harness on that file, and the real UI in Chromium.
    const harness = await startHarness({ dataDir, rendererDir: size.renderer });
    const browser = await chromium.launch({
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'en-US' });
      await page.goto(harness.openUrl());
      await page.getByRole('button', { name: new RegExp(OWNER.ownerName) }).click();
      await page.getByLabel(`PIN for ${OWNER.ownerName}`).fill(OWNER.pin);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const field = page.getByRole('combobox', { name: 'Find the caller' });
      await field.waitFor();

      // One warm-up look-up: the first query compiles statements and warms SQLite's cache.
      const samples: Sample[] = [];
      for (const [index, typed] of [numbers[0]!, ...numbers].entries()) {
        await field.press('Escape');
        await field.focus();
        await page.keyboard.type(typed.slice(0, -1), { delay: 50 });
        await page.evaluate(`(${PROBE})(${JSON.stringify(typed.trim())})`);
        await page.keyboard.press(typed.at(-1)!);
        const measured = (await page.evaluate('window.__latency')) as Measured | null;
        if (index === 0) continue;
        if (!measured) {
          console.log(`  ${typed.padEnd(22)} no single verdict within 5 s (skipped)`);
          continue;
        }
        samples.push({ typed, ...measured });
        console.log(
          `  ${typed.padEnd(22)} ${measured.verdict.padEnd(10)} in DOM ${fmt(measured.inDom)} ms, painted ${fmt(measured.painted)} ms, reasons ${fmt(measured.reasons)} ms`,
        );
      }

      if (samples.length === 0) throw new Error('No look-up produced a verdict');
      console.log(`\nLook-ups measured: ${samples.length}`);
      console.log('                          median      p95      max   (ms after the last keystroke)');
      for (const [label, key] of [
        ['verdict in the DOM', 'inDom'],
        ['verdict painted', 'painted'],
        ['reasons painted too', 'reasons'],
      ] as const) {
        const s = stats(samples.map((sample) => sample[key]));
        console.log(`  ${label.padEnd(22)} ${fmt(s.median)}  ${fmt(s.p95)}  ${fmt(s.max)}`);
      }
      const verdicts = new Map<string, number>();
      for (const sample of samples) verdicts.set(sample.verdict, (verdicts.get(sample.verdict) ?? 0) + 1);
      console.log('  verdicts seen:', Object.fromEntries(verdicts));
    } finally {
      await browser.close();
      await harness.close();
    }
  } finally {
    if (size.data === null) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
