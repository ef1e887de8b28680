#!/usr/bin/env node
// Performance budget check for the release build. Run by hand:
//
//   bash scripts/setup.sh test          # once: tools, node_modules, chromium
//   trunk build --release --offline     # (PATH as set by scripts/setup.sh)
//   node bench/bench.mjs                # or: npm run bench
//
// Env: BENCH_LOADS (default 10), BENCH_EDITS (default 50), BENCH_DIST (default dist/), CHROMIUM_PATH.
//
// Measures, against dist/ served by scripts/static-server.mjs on a free 127.0.0.1 port:
//   (a) size of dist/*.wasm and dist/*.js, raw and gzip -9; budget: total gzip <= 350 KiB
//   (b) first worksheet render: median over cold loads (new browser context each) of
//       /#/swot, in-page performance.now() (ms since navigation start) at the moment
//       an <h1> containing "SWOT" exists; budget <= 500 ms
//   (c) edit latency: on #/swot, region "Strengths" > first listitem > input labelled
//       "Score": set a new value (cycling 1..10), dispatch `input`, wait (MutationObserver)
//       for [data-testid="total-strengths"] text to change; median; budget <= 16 ms
//   (d) repeat visits served by the service worker: one browser context with workers
//       allowed; a first visit installs the worker (waits for it to be active); then
//       each load opens /#/swot in a new page of that context, answered from the
//       worker's cache, timed as in (b); first online, then with the context offline.
//       Medians; budget as (b). On loopback the network costs nothing, so the same
//       pair is also timed on an emulated slow Wi-Fi (SLOW_NET: 50 ms round trip,
//       10 Mbit/s down, through CDP; dist/ is served uncompressed): a cold load, and a
//       repeat visit answered by the worker (reported, no budget).
// Prints a table; exits 1 if any budget fails (2 if the benchmark itself failed).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { startServer } from './serve-dist.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = resolve(process.env.BENCH_DIST || join(ROOT, 'dist'));
const LOADS = Number(process.env.BENCH_LOADS || 10);
const EDITS = Number(process.env.BENCH_EDITS || 50);
const KIB = 1024;
const BUDGET = { gzipBytes: 350 * KIB, firstRenderMs: 500, editMs: 16 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kib = (n) => `${(n / KIB).toFixed(1)} KiB`;
const ms = (n) => `${n.toFixed(1)} ms`;

// ---------------------------------------------------------------- (a) sizes
function measureSizes() {
  // The service worker (sw.js, a few KiB) is not part of what a page loads; it is
  // listed apart.
  const files = readdirSync(DIST)
    .filter((f) => (f.endsWith('.wasm') || f.endsWith('.js')) && f !== 'sw.js')
    .sort();
  if (!files.some((f) => f.endsWith('.wasm'))) throw new Error(`no .wasm in ${DIST}`);
  const rows = files.map((f) => {
    const buf = readFileSync(join(DIST, f));
    const gz = gzipSync(buf, { level: zlibConstants.Z_BEST_COMPRESSION }).length;
    return { file: f, raw: buf.length, gzip: gz };
  });
  return { rows, totalRaw: rows.reduce((a, r) => a + r.raw, 0), totalGzip: rows.reduce((a, r) => a + r.gzip, 0) };
}


// -------------------------------------------------------- (b) first render
// Injected before any page script: records performance.now() the first time an <h1>
// containing "SWOT" is in the document.
function firstH1Probe() {
  window.__benchFirstH1 = null;
  const check = () => {
    if (window.__benchFirstH1 !== null) return true;
    for (const h of document.getElementsByTagName('h1')) {
      if ((h.textContent || '').includes('SWOT')) {
        window.__benchFirstH1 = performance.now();
        return true;
      }
    }
    return false;
  };
  const mo = new MutationObserver(() => {
    if (check()) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true, characterData: true });
}

async function measureFirstRender(browser, baseUrl) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
    try {
      await context.addInitScript(firstH1Probe);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/#/swot`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(() => window.__benchFirstH1, null, { timeout: 15_000 });
      times.push(await handle.jsonValue());
    } finally {
      await context.close();
    }
  }
  return times;
}

