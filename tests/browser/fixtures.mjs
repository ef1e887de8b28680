// Shared Playwright harness. Specs do:
//
//   import { test, expect, corruptStorage } from './fixtures.mjs';
//
// The `page` fixture fails the test at teardown if the page threw (`pageerror`) or
// logged a console error, and if anything requested a URL outside the app's own
// origin (http://127.0.0.1:4173): such requests are aborted and reported. The app
// must work entirely offline from its own files.
//
// A spec that deliberately provokes a console error (e.g. corrupted storage) can
// whitelist it:  test.use({ allowedConsoleErrors: [/failed to parse saved workbook/] });
// A spec that serves the app itself (offline.spec.mjs: a copy of dist/ it can stop
// and redeploy) names that server's origin as `appOrigin`.
import { test as base, expect } from '@playwright/test';

export const APP_ORIGIN = `http://127.0.0.1:${process.env.PW_PORT || 4173}`;

// Schemes that never leave the page (not network requests).
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

function isAllowedUrl(url, appOrigin) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.origin === appOrigin || LOCAL_SCHEMES.has(parsed.protocol);
}

export const test = base.extend({
  /** Regexes (or substrings) for console errors a spec expects; default none. */
  allowedConsoleErrors: [[], { option: true }],

  /** The origin the app is served from: the only one requests may go to. */
  appOrigin: [APP_ORIGIN, { option: true }],

  /** Requests outside appOrigin seen in this test's context (aborted). */
  foreignRequests: async ({}, use) => {
    await use([]);
  },

  context: async ({ context, foreignRequests, appOrigin }, use) => {
    await context.route(
      (url) => !isAllowedUrl(url.href, appOrigin),
      async (route) => {
        foreignRequests.push(`${route.request().method()} ${route.request().url()}`);
        await route.abort('blockedbyclient');
      },
    );
    await context.routeWebSocket(/.*/, (ws) => {
      if (new URL(ws.url()).host === new URL(appOrigin).host) {
        ws.connectToServer();
        return;
      }
      foreignRequests.push(`WEBSOCKET ${ws.url()}`);
      ws.close();
    });
    await use(context);
  },

  page: async ({ page, foreignRequests, allowedConsoleErrors }, use) => {
    const errors = [];
    const allowed = (text) =>
      allowedConsoleErrors.some((p) => (p instanceof RegExp ? p.test(text) : text.includes(p)));

    page.on('pageerror', (err) => {
      errors.push(`pageerror: ${err.stack || err.message}`);
    });
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      // A blocked foreign request already shows up in foreignRequests.
      if (text.includes('net::ERR_BLOCKED_BY_CLIENT')) return;
      if (allowed(text)) return;
      const loc = msg.location();
      errors.push(`console.error: ${text}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    });

    await use(page);

    expect(foreignRequests, 'the app must not request anything outside its own origin').toEqual([]);
    expect(errors, 'page errors / console errors during the test').toEqual([]);
  },
});

export { expect };

/**
 * Overwrite localStorage[key] in the app's origin (e.g. with corrupt JSON).
 * Navigates to the app first if the page is not on its origin yet (localStorage
 * is per-origin); reload or navigate afterwards to make the app read it.
 * Non-string values are JSON-encoded; `null` removes the key.
 */
export async function corruptStorage(page, key, value) {
  let onOrigin = false;
  try {
    onOrigin = new URL(page.url()).origin === APP_ORIGIN;
  } catch {
    onOrigin = false;
  }
  if (!onOrigin) {
    await page.goto('/');
    // Wait for the app to have booted: writing before it reads storage would make
    // this very load find the corrupt data, not the reload the caller does next.
    await page.getByRole('navigation').first().waitFor();
  }
  const raw = value === null || typeof value === 'string' ? value : JSON.stringify(value);
  await page.evaluate(
    ([k, v]) => {
      if (v === null) window.localStorage.removeItem(k);
      else window.localStorage.setItem(k, v);
    },
    [key, raw],
  );
}
