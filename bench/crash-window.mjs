#!/usr/bin/env node
// How much typing a crash of the browser process can lose. Run by hand, after a
// release build (PATH as set by scripts/setup.sh):
//
//   node bench/crash-window.mjs        # env: BENCH_DIST (default dist/), BENCH_TRIES (default 5)
//
// On #/swot of the demo, types one character into a SWOT item's text (a keystroke:
// no change event), waits `t` ms, then kills the renderer through CDP (`Page.crash`:
// no pagehide, no timers), and reads storage from a new page of the same browser
// context: was the keystroke saved? For t in 0…600 ms, BENCH_TRIES times each. Then
// the same for a committed change (the field left with Tab) at t = 0. Prints the
// share of keystrokes kept at each delay; the smallest delay after which every
// keystroke was kept is what a crash can lose.
import { resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { startServer } from './serve-dist.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = resolve(process.env.BENCH_DIST || join(ROOT, 'dist'));
const TRIES = Number(process.env.BENCH_TRIES || 5);
const DELAYS = [0, 100, 200, 250, 300, 350, 400, 500, 600];

/** One try: returns whether the edit survived a crash `delay` ms after it. */
async function attempt(browser, url, delay, commit) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/#/swot`);
  const field = page.getByRole('region', { name: 'Strengths' }).getByRole('listitem').first()
    .getByLabel(/^Strength 1$/);
  await page.getByRole('status').filter({ hasText: 'Saved in this browser' }).waitFor();
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('crm-workbook/workbook/')));
  const marker = `survivor-${Math.random().toString(36).slice(2, 8)}`;
  await field.fill(marker);
  if (commit) await field.press('Tab');
  if (delay) await page.waitForTimeout(delay);
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => {});
  await crashed;
  const after = await context.newPage();
  await after.goto(`${url}/#/library`);
  const stored = await after.evaluate((k) => localStorage.getItem(k), key);
  await context.close();
  return JSON.parse(stored).workbook.swot.strengths[0].text === marker;
}

async function main() {
  const server = await startServer(DIST);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    console.log(`typing (no commit), ${TRIES} tries per delay:`);
    console.log('delay before crash | keystroke kept');
    for (const delay of DELAYS) {
      let kept = 0;
      for (let i = 0; i < TRIES; i++) kept += (await attempt(browser, server.url, delay, false)) ? 1 : 0;
      console.log(`${String(delay).padStart(6)} ms          | ${kept}/${TRIES}`);
    }
    let kept = 0;
    for (let i = 0; i < TRIES; i++) kept += (await attempt(browser, server.url, 0, true)) ? 1 : 0;
    console.log(`committed (Tab), crash at once: kept ${kept}/${TRIES}`);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
