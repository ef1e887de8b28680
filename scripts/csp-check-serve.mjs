#!/usr/bin/env node
// Checks a running `trunk serve` (scripts/serve.sh) under the Content-Security-Policy:
// the page loads with no `securitypolicyviolation`, no console error, and Trunk's
// autoreload websocket connects (its inline script is hashed by scripts/csp.mjs).
//
//   node scripts/csp-check-serve.mjs [url]     (default http://127.0.0.1:8080/)
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/';
const browser = await chromium.launch(chromiumLaunchOptions);
const problems = [];
try {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const socket = page.waitForEvent('websocket', { timeout: 15_000 });
  await page.goto(url);
  await page.getByRole('navigation').first().waitFor({ timeout: 30_000 });
  const ws = await socket;
  await page.waitForTimeout(500);
  if (ws.isClosed()) problems.push(`autoreload websocket ${ws.url()} closed`);
  const inline = await page.evaluate(() => document.scripts.length);
  problems.push(...(await page.evaluate(() => window.__cspViolations)).map((v) => `violation: ${v}`));
  console.log(`${url}: ${inline} script(s), autoreload websocket ${ws.url()}`);
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('csp-check-serve: ok (no violation, no error, autoreload connected)');