// ------------------------------------------- (d) repeat visits from the worker
const SLOW_NET = { offline: false, latency: 50, downloadThroughput: (10e6 / 8), uploadThroughput: (5e6 / 8) };

/** One load of /#/swot in a new page of `context`; ms to the SWOT heading. */
async function timedLoad(context, baseUrl, { slow = false, fromWorker }) {
  const page = await context.newPage();
  try {
    if (slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_NET);
    }
    const response = await page.goto(`${baseUrl}/#/swot`, { waitUntil: 'commit' });
    if (response.fromServiceWorker() !== fromWorker) {
      throw new Error(`a load was ${fromWorker ? 'not ' : ''}answered by the service worker`);
    }
    const handle = await page.waitForFunction(() => window.__benchFirstH1, null, { timeout: 30_000 });
    return await handle.jsonValue();
  } finally {
    await page.close();
  }
}

async function measureRepeatVisits(browser, baseUrl) {
  const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'en-US' });
  try {
    await context.addInitScript(firstH1Probe);
    const first = await context.newPage();
    await first.goto(`${baseUrl}/#/swot`);
    await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await first.close();
    const loads = async (options) => {
      const times = [];
      for (let i = 0; i < LOADS; i++) times.push(await timedLoad(context, baseUrl, { fromWorker: true, ...options }));
      return times;
    };
    const online = await loads();
    const slowWorker = await loads({ slow: true });
    await context.setOffline(true);
    const offline = await loads();
    // Cold loads on the same slow network, each in a fresh context without a worker.
    const slowCold = [];
    for (let i = 0; i < LOADS; i++) {
      const cold = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
      try {
        await cold.addInitScript(firstH1Probe);
        slowCold.push(await timedLoad(cold, baseUrl, { slow: true, fromWorker: false }));
      } finally {
        await cold.close();
      }
    }
    return { online, offline, slowWorker, slowCold };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------ (c) edit latency
async function measureEdits(browser, baseUrl) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/#/swot`);
    const input = page
      .getByRole('region', { name: 'Strengths' })
      .getByRole('listitem')
      .first()
      .getByLabel('Score');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('[data-testid="total-strengths"]').waitFor({ timeout: 15_000 });
    const handle = await input.elementHandle();
    return await page.evaluate(
      async ([el, n]) => {
        const total = document.querySelector('[data-testid="total-strengths"]');
        const idle = () => new Promise((r) => setTimeout(r, 20));
        const deltas = [];
        // Start the 1..10 cycle so that the first value differs from the current one.
        let offset = 0;
        if (String(el.value).trim() === '1') offset = 1;
        for (let i = 0; i < n; i++) {
          const value = String(((i + offset) % 10) + 1);
          await idle();
          const before = total.textContent;
          const delta = await new Promise((resolveEdit, rejectEdit) => {
            let t0 = 0;
            const done = () => {
              const dt = performance.now() - t0;
              mo.disconnect();
              clearTimeout(timer);
              resolveEdit(dt);
            };
            const mo = new MutationObserver(() => {
              if (total.textContent !== before) done();
            });
            mo.observe(total, { childList: true, subtree: true, characterData: true });
            const timer = setTimeout(() => {
              mo.disconnect();
              rejectEdit(new Error(`edit ${i} (value ${value}): total-strengths stayed "${before}" for 2 s`));
            }, 2000);
            t0 = performance.now();
            el.value = value;
            el.dispatchEvent(new Event('input', { bubbles: true }));
            if (total.textContent !== before) done(); // updated synchronously
          });
          deltas.push(delta);
        }
        return deltas;
      },
      [handle, EDITS],
    );
  } finally {
    await context.close();
  }
}

