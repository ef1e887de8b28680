#!/usr/bin/env node
// Owns: the segmentation import benchmark (browser import of a big customer CSV vs the same analyses in pandas).
//
// Run by hand, on a release build (it is a benchmark, not a test):
//
//   export PATH=$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH
//   trunk build --release --offline                 # or --dist /tmp/dist-bench, then BENCH_DIST=/tmp/dist-bench
//   node bench/segmentation.mjs
//
// Env: BENCH_DIST (default dist/), BENCH_ROWS (default 1000000), BENCH_RUNS (browser imports,
// each in a fresh context; default 3), BENCH_PANDAS_RUNS (default 3), BENCH_PANDAS_ENGINE
// (read_csv engine, default c), BENCH_PYTHON (a python with pandas; default: the venv below),
// CHROMIUM_PATH (see scripts/chromium.mjs; never downloads a browser).
//
// What it does:
//  1. Data: bench/gen_customers.mjs writes BENCH_ROWS seeded customers to
//     /tmp/crm-bench/customers-<rows>.csv (≈ 52 MB for a million; reused while its size and
//     sha256 match the sidecar record).
//  2. Browser: serves BENCH_DIST with scripts/static-server.mjs, opens /#/segmentation in
//     headless Debian Chromium (Playwright), chooses the file ("Choose a CSV or TSV file"),
//     checks the pre-guessed column mapping, clicks "Import" and waits for "Imported N
//     customers.". Reads the app's performance marks:
//       read + sniff      import-file-opened − import-file-chosen
//       parse             import-parsed − import-start (includes the duplicate-id check)
//       analyses          import-analysed − import-parsed
//       IndexedDB store   import-stored − import-analysed (after the results are shown;
//                         not part of the user's wait)
//       end to end        (opened − chosen) + (analysed − start): the user's wait, without
//                         their time on the mapping screen
//       result shown      "Imported" text in the DOM − import-analysed (workbook save, render)
//       wall              setInputFiles called (node clock) → "Imported" text in the DOM (page
//                         clock, MutationObserver); includes the benchmark's own clicks on the
//                         mapping screen. Also shown: when node's locator noticed the text.
//     and 'longtask' PerformanceObserver entries (registered before the page loads, buffered)
//     that start at or after import-file-chosen.
//  3. pandas: bench/pandas_segmentation.py on the same file in /tmp/crm-bench/venv (created,
//     and `pip install -r bench/requirements.txt` run, only when `import pandas` fails).
//  4. Prints both, the ratio pandas/browser, PASS/FAIL against the targets below, and a
//     cross-check of the app's stored summary (localStorage `crm-workbook/workbook/<id>`,
//     .workbook.customer_data.summary) against pandas'.
//
// Targets: browser end to end < 2 s; analyses alone < 100 ms; faster than pandas end to end;
// no main-thread task over 100 ms during the import. Exit 0 whatever the targets say (a
// summary mismatch is flagged, not fatal); 2 if the benchmark itself broke.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { startServer } from './serve-dist.mjs';
import { ensureCustomers } from './gen_customers.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = resolve(process.env.BENCH_DIST || join(ROOT, 'dist'));
const ROWS = Number(process.env.BENCH_ROWS || 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS || 3);
const PANDAS_RUNS = Number(process.env.BENCH_PANDAS_RUNS || 3);
const WORK = '/tmp/crm-bench';
const VENV = join(WORK, 'venv');
const TARGET = { endToEndMs: 2000, analysesMs: 100, longTaskMs: 100 };
const IMPORT_TIMEOUT_MS = 300_000;

const fmtInt = (n) => n.toLocaleString('en-US');
const ms = (n) => (n == null || Number.isNaN(n) ? '—' : `${n.toFixed(0)} ms`);
const min = (xs) => Math.min(...xs);
const max = (xs) => Math.max(...xs);


// ------------------------------------------------------------------ browser
// Injected before any page script: buffered long-task observer, and the moment the
// "Imported …" notice first shows (checked once per batch of DOM mutations).
function pageProbe() {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    window.__benchLongTasks = null; // not supported
  }
  window.__benchImported = null;
  const mo = new MutationObserver(() => {
    if (window.__benchImported !== null) return;
    for (const p of document.querySelectorAll('[role="status"], [role="alert"]')) {
      if (/^Imported [\d,]+ customers\./.test((p.textContent || '').trim())) {
        window.__benchImported = performance.now();
        return;
      }
    }
  });
  const start = () => mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
}

