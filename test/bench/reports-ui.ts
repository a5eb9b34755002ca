// The Reports screen in the browser harness on the benchmark database (issue 6: interactive
// ≤ 1 s after navigation). Numbers, never assertions. Not part of `npm test`:
//
//   npm run bench:ui -- [options]   (or npx tsx test/bench/reports-ui.ts [options]):
//     [--openings N] [--renderer out/renderer] [--db FILE]
//     [--customers N --orders N --incidents N --seed N] [--verbose] [--profile FILE.cpuprofile]
//   --profile writes the renderer's CPU profile of the last opening (open it in Chrome DevTools).
//
// Uses the file `npm run bench` caches in .bench/<sizes>-v<schema>-<fingerprint>/ (run that
// first; it builds the file once), copied to a temporary folder so the cache stays as built.
// --db takes another ShopDesk file instead (it is copied too, and migrated if older).
// The harness serves the built renderer (run `npm run build` first); the benchmark owner has no
// usable PIN, so the session is signed in directly, as run.ts does.
//
// Each opening starts from a fresh page load on the call desk (an empty query cache: what the
// owner gets the first time they open Reports after starting the app, once the app's start-up
// warming of the reports has run), then measures inside the page from the navigation to
//   • data:        every query of the screen answered (data-answered="true"),
//   • interactive: that, the period picker enabled, and every chart inside the window drawn
//                  with its shapes, then painted (the next animation frame plus a task) — what
//                  the owner sees and can use; the parts below are drawn while the window is
//                  idle (renderer/src/features/reports/use-staged-mount.ts),
//   • complete:    every part of the page drawn (data-ready="true", all five charts), painted.
// Then it switches the period (last 12 months → this month) and measures the same again.