// -------------------------------------------------------------------- main
function printTable(rows) {
  const head = ['metric', 'value', 'budget', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`bench: ${DIST}/index.html missing; run \`trunk build --release --offline\` first`);
    process.exit(2);
  }

  const sizes = measureSizes();
  console.log('(a) bundle sizes');
  for (const r of sizes.rows) console.log(`  ${r.file.padEnd(48)} raw ${kib(r.raw).padStart(11)}  gzip ${kib(r.gzip).padStart(11)}`);
  if (existsSync(join(DIST, 'sw.js'))) console.log(`  ${'(service worker: sw.js)'.padEnd(48)} raw ${kib(readFileSync(join(DIST, 'sw.js')).length).padStart(11)}`);
  console.log(`  ${'total'.padEnd(48)} raw ${kib(sizes.totalRaw).padStart(11)}  gzip ${kib(sizes.totalGzip).padStart(11)}\n`);

  const server = await startServer(DIST);
  const browser = await chromium.launch(chromiumLaunchOptions);
  let loads, edits, repeat;
  try {
    console.log(`(b) first render: ${LOADS} cold loads of ${server.url}/#/swot ...`);
    loads = await measureFirstRender(browser, server.url);
    console.log(`  samples (ms): ${loads.map((t) => t.toFixed(0)).join(' ')}\n`);
    console.log(`(c) edit latency: ${EDITS} edits of Strengths > first item > Score ...`);
    edits = await measureEdits(browser, server.url);
    const sorted = [...edits].sort((a, b) => a - b);
    console.log(`  min ${ms(sorted[0])}  p90 ${ms(sorted[Math.floor(sorted.length * 0.9)])}  max ${ms(sorted.at(-1))}\n`);
    console.log(`(d) repeat visits from the service worker: ${LOADS} each online, slow network, offline; ${LOADS} cold on the slow network ...`);
    repeat = await measureRepeatVisits(browser, server.url);
    console.log(`  online  (ms): ${repeat.online.map((t) => t.toFixed(0)).join(' ')}`);
    console.log(`  offline (ms): ${repeat.offline.map((t) => t.toFixed(0)).join(' ')}`);
    console.log(`  slow network, worker (ms): ${repeat.slowWorker.map((t) => t.toFixed(0)).join(' ')}`);
    console.log(`  slow network, cold   (ms): ${repeat.slowCold.map((t) => t.toFixed(0)).join(' ')}\n`);
  } finally {
    await browser.close();
    server.stop();
  }

  const results = [
    ['bundle gzip (wasm+js)', kib(sizes.totalGzip), `<= ${kib(BUDGET.gzipBytes)}`, sizes.totalGzip <= BUDGET.gzipBytes],
    [`first render median (${LOADS})`, ms(median(loads)), `<= ${BUDGET.firstRenderMs} ms`, median(loads) <= BUDGET.firstRenderMs],
    [`edit latency median (${EDITS})`, ms(median(edits)), `<= ${BUDGET.editMs} ms`, median(edits) <= BUDGET.editMs],
    [
      `repeat visit, worker, online (${LOADS})`,
      ms(median(repeat.online)),
      `<= ${BUDGET.firstRenderMs} ms`,
      median(repeat.online) <= BUDGET.firstRenderMs,
    ],
    [
      `repeat visit, worker, offline (${LOADS})`,
      ms(median(repeat.offline)),
      `<= ${BUDGET.firstRenderMs} ms`,
      median(repeat.offline) <= BUDGET.firstRenderMs,
    ],
  ];
  printTable(results.map(([m, v, b, ok]) => [m, v, b, ok ? 'PASS' : 'FAIL']));
  console.log(
    `\nslow network (50 ms, 10 Mbit/s), medians: cold load ${ms(median(repeat.slowCold))}, ` +
      `repeat visit from the worker ${ms(median(repeat.slowWorker))}`,
  );
  process.exit(results.every((r) => r[3]) ? 0 : 1);
}

main().catch((err) => {
  console.error(`bench: ${err.stack || err}`);
  process.exit(2);
});