// The mapping the header should produce (label → header name).
const EXPECTED_MAPPING = [
  ['Customer id or name (required)', 'customer_id'],
  ['Customer name', 'name'],
  ['Sales (required)', 'sales'],
  ['Profit (required)', 'profit'],
  ['Previous-period sales', 'previous_sales'],
  ['Satisfaction', 'satisfaction'],
  ['Loyalty / repeat purchase', 'loyalty'],
  ['Buys on price only', 'price_only'],
];

async function importOnce(browser, baseUrl, csvPath) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
  try {
    await context.addInitScript(pageProbe);
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${baseUrl}/#/segmentation`);
    const input = page.getByLabel('Choose a CSV or TSV file');
    await input.waitFor({ state: 'attached', timeout: 30_000 });

    const t0 = performance.now();
    const t0Epoch = Date.now();
    await input.setInputFiles(csvPath);
    await page.getByRole('heading', { name: 'Match the columns' }).waitFor({ timeout: IMPORT_TIMEOUT_MS });
    const tMapping = performance.now();
    // The guesses should be right for this header; fix (and report) any that are not.
    const fixed = [];
    for (const [label, header] of EXPECTED_MAPPING) {
      const select = page.getByLabel(label, { exact: true });
      const chosen = await select.evaluate((s) => s.selectedOptions[0]?.textContent?.trim() ?? '');
      if (chosen !== header) {
        fixed.push(`${label}: guessed "${chosen}", set "${header}"`);
        await select.selectOption({ label: header });
      }
    }
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: /^Imported [\d,]+ customers\./ });
    const problems = page.getByTestId('import-problems');
    const failed = page.locator('.field-error[role="alert"]');
    await Promise.race([
      done.waitFor({ timeout: IMPORT_TIMEOUT_MS }),
      problems.waitFor({ timeout: IMPORT_TIMEOUT_MS }).then(async () => {
        throw new Error(`the import found bad rows: ${await page.getByRole('alert').first().textContent()}`);
      }),
      failed.waitFor({ timeout: IMPORT_TIMEOUT_MS }).then(async () => {
        throw new Error(`the import failed: ${await failed.textContent()}`);
      }),
    ]);
    const wallNode = performance.now() - t0;
    const text = (await done.first().textContent()).trim();
    // The rows go to IndexedDB after the results are shown; wait for that too, so the
    // store time and any long task it causes are measured.
    await page.waitForFunction(() => performance.getEntriesByName('import-stored').length > 0, null, {
      timeout: IMPORT_TIMEOUT_MS,
    });
    const imported = Number(text.match(/Imported ([\d,]+)/)[1].replace(/,/g, ''));

    const probe = await page.evaluate(() => ({
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      longTasks: window.__benchLongTasks,
      importedAt: window.__benchImported,
      heapMB: performance.memory ? performance.memory.usedJSHeapSize / 1e6 : null,
      timeOrigin: performance.timeOrigin,
    }));
    // The workbook (with the summary) is saved to localStorage after the import; wait for it.
    const summary = await page
      .waitForFunction(
        (n) => {
          // The open workbook: the library keeps each under its id.
          const id = localStorage.getItem('crm-workbook/last-opened');
          const raw = id && localStorage.getItem(`crm-workbook/workbook/${id}`);
          if (!raw) return null;
          const s = JSON.parse(raw)?.workbook?.customer_data?.summary;
          return s && s.all && s.all.customers === n ? s : null;
        },
        imported,
        { timeout: 30_000, polling: 200 },
      )
      .then((h) => h.jsonValue())
      .catch(() => null);

    const m = probe.marks;
    const need = ['import-file-chosen', 'import-file-opened', 'import-start', 'import-parsed', 'import-stored', 'import-analysed'];
    const missing = need.filter((k) => m[k] == null);
    if (missing.length) throw new Error(`performance marks missing: ${missing.join(', ')}`);
    const tasks = probe.longTasks === null ? null : probe.longTasks.filter((t) => t.start >= m['import-file-chosen'] - 1);
    // Which phases each long task overlaps (by the marks), to see where the page froze.
    const edges = [
      ['read+sniff', m['import-file-chosen'], m['import-file-opened']],
      ['mapping screen', m['import-file-opened'], m['import-start']],
      ['parse', m['import-start'], m['import-parsed']],
      ['analyses', m['import-parsed'], m['import-analysed']],
      ['results shown, rows stored', m['import-analysed'], m['import-stored']],
      ['after', m['import-stored'], Infinity],
    ];
    for (const t of tasks ?? []) {
      t.phases = edges.filter(([, a, b]) => t.start < b && t.start + t.duration > a).map(([name]) => name).join('+');
    }
    return {
      imported,
      fixed,
      pageErrors,
      summary,
      heapMB: probe.heapMB,
      readSniff: m['import-file-opened'] - m['import-file-chosen'],
      mappingPause: m['import-start'] - m['import-file-opened'],
      parse: m['import-parsed'] - m['import-start'],
      // The app shows the results first, then writes the rows (not part of the wait).
      store: m['import-stored'] - m['import-analysed'],
      analyses: m['import-analysed'] - m['import-parsed'],
      endToEnd: m['import-file-opened'] - m['import-file-chosen'] + (m['import-analysed'] - m['import-start']),
      shown: probe.importedAt == null ? null : probe.importedAt - m['import-analysed'],
      // setInputFiles called → "Imported" in the DOM, by the page's clock (the node-side
      // figure adds Playwright's polling delay, up to 500 ms, before it notices the text).
      wall: probe.importedAt == null ? wallNode : probe.timeOrigin + probe.importedAt - t0Epoch,
      wallNode,
      toMapping: tMapping - t0,
      // Playwright handing the file to the page: setInputFiles called → the app's change event.
      handoff: probe.timeOrigin + m['import-file-chosen'] - t0Epoch,
      longTasks: tasks,
    };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------- pandas
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.error) throw r.error;
  return r;
}

