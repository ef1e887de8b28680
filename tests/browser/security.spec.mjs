// Security (issue #7): the Content-Security-Policy of index.html is the intended one
// and holds while the whole app is used; the app (and its service worker) requests
// nothing but its own files; user text (typed or imported) is only ever text.
//
// Every page gets an init script that records `securitypolicyviolation` events; any
// recorded violation fails the test (the fixture also fails on the console error the
// browser logs for it, and on any request outside the app's origin).
import { createHash } from 'node:crypto';
import { test, expect, APP_ORIGIN } from './fixtures.mjs';
import { itemRow, quadrant } from './helpers.mjs';

// The policy, directive by directive; `'sha256-…'` stands for the hashes of the
// built index.html's inline scripts (Trunk's bootstrap), filled in by scripts/csp.mjs.
const INTENDED_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval' {HASHES}",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

// Every route: the overview, each worksheet slug (crates/workbook/src/worksheet.rs),
// the report, the merge screen and the library; the walk adds any other link the
// navigation has.
const ROUTES = [
  '#/',
  '#/profile',
  '#/product-gaps',
  '#/service-gaps',
  '#/back',
  '#/swot',
  '#/7s',
  '#/internal-customers',
  '#/pestle',
  '#/stakeholders',
  '#/competitors',
  '#/customers',
  '#/obl',
  '#/segmentation',
  '#/key-value',
  '#/loyalty',
  '#/loyalty-classes',
  '#/issue-log',
  '#/value-scoring',
  '#/scorecard',
  '#/readiness',
  '#/action-plan',
  '#/report',
  '#/merge',
  '#/library',
];

// Markup and script typed or imported as data. If any of it were parsed as HTML, an
// <img>/<svg>/<script> would appear and (were the policy to allow it) set __pwned.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1" data-probe>',
  '<script data-probe>window.__pwned=2</script>',
  '"><svg data-probe onload="window.__pwned=3">',
];

test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        window.__cspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} sample=${JSON.stringify(e.sample)} at ${e.sourceFile}:${e.lineNumber}`,
        ),
      true,
    );
  });
});

async function violations(page) {
  // Violation events are queued as tasks: let them arrive before reading.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  return page.evaluate(() => window.__cspViolations);
}

async function expectNoViolations(page, when) {
  expect(await violations(page), `CSP violations ${when}`).toEqual([]);
}

/** Two animation frames: effects (chart drawing) have run. */
async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * The app's own files, as named by the served index.html: the page, its links (the
 * stylesheet, the JS and wasm preloads, the manifest), the bootstrap's imports, the
 * service worker the page names, and the manifest's icons.
 */
async function ownFiles(request) {
  const html = await (await request.get('/index.html')).text();
  const page = `${APP_ORIGIN}/`;
  const files = new Set(['/', '/index.html']);
  for (const m of html.matchAll(/<link\b[^>]*\shref="([^"]+)"/g)) {
    if (!m[1].startsWith('data:')) files.add(new URL(m[1], page).pathname);
  }
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const f of m[1].matchAll(/'(\/[^']+\.(?:js|wasm))'/g)) files.add(f[1]);
  }
  const worker = html.match(/<meta name="crm-workbook-worker" content="([^"]+)"/);
  if (worker) files.add(new URL(worker[1], page).pathname);
  const manifest = html.match(/<link\b[^>]*\srel="manifest"[^>]*\shref="([^"]+)"/);
  if (manifest) {
    const url = new URL(manifest[1], page);
    for (const icon of (await (await request.get(url.href)).json()).icons) files.add(new URL(icon.src, url).pathname);
  }
  return files;
}

async function walkEveryRoute(page, label) {
  const fromNav = await page
    .getByRole('navigation')
    .first()
    .locator('a[href^="#/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const routes = [...new Set([...ROUTES, ...fromNav])];
  for (const route of routes) {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, route);
    await expect(page.locator('h1').first()).toBeVisible();
    await settle(page);
    await expectNoViolations(page, `on ${route} (${label})`);
  }
  return routes;
}

test('index.html carries the intended policy, with the hash of each inline script', async ({ page, request }) => {
  const html = await (await request.get('/index.html')).text();
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1]));
  expect(inline.length, 'Trunk writes one inline bootstrap script').toBe(1);
  const hashes = inline.map((m) => `'sha256-${createHash('sha256').update(m[2]).digest('base64')}'`);
  const expected = INTENDED_POLICY.join('; ').replace('{HASHES}', hashes.join(' '));

  await page.goto('/');
  await expect(page.getByRole('navigation').first()).toBeVisible();
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  expect(await meta.getAttribute('content')).toBe(expected);
  // A meta policy covers only what follows it: it must precede every script.
  const before = await page.evaluate(() => {
    const m = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    return [...document.scripts].every(
      (s) => m.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
  expect(before).toBe(true);
  await expectNoViolations(page, 'on load');
});

test.describe('enforcement', () => {
  // The browser logs each refusal as a console error; here they are the point.
  test.use({ allowedConsoleErrors: [/Content Security Policy|Trusted|Refused to/i] });

  test('the policy is enforced: foreign scripts, inline styles and remote connections are refused', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation').first()).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const out = {};
      // (eval cannot be probed from here: DevTools-evaluated code is exempt from CSP.)
      try {
        await import('data:text/javascript,export default 1');
        out.script = 'loaded';
      } catch (e) {
        out.script = e.name;
      }
      const control = document.createElement('p');
      const probe = document.createElement('p');
      probe.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(control, probe);
      out.styleApplied = getComputedStyle(probe).color !== getComputedStyle(control).color;
      control.remove();
      probe.remove();
      try {
        await fetch('http://192.0.2.1/never', { mode: 'no-cors' });
        out.fetch = 'fetched';
      } catch (e) {
        out.fetch = e.name;
      }
      return out;
    });
    expect(outcome).toEqual({ script: 'TypeError', styleApplied: false, fetch: 'TypeError' });
    const seen = new Set((await violations(page)).map((v) => v.split(' ')[0]));
    for (const directive of ['script-src-elem', 'style-src-attr', 'connect-src']) {
      expect([...seen], `a ${directive} violation is reported`).toContain(directive);
    }
  });
});

test.describe('with the service worker', () => {
  // The worker runs as it does for users: its fetches (the whole build, at install)
  // are requests of the context, checked with the page's.
  test.use({ serviceWorkers: 'allow' });

  test('using the whole app: no violation, and no request but for the app’s own files', async ({ page, context, request }) => {
    test.setTimeout(120_000);
    const requested = [];
    context.on('request', (req) => requested.push(`${req.method()} ${req.url()}`));

    await page.goto('/');
    await expect(page.getByRole('navigation').first()).toBeVisible();
    await expectNoViolations(page, 'on load');

    // Every route in English.
    const routes = await walkEveryRoute(page, 'en');

    // Export JSON (the header's button) in English.
    await page.evaluate(() => {
      window.location.hash = '#/swot';
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await expectNoViolations(page, 'exporting JSON');

    // A CSV import on the segmentation page.
    await page.evaluate(() => {
      window.location.hash = '#/segmentation';
    });
    await page.getByLabel('Choose a CSV or TSV file').setInputFiles({
      name: 'small.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Customer,Sales,Profit\nAcme Tools,1200,300\nBorealis Foods,800,120\n', 'utf8'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText('Imported 2 customers.')).toBeVisible();
    await settle(page);
    await expectNoViolations(page, 'importing a CSV');

    // Every route again in Chinese (CJK labels in every chart).
    await page.getByLabel('Language').selectOption({ label: '中文' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await walkEveryRoute(page, 'zh');
    expect(routes.length).toBeGreaterThanOrEqual(ROUTES.length);

    // Only the app's own files went over the network: index, js, wasm, css, and the
    // worker with what it keeps (the manifest and its icons too).
    const files = await ownFiles(request);
    expect([...files].filter((f) => f.endsWith('.js'))).toEqual([expect.stringMatching(/^\/crm-workbook-app-/), '/sw.js']);
    expect([...files].filter((f) => f.endsWith('.wasm'))).toHaveLength(1);
    expect([...files].filter((f) => f.endsWith('.css'))).toHaveLength(1);
    expect([...files].filter((f) => f.endsWith('.png'))).toHaveLength(3);
    const network = requested.filter((r) => /^\w+ (https?|wss?):/.test(r));
    expect(network.length).toBeGreaterThan(0);
    expect(network, 'the worker was fetched').toContain(`GET ${APP_ORIGIN}/sw.js`);
    for (const r of network) {
      const [method, url] = r.split(' ');
      const parsed = new URL(url);
      expect(parsed.origin, r).toBe(APP_ORIGIN);
      expect(method, r).toBe('GET');
      expect(files.has(parsed.pathname), `${r} is not one of the app's files ${[...files].join(', ')}`).toBe(true);
    }
    await expectNoViolations(page, 'at the end');
  });
});