import { chromium, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { DATABASE_FILE } from '../../electron/core/app';
import { dispatch } from '../../electron/core/dispatch';
import { LATEST_VERSION, migrate } from '../../electron/core/db/migrate';
import { DEMO_SIZES } from '../../electron/core/demo/generate';
import { CHROMIUM_LAUNCH } from '../harness/chromium';
import { startHarness } from '../harness/server';

const root = resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
const { values } = parseArgs({
  args: argv,
  options: {
    openings: { type: 'string', default: '7' },
    renderer: { type: 'string', default: 'out/renderer' },
    db: { type: 'string' },
    customers: { type: 'string', default: String(DEMO_SIZES.bench.customers) },
    orders: { type: 'string', default: String(DEMO_SIZES.bench.orders) },
    incidents: { type: 'string', default: String(DEMO_SIZES.bench.incidents) },
    seed: { type: 'string', default: '20261123' },
    verbose: { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});
const openings = Number(values.openings);
if (!Number.isSafeInteger(openings) || openings < 1) throw new Error('--openings must be a whole number ≥ 1');

/**
 * The schema and generator fingerprint run.ts names its cache folder by (the same hash, kept in
 * step by hand: run.ts runs on import, so it cannot be imported). A file built for another schema
 * would answer the reports with errors, so only this one is taken.
 */
function fingerprint(): string {
  const hash = createHash('sha256');
  const probe = new Database(':memory:');
  migrate(probe);
  for (const row of probe.prepare('select type, name, sql from sqlite_schema order by name').raw().iterate())
    hash.update(JSON.stringify(row));
  probe.close();
  const demoDir = join(root, 'electron/core/demo');
  for (const file of readdirSync(demoDir).sort()) hash.update(readFileSync(join(demoDir, file)));
  hash.update(readFileSync(join(import.meta.dirname, 'build-db.ts')));
  return hash.digest('hex').slice(0, 10);
}

/** The benchmark file `npm run bench` caches for these sizes, schema and generator. */
function cachedDatabase(): { path: string; staffId: number | null } {
  if (values.db) return { path: resolve(values.db), staffId: null };
  const family = `c${values.customers}-o${values.orders}-i${values.incidents}-s${values.seed}-v${LATEST_VERSION}`;
  const file = join(root, '.bench', `${family}-${fingerprint()}`, DATABASE_FILE);
  if (!existsSync(file) || !existsSync(`${file}.json`))
    throw new Error(
      `No benchmark database at ${file}: run \`npm run bench\` once to build it (or pass --db FILE).`,
    );
  const built = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as { staffId: number };
  return { path: file, staffId: built.staffId };
}

interface Timing {
  data: number;
  interactive: number;
  complete: number;
  charts: number;
  /** The page's clock at the action, to place each call the screen made on the same time line. */
  started: number;
}

/**
 * Runs in the page (plain JavaScript: this file is type-checked without the DOM library).
 * `action` is 'open' (navigate to the screen) or a period preset to click; the promise resolves with the milliseconds from then to the
 * screen's data and to its interactive state, or null after 30 s.
 */
const PROBE = `(action) => new Promise((done) => {
  const started = performance.now();
  let data = 0;
  let interactive = 0;
  let interactiveSeen = false;
  // The chart's own SVG (a legend's icons are little SVGs of their own) with a bar, a line or the
  // customers' points in it (the screen draws long series as one path each).
  const drawn = (chart) =>
    [...chart.querySelectorAll('svg.recharts-surface')].some((svg) =>
      !svg.closest('.recharts-legend-wrapper') &&
      svg.querySelector('.recharts-bar-rectangle path, .recharts-line-curve, path.report-bars-series, path.report-points-class') !== null);
  const inWindow = (element) => element.getBoundingClientRect().top < window.innerHeight;
  // The moment after the browser has painted what is on screen now.
  const painted = (then) => requestAnimationFrame(() => setTimeout(() => then(performance.now() - started), 0));
  // A switch starts from a ready screen: count only once it has gone busy for the new period.
  let armed = action === 'open';
  const check = () => {
    const screen = document.querySelector('[data-testid="reports-screen"]');
    if (!screen) return;
    if (!armed) armed = screen.dataset.ready === 'false';
    if (!armed || screen.dataset.answered !== 'true') return;
    if (!data) data = performance.now() - started;
    const picker = document.querySelector('[data-testid="period-picker"]');
    if (!picker || picker.dataset.enabled !== 'true' || picker.disabled) return;
    const charts = [...document.querySelectorAll('[data-testid="report-chart"]')];
    const visible = charts.filter(inWindow);
    if (!interactiveSeen && visible.length > 0 && visible.every(drawn)) {
      interactiveSeen = true;
      painted((ms) => { interactive = ms; });
    }
    if (screen.dataset.ready !== 'true' || charts.length === 0 || !charts.every(drawn)) return;
    observer.disconnect();
    clearTimeout(timer);
    const finish = (complete) => interactive
      ? done({ data, interactive, complete, charts: charts.length, started })
      : requestAnimationFrame(() => finish(complete));
    painted(finish);
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  const timer = setTimeout(() => {
    observer.disconnect();
    const screen = document.querySelector('[data-testid="reports-screen"]');
    const charts = [...document.querySelectorAll('[data-testid="report-chart"]')];
    console.log('reports-ui: not complete after 30 s: ready=' + (screen && screen.dataset.ready) +
      ', charts drawn ' + charts.filter(drawn).length + '/' + charts.length);
    done(null);
  }, 30000);
  if (action === 'open') window.location.hash = '#/reports';
  else document.querySelector('[data-testid="period-picker"] input[value="' + action + '"]').click();
})`;

async function measure(page: Page, action: string): Promise<Timing | null> {
  await page.evaluate('performance.clearResourceTimings()');
  const timing = (await page.evaluate(`(${PROBE})(${JSON.stringify(action)})`)) as Timing | null;
  if (values.verbose) {
    // Each call the screen made meanwhile: when it started and how long it took (the harness's HTTP).
    const calls = (await page.evaluate(
      `performance.getEntriesByType('resource').filter((e) => e.name.includes('/rpc/') || e.name.endsWith('.js')).map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.duration)])`,
    )) as [string, number, number][];
    const first = timing?.started ?? calls[0]?.[1] ?? 0;
    for (const [name, start, duration] of calls)
      console.log(
        `      ${name.padEnd(28)} starts +${String(start - first).padStart(5)} ms after the action, takes ${String(duration).padStart(5)} ms`,
      );
  }
  return timing;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

const fmt = (n: number) => n.toFixed(0).padStart(6);

function print(label: string, samples: Timing[]) {
  if (samples.length === 0) {
    console.log(`  ${label}: no sample was complete within 30 s`);
    return;
  }
  const data = stats(samples.map((s) => s.data));
  const interactive = stats(samples.map((s) => s.interactive));
  console.log(`  ${label} (${samples.length} samples, ${samples[0]!.charts} charts)`);
  console.log(
    `    data answered        median ${fmt(data.median)} ms   p95 ${fmt(data.p95)} ms   max ${fmt(data.max)} ms`,
  );
  const complete = stats(samples.map((s) => s.complete));
  console.log(
    `    interactive, painted median ${fmt(interactive.median)} ms   p95 ${fmt(interactive.p95)} ms   max ${fmt(interactive.max)} ms   (target ≤ 1000 ms)`,
  );
  console.log(
    `    complete, painted    median ${fmt(complete.median)} ms   p95 ${fmt(complete.p95)} ms   max ${fmt(complete.max)} ms`,
  );
}

async function main() {
  const source = cachedDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'shopdesk-reports-ui-'));
  console.log(`Reports UI: copying ${source.path} (${(statSync(source.path).size / 1e6).toFixed(0)} MB)…`);
  for (const suffix of ['', '-wal']) {
    if (existsSync(source.path + suffix))
      copyFileSync(source.path + suffix, join(dataDir, DATABASE_FILE + suffix));
  }
  // As the app does: the reports are warmed in the background after start (core/reports/warm.ts).
  // The owner opens Reports later than a script would, so the script waits for it to finish.
  const harness = await startHarness({ dataDir, rendererDir: resolve(values.renderer), warmReports: true });
  const warmStarted = performance.now();
  await harness.warmed;
  console.log(
    `  start-up warming of the reports (in the file worker): ${fmt(performance.now() - warmStarted)} ms`,
  );
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const ctx = harness.core.ctx;
    if (!ctx) throw new Error(`The database did not open: ${harness.core.status.problem?.message}`);
    const owner =
      source.staffId ??
      (
        ctx.db.prepare("select id from staff where role = 'owner' order by id limit 1").get() as {
          id: number;
        }
      ).id;
    ctx.session.staffId = owner;
    // The screens' English names are what this script looks for.
    const english = await dispatch(harness.core, 'session.setLanguage', { language: 'en' });
    if (!english.ok) throw new Error(english.error.message);

    const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'en-US' });
    page.on('console', (message) => {
      if (message.text().startsWith('reports-ui:') || message.type() === 'error')
        console.log(`  page: ${message.text()}`);
    });
    const open: Timing[] = [];
    const switched: Timing[] = [];
    const afterWrite: Timing[] = [];
    // Then the same openings, each after a write to the shop (any commit): the worker's kept
    // answers are void and every report is computed afresh, as after the operator's day of work.
    for (let i = 0; i < 2 * openings; i += 1) {
      const written = i >= openings;
      if (written) ctx.db.prepare("update settings set value = value where key = 'language'").run();
      // A fresh page on the call desk: the renderer's query cache is empty, as after a start
      // (through a blank page: a change of the hash alone would not reload the app).
      await page.goto('about:blank');
      await page.goto(`${harness.openUrl()}#/call-desk`);
      await page
        .getByRole('combobox', { name: 'Find the caller' })
        .waitFor()
        .catch(async (error: unknown) => {
          console.error((await page.locator('body').innerText()).slice(0, 600));
          throw error;
        });
      const profiling =
        values.profile && i === 2 * openings - 1 ? await page.context().newCDPSession(page) : null;
      if (profiling) {
        await profiling.send('Profiler.enable');
        await profiling.send('Profiler.setSamplingInterval', { interval: 200 });
        await profiling.send('Profiler.start');
      }
      const opened = await measure(page, 'open');
      if (profiling) {
        const { profile } = await profiling.send('Profiler.stop');
        writeFileSync(values.profile!, JSON.stringify(profile));
        console.log(`  CPU profile of this opening: ${values.profile}`);
      }
      const toMonth = opened ? await measure(page, 'thisMonth') : null;
      console.log(
        `  opening ${String(i + 1).padStart(2)}: data ${opened ? fmt(opened.data) : '     —'} ms, interactive ${opened ? fmt(opened.interactive) : '     —'} ms, complete ${opened ? fmt(opened.complete) : '     —'} ms;` +
          ` → this month: data ${toMonth ? fmt(toMonth.data) : '     —'} ms, interactive ${toMonth ? fmt(toMonth.interactive) : '     —'} ms${i === 0 ? '   (first after start)' : ''}${written ? '   (after a write)' : ''}`,
      );
      if (values.verbose && i === 0) {
        // How big the screen is: elements per section (what React has to build and lay out).
        const sizes = await page.evaluate(
          `[...document.querySelectorAll('section, [data-testid="reports-screen"]')].map((e) => (e.getAttribute('data-testid') || e.className.toString().slice(0, 30) || e.tagName) + ' ' + e.querySelectorAll('*').length)`,
        );
        console.log(`    elements: ${(sizes as string[]).join(', ')}`);
      }
      if (opened) (written ? afterWrite : open).push(opened);
      if (toMonth && !written) switched.push(toMonth);
    }
    console.log('');
    console.log(
      `Reports screen on ${basename(dirname(source.path))}/${basename(source.path)} (${openings} openings, renderer ${values.renderer})`,
    );
    print('open Reports (last 12 months by month, from the call desk)', open);
    print('switch the period to this month (by week)', switched);
    print('open Reports after a write to the shop (every report computed afresh)', afterWrite);
  } finally {
    await browser.close();
    await stopWorker();
    await harness.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