/** A python that can `import pandas`: BENCH_PYTHON, else the venv (made and filled on demand). */
function ensurePandas() {
  if (process.env.BENCH_PYTHON) return process.env.BENCH_PYTHON;
  const python = join(VENV, 'bin', 'python');
  if (!existsSync(python)) {
    console.log(`making a venv in ${VENV} …`);
    const r = run('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`python3 -m venv ${VENV} failed`);
  }
  if (run(python, ['-c', 'import pandas']).status !== 0) {
    console.log(`pip install -r bench/requirements.txt into ${VENV} …`);
    const r = run(python, ['-m', 'pip', 'install', '-q', '-r', join(ROOT, 'bench', 'requirements.txt')], { stdio: 'inherit' });
    if (r.status !== 0 || run(python, ['-c', 'import pandas']).status !== 0) throw new Error('could not install pandas');
  }
  return python;
}

function runPandas(python, csvPath) {
  const r = run(python, [join(ROOT, 'bench', 'pandas_segmentation.py'), csvPath, '--runs', String(PANDAS_RUNS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`pandas_segmentation.py exited ${r.status}`);
  return JSON.parse(r.stdout);
}

// ------------------------------------------------------------- cross-check
/** Rows of [what, app, pandas, ok]. Counts must be equal; amounts and shares within 1e-9 relative. */
function crossCheck(app, pd) {
  const rows = [];
  const close = (a, b) => a === b || (a != null && b != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
  const num = (what, a, b) => rows.push([what, a, b, close(a, b)]);
  const int = (what, a, b) => rows.push([what, a, b, a === b]);
  if (!app) return [['app summary in localStorage', 'missing', '', false]];
  int('customers', app.all?.customers, pd.all.customers);
  num('gini', app.gini, pd.gini);
  num('top decile profit share', app.deciles?.[0]?.totals?.profit_share, pd.deciles[0].totals.profit_share);
  num('top 20% profit share', app.top20_profit_share, pd.top20_profit_share);
  num('total sales', app.all?.sales, pd.all.sales);
  num('total profit', app.all?.profit, pd.all.profit);
  int('profit bands', JSON.stringify(app.profit_bands), JSON.stringify(pd.profit_bands));
  int('unprofitable customers', app.unprofitable?.customers, pd.unprofitable.customers);
  // Vec<(Kind, Totals)> serialises as [[kind, totals], …] in the ALL order both use.
  const counts = (list) => (Array.isArray(list) ? list.map((e) => (Array.isArray(e) ? e[1].customers : e?.customers)).join('/') : String(list));
  for (const key of ['groups', 'abc', 'tiers', 'loyalty', 'quadrants']) {
    int(`${key} (customers)`, counts(app[key]), counts(pd[key]));
  }
  int('lorenz points', app.lorenz?.length, pd.lorenz.length);
  num('lorenz at 50%', app.lorenz?.[50]?.profit, pd.lorenz[50]?.profit);
  return rows;
}

// --------------------------------------------------------------------- main
function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i]))).join('  ').trimEnd();
  console.log('  ' + line(head));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log('  ' + line(r));
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`segmentation bench: ${DIST}/index.html missing; run \`trunk build --release --offline\` (or set BENCH_DIST)`);
    process.exit(2);
  }
  const wasmBytes = readdirSync(DIST)
    .filter((f) => f.endsWith('.wasm'))
    .reduce((a, f) => a + statSync(join(DIST, f)).size, 0);

  const data = await ensureCustomers(ROWS);
  const mb = data.bytes / 1e6;
  console.log(`data: ${data.path} (${fmtInt(ROWS)} rows, ${mb.toFixed(1)} MB, ${data.reused ? 'reused' : 'generated'}, sha256 ${data.sha256.slice(0, 12)}…)`);
  const python = ensurePandas();
  const loadBefore = loadavg()[0];

  // Browser first, then pandas: never both at once.
  const server = await startServer(DIST);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const runs = [];
  try {
    console.log(`browser: ${chromiumLaunchOptions.executablePath} ${browser.version()}, ${DIST} (${(wasmBytes / 1e6).toFixed(2)} MB wasm)`);
    for (let i = 0; i < RUNS; i++) {
      const r = await importOnce(browser, server.url, data.path);
      if (r.imported !== ROWS) throw new Error(`imported ${r.imported} customers, expected ${ROWS}`);
      runs.push(r);
      const lt = r.longTasks;
      console.log(
        `  run ${i + 1}/${RUNS}: read+sniff ${ms(r.readSniff)}, parse ${ms(r.parse)}, store ${ms(r.store)}, analyses ${ms(r.analyses)}, ` +
          `end to end ${ms(r.endToEnd)}, shown +${ms(r.shown)}, wall ${ms(r.wall)}; ` +
          (lt ? `long tasks ${lt.length} (max ${ms(lt.length ? max(lt.map((t) => t.duration)) : 0)})` : 'longtask unsupported') +
          (r.heapMB ? `, JS heap ${r.heapMB.toFixed(0)} MB` : ''),
      );
      for (const f of r.fixed) console.log(`    mapping guess fixed: ${f}`);
      for (const e of r.pageErrors) console.log(`    page error: ${e}`);
    }
  } finally {
    await browser.close();
    server.stop();
  }

  console.log(`pandas: ${python} bench/pandas_segmentation.py (best of ${PANDAS_RUNS}) …`);
  const pd = runPandas(python, data.path);
  const p = pd.best;

  // Best (minimum) of the runs per phase, as for pandas; long tasks: the worst run.
  const best = (k) => (runs.some((r) => r[k] == null) ? null : min(runs.map((r) => r[k])));
  const b = Object.fromEntries(['readSniff', 'parse', 'store', 'analyses', 'endToEnd', 'shown', 'wall', 'wallNode', 'mappingPause', 'handoff'].map((k) => [k, best(k)]));
  const allTasks = runs.every((r) => r.longTasks) ? runs.map((r) => r.longTasks) : null;
  const longest = allTasks ? max(allTasks.map((ts) => (ts.length ? max(ts.map((t) => t.duration)) : 0))) : null;
  const over = allTasks ? max(allTasks.map((ts) => ts.filter((t) => t.duration > TARGET.longTaskMs).length)) : null;
  const ratio = (pandasMs, browserMs) => (browserMs > 0 ? `${(pandasMs / browserMs).toFixed(2)}×` : '—');

  console.log(`\nSegmentation import: ${fmtInt(ROWS)} customers, ${mb.toFixed(1)} MB CSV — browser best of ${RUNS}, pandas best of ${PANDAS_RUNS}`);
  console.log(`pandas ${pd.pandas}, numpy ${pd.numpy}, python ${pd.python}, read_csv engine "${pd.engine}"`);
  const loadAfter = loadavg()[0];
  const busy = Math.max(loadBefore, loadAfter) > availableParallelism() / 2;
  console.log(`host: ${availableParallelism()} CPUs, 1-min load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after` +
    (busy ? ' — BUSY: other work on the machine skews these timings; rerun when it is idle\n' : '\n'));
  table(
    ['phase', 'browser', 'pandas', 'pandas/browser'],
    [
      ['read file + sniff header (opened − chosen)', ms(b.readSniff), '', ''],
      ['parse, incl. duplicate ids (parsed − start)', ms(b.parse), '', ''],
      ['  pandas: read_csv', '', ms(p.read_csv), ''],
      ['  pandas: flags, required cells, duplicate ids', '', ms(p.prepare), ''],
      ['read + parse', ms(b.readSniff + b.parse), ms(p.read_csv + p.prepare), ratio(p.read_csv + p.prepare, b.readSniff + b.parse)],
      ['analyses alone (analysed − parsed)', ms(b.analyses), ms(p.analyses), ratio(p.analyses, b.analyses)],
      ['END TO END', ms(b.endToEnd), ms(p.total), ratio(p.total, b.endToEnd)],
      ['result shown after analyses (not in e2e)', ms(b.shown), '', ''],
      ['IndexedDB store, after results (stored − analysed)', ms(b.store), 'n/a', ''],
      ['wall: setInputFiles → "Imported" shown', ms(b.wall), '', ''],
      ['  of which the bench at the mapping screen', ms(b.mappingPause), '', ''],
      ['  of which setInputFiles → change event', ms(b.handoff), '', ''],
      ['  (node noticing the text, Playwright polling)', ms(b.wallNode), '', ''],
      ['throughput end to end', `${(mb / (b.endToEnd / 1000)).toFixed(1)} MB/s`, `${(mb / (p.total / 1000)).toFixed(1)} MB/s`, ''],
    ],
  );
  console.log(`\n  long tasks during the import (worst run): longest ${ms(longest)}, ${over ?? '—'} over ${TARGET.longTaskMs} ms` +
    (allTasks ? '' : ' (longtask unsupported)'));
  if (allTasks) {
    allTasks.forEach((ts, i) => {
      const list = ts.map((t) => `${t.duration.toFixed(0)} (${t.phases})`).join(', ');
      console.log(`    run ${i + 1}: ${list || 'none'}`);
    });
  }

  console.log('\nTargets');
  const verdict = (ok) => (ok == null ? 'n/a' : ok ? 'PASS' : 'FAIL');
  table(
    ['target', 'measured', 'result'],
    [
      [`browser end to end < ${TARGET.endToEndMs} ms`, ms(b.endToEnd), verdict(b.endToEnd < TARGET.endToEndMs)],
      [`analyses alone < ${TARGET.analysesMs} ms`, ms(b.analyses), verdict(b.analyses < TARGET.analysesMs)],
      ['faster than pandas end to end', `${ratio(p.total, b.endToEnd)} (pandas ${ms(p.total)})`, verdict(b.endToEnd < p.total)],
      [`no main-thread task > ${TARGET.longTaskMs} ms during import`, longest == null ? '—' : `longest ${ms(longest)}, ${over} over`, verdict(over == null ? null : over === 0)],
    ],
  );

  console.log('\nCross-check: app summary (localStorage crm-workbook/workbook/<id>, last run) vs pandas');
  const checks = crossCheck(runs.at(-1).summary, pd.summary);
  table(['value', 'app', 'pandas', ''], checks.map(([w, a, bb, ok]) => [w, a ?? '—', bb ?? '—', ok ? 'ok' : 'MISMATCH']));
  const bad = checks.filter((c) => !c[3]).length;
  console.log(bad ? `\n  ${bad} MISMATCH(ES) between the app and pandas: see above.` : '\n  app and pandas agree.');
  if (pd.problems && Object.values(pd.problems).some((v) => v > 0)) console.log(`  pandas found problem rows: ${JSON.stringify(pd.problems)}`);
  process.exit(0);
}

main().catch((err) => {
  console.error(`segmentation bench: ${err.stack || err}`);
  process.exit(2);
});