test('markup typed into a worksheet or imported in a CSV stays text', async ({ page }) => {
  await page.addInitScript(() => {
    window.__pwned = undefined;
  });
  await page.goto('/#/swot');
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();

  // Typed into SWOT strengths: Enter in the first item adds a row below, focused.
  const strengths = quadrant(page, 'Strengths');
  for (const payload of PAYLOADS) {
    await strengths.getByLabel(/^Strength 1$/).press('Enter');
    await expect(strengths.getByLabel(/^Strength 2$/)).toBeFocused();
    await page.keyboard.type(payload);
    await expect(strengths.getByLabel(/^Strength 2$/)).toHaveValue(payload);
  }

  // Imported as customer names.
  await page.evaluate(() => {
    window.location.hash = '#/segmentation';
  });
  const quote = (s) => `"${s.replaceAll('"', '""')}"`;
  const csv = ['Customer,Sales,Profit', ...PAYLOADS.map((p, i) => `${quote(p)},${1000 * (i + 1)},${100 * (i + 1)}`)];
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({
    name: 'probe.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv.join('\n'), 'utf8'),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(`Imported ${PAYLOADS.length} customers.`)).toBeVisible();
  // The names are shown verbatim, as text, in the customer lists (classes A–C hold
  // every customer).
  await page.getByLabel('Search by customer or name').fill('data-probe');
  const shown = new Set();
  for (const label of ['Class A', 'Class B', 'Class C']) {
    await page.getByLabel('List', { exact: true }).selectOption({ label });
    await settle(page);
    for (const payload of PAYLOADS) {
      if ((await page.getByRole('cell', { name: payload, exact: true }).count()) > 0) shown.add(payload);
    }
  }
  expect([...shown].sort()).toEqual([...PAYLOADS].sort());

  // Wherever the text is shown, no element was made of it and nothing ran.
  await walkEveryRoute(page, 'with markup in the data');
  expect(await page.locator('[data-probe]').count()).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(
    await page.evaluate(() => document.querySelectorAll('head script').length),
  );
  await expectNoViolations(page, 'with markup in the data');
});
