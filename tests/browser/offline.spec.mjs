// Offline and instant on repeat visits (issue #14, item 5): after one visit the app
// opens and works with no network; a new build's service worker replaces the old
// cache without ever mixing two builds' files; the web app manifest is linked, valid
// and installable; `trunk serve` keeps no worker (web/sw.js, scripts/offline.mjs).
//
// Each test serves its own copy of dist/ with scripts/static-server.mjs, so it can
// stop the server (no network at all, on top of context.setOffline) and deploy
// another build over the first while pages of the first are open. A second build is
// made as a real one differs: its JS glue and stylesheet get other bytes (a marker
// each), hence other content-hashed names and SRI hashes in index.html, and the copy
// then goes through the same post-build hook as a Trunk build (scripts/post-build.mjs:
// the policy's script hash, the worker's list and build id).
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from './fixtures.mjs';
import { expectSaved, itemRow, quadrant } from './helpers.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIST = resolve(ROOT, process.env.PW_DIST || 'dist');
const CACHE_PREFIX = 'crm-workbook/build/';
const KEPT = 'Offline use: this version of the app is kept in this browser, so it opens without a network.';
const UPDATE_WAITING =
  'Offline use: a newer version has been downloaded. It opens once every tab of the workbook has been closed.';
const NOT_KEPT = 'Offline use: this browser does not keep the app, so opening it needs the network.';

/** A copy of a build served by scripts/static-server.mjs, which can be stopped and redeployed. */
class Site {
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'crm-offline-'));
    this.root = join(this.dir, 'site');
    this.port = 0;
    this.child = null;
    cpSync(DIST, this.root, { recursive: true });
  }

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts serving (again on the same port once it has one). */
  listen() {
    return new Promise((resolveListen, reject) => {
      const child = spawn(process.execPath, [join(ROOT, 'scripts/static-server.mjs'), String(this.port), this.root], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = out.match(/listening on http:\/\/127\.0\.0\.1:(\d+)\//);
        if (m) {
          this.port = Number(m[1]);
          this.child = child;
          resolveListen();
        }
      });
      child.on('exit', (code) => reject(new Error(`static server exited (${code})`)));
    });
  }

  /** Stops the server: from now on nothing answers on its port. */
  async stop() {
    const child = this.child;
    if (!child) return;
    this.child = null;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }

  /** Replaces every file served with those of `build` (the server keeps running). */
  deploy(build) {
    for (const entry of readdirSync(this.root)) rmSync(join(this.root, entry), { recursive: true, force: true });
    cpSync(build.dir, this.root, { recursive: true });
  }

  async close() {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const sha = (alg, bytes) => createHash(alg).update(bytes).digest();

/** A build's id and files, as its sw.js lists them. */
function readBuild(dir) {
  const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
  const build = worker.match(/^const BUILD = "([0-9a-f]+)";$/m)?.[1] ?? null;
  const list = worker.match(/^const FILES = (\[[\s\S]*?\n\]);$/m);
  const files = list ? JSON.parse(list[1]).map(([path]) => `/${path}`) : [];
  return { dir, build, files };
}

/**
 * A copy of dist/ at `dir` that differs from it as another build of the app would:
 * the JS glue and the stylesheet carry `marker` (readable in the page), so both get
 * new names; `edit` may change the staged index.html further before the hook runs.
 */
function makeBuild(dir, marker, edit = (html) => html) {
  cpSync(DIST, dir, { recursive: true });
  let html = readFileSync(join(dir, 'index.html'), 'utf8');
  const changes = [
    ['.js', `\nglobalThis.crmWorkbookTestBuild = ${JSON.stringify(marker)};\n`],
    ['.css', `\n:root { --test-build: "${marker}"; }\n`],
  ];
  for (const [ext, extra] of changes) {
    const old = readdirSync(dir).find((f) => f.endsWith(ext) && f !== 'sw.js');
    const bytes = Buffer.concat([readFileSync(join(dir, old)), Buffer.from(extra)]);
    // Trunk prints its 64-bit hash without leading zeros: 1 to 16 hex digits.
    const name = old.replace(/-[0-9a-f]{1,16}(\.\w+)$/, `-${sha('sha256', bytes).toString('hex').slice(0, 16)}$1`);
    expect(name, `${old} has Trunk's content hash in its name`).not.toBe(old);
    rmSync(join(dir, old));
    writeFileSync(join(dir, name), bytes);
    const integrity = `sha384-${sha('sha384', bytes).toString('base64')}`;
    html = html
      .replaceAll(old, name)
      .replace(new RegExp(`(href="/${name.replaceAll('.', '\\.')}"[^>]*?integrity=")[^"]+"`), `$1${integrity}"`);
  }
  // As Trunk stages it, before the hook: the policy's placeholder for the script hashes.
  html = html.replace(/'sha256-[^']+'(?: 'sha256-[^']+')*/, "'inline-script-hashes'");
  writeFileSync(join(dir, 'index.html'), edit(html));
  execFileSync(process.execPath, [join(ROOT, 'scripts/post-build.mjs'), dir], { stdio: 'pipe' });
  return readBuild(dir);
}

const test = base.extend({
  site: async ({}, use) => {
    const site = new Site();
    await site.listen();
    await use(site);
    await site.close();
  },
  appOrigin: async ({ site }, use) => use(site.origin),
  baseURL: async ({ site }, use) => use(site.origin),
});

test.use({ serviceWorkers: 'allow' });

/** Waits until the page's build is kept: a worker of the registration is active. */
async function keptOffline(page) {
  expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => Boolean(r.active)))).toBe(true);
}

/** The build the page is, as its index.html names it. */
function pageBuild(page) {
  return page.locator('meta[name="crm-workbook-build"]').getAttribute('content');
}

function cacheNames(page) {
  return page.evaluate(async (prefix) => (await caches.keys()).filter((n) => n.startsWith(prefix)).sort(), CACHE_PREFIX);
}

function cachedFiles(page, build) {
  return page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  }, CACHE_PREFIX + build);
}

/** The markers of makeBuild in the running page: [JS, CSS]; null for dist/ itself. */
function markers(page) {
  return page.evaluate(() => {
    const css = getComputedStyle(document.documentElement).getPropertyValue('--test-build').trim();
    return [globalThis.crmWorkbookTestBuild ?? null, css ? JSON.parse(css) : null];
  });
}

/** Records every response the page gets: path and whether the worker answered. */
function recordResponses(page) {
  const seen = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'http:') seen.push({ path: url.pathname, fromWorker: r.fromServiceWorker(), status: r.status() });
  });
  return seen;
}

/**
 * Asks the browser to look for a new worker now, and says what became of it:
 * 'installed' (waiting), 'redundant' (its install failed), 'none' (no new worker),
 * or the state it was stuck in after 10 s.
 */
function checkForUpdate(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const update = registration.update().catch(() => undefined);
    const found = new Promise((r) => registration.addEventListener('updatefound', r, { once: true }));
    await Promise.race([update, found]);
    const worker = registration.installing;
    if (!worker) return registration.waiting ? 'installed' : 'none';
    return new Promise((done) => {
      const settle = () => {
        if (worker.state === 'installed' || worker.state === 'redundant') done(worker.state);
      };
      worker.addEventListener('statechange', settle);
      setTimeout(() => done(`still ${worker.state} after 10 s`), 10_000);
      settle();
    });
  });
}

/** The build of the registration's active worker, once it is activated, else null. */
async function activatedBuild(context) {
  for (const worker of context.serviceWorkers()) {
    const state = await worker.evaluate(() => [BUILD, self.serviceWorker.state]).catch(() => null);
    if (state?.[1] === 'activated') return state[0];
  }
  return null;
}

async function openLibrary(page, heading = 'Workbooks') {
  await page.evaluate(() => {
    window.location.hash = '#/library';
  });
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Types a score on SWOT and sees the total follow: the worksheet works. */
async function scoreWorks(page) {
  await page.evaluate(() => {
    window.location.hash = '#/swot';
  });
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  const strengths = quadrant(page, 'Strengths');
  await expect(strengths).toContainText('Total: 38');
  await itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true }).fill('3');
  await expect(strengths).toContainText('Total: 32');
}

test('after one visit the app opens and a worksheet works with no network', async ({ page, context, site }) => {
  const dist = readBuild(DIST);
  await page.goto('/#/swot');
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  await keptOffline(page);
  await openLibrary(page);
  await expect(page.getByText(KEPT)).toBeVisible();
  // Every file of the build is kept, and nothing else.
  expect(await cacheNames(page)).toEqual([CACHE_PREFIX + dist.build]);
  expect(await cachedFiles(page, dist.build)).toEqual([...dist.files].sort());

  await site.stop();
  await context.setOffline(true);
  const responses = recordResponses(page);
  const reload = await page.reload();
  expect(reload.fromServiceWorker(), 'the page comes from the worker').toBe(true);
  await scoreWorks(page);
  await expectSaved(page);
  const loaded = responses.map((r) => r.path);
  for (const file of dist.files.filter((f) => !f.startsWith('/pwa/'))) {
    expect(loaded, `${file} was loaded`).toContain(file === '/index.html' ? '/' : file);
  }
  expect(responses.filter((r) => !r.fromWorker || r.status !== 200), 'every response came from the worker').toEqual([]);

  // A second tab opens offline too, and the score typed offline was saved.
  const tab = await context.newPage();
  await tab.goto('/#/swot');
  await expect(quadrant(tab, 'Strengths')).toContainText('Total: 32');
  await tab.close();

  // The library says so in Chinese too.
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await openLibrary(page, '手册库');
  await expect(page.getByText('离线使用：本浏览器已保存此版本的应用，没有网络也能打开。')).toBeVisible();
});

test('a new build replaces the old cache only when no page of the old build is open, and never mixes files', async ({
  page,
  context,
  site,
}) => {
  test.setTimeout(90_000);
  const first = readBuild(DIST);
  const second = makeBuild(join(site.dir, 'second'), 'second');
  expect(second.build).not.toBe(first.build);
  expect(second.files).not.toEqual(first.files);
  const shared = second.files.filter((f) => first.files.includes(f));
  expect(shared, 'the wasm did not change, so it keeps its name').toContainEqual(expect.stringMatching(/\.wasm$/));

  // Build 1: a first visit, then a page the worker serves.
  // Each page with its build, what it loaded and what it logged as an error (the
  // fixture watches only the first page).
  const pages = new Map();
  const watch = (p, build) => {
    const errors = [];
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    p.on('pageerror', (e) => errors.push(e.message));
    pages.set(p, { build, responses: recordResponses(p), errors });
  };
  await page.goto('/#/swot');
  await keptOffline(page);
  watch(page, first);
  expect((await page.reload()).fromServiceWorker()).toBe(true);
  expect(await pageBuild(page)).toBe(first.build);

  // A deploy half done (the new index.html and sw.js, not yet its stylesheet), then
  // a new worker whose list does not match the index.html served (the index.html of
  // build 1 under build 2's worker): both installs fail, nothing of build 2 is kept,
  // and build 1 goes on.
  const newCss = second.files.find((f) => f.endsWith('.css'));
  site.deploy(second);
  rmSync(join(site.root, newCss));
  expect(await checkForUpdate(page)).toBe('redundant');
  site.deploy(second);
  cpSync(join(DIST, 'index.html'), join(site.root, 'index.html'));
  expect(await checkForUpdate(page)).toBe('redundant');
  expect(await cacheNames(page)).toEqual([CACHE_PREFIX + first.build]);
  expect((await page.reload()).fromServiceWorker()).toBe(true);
  expect(await pageBuild(page)).toBe(first.build);

  // Build 2 deployed whole: its worker installs all its files into a cache of its
  // own and waits, since a page of build 1 is open.
  site.deploy(second);
  expect(await checkForUpdate(page)).toBe('installed');
  expect(await cacheNames(page)).toEqual([CACHE_PREFIX + first.build, CACHE_PREFIX + second.build].sort());
  expect(await cachedFiles(page, second.build)).toEqual([...second.files].sort());
  expect(await cachedFiles(page, first.build)).toEqual([...first.files].sort());
  await openLibrary(page);
  await expect(page.getByText(UPDATE_WAITING)).toBeVisible();

  // The old page still gets its own files, which the server no longer has.
  const oldCss = first.files.find((f) => f.endsWith('.css'));
  const asked = await page.evaluate(async (path) => {
    const r = await fetch(path);
    return [r.status, [...new Uint8Array(await crypto.subtle.digest('SHA-256', await r.arrayBuffer()))]];
  }, oldCss);
  expect(asked[0]).toBe(200);
  expect(Buffer.from(asked[1]).toString('hex')).toBe(sha('sha256', readFileSync(join(DIST, oldCss))).toString('hex'));
  expect((await page.request.get(oldCss)).status(), 'the server has only build 2').toBe(404);

  // A tab opened meanwhile is build 1 throughout, from build 1's cache.
  const tab = await context.newPage();
  watch(tab, first);
  await tab.goto('/#/swot');
  await expect(tab.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  expect(await pageBuild(tab)).toBe(first.build);
  expect(await markers(tab)).toEqual([null, null]);

  // Every page of build 1 closed: build 2's worker activates and removes build 1's cache.
  await tab.close();
  await page.close();
  await expect.poll(() => activatedBuild(context), { timeout: 15_000 }).toBe(second.build);

  const next = await context.newPage();
  watch(next, second);
  const response = await next.goto('/#/swot');
  expect(response.fromServiceWorker()).toBe(true);
  expect(await pageBuild(next)).toBe(second.build);
  expect(await markers(next)).toEqual(['second', 'second']);
  expect(await cacheNames(next)).toEqual([CACHE_PREFIX + second.build]);
  await scoreWorks(next);
  await openLibrary(next);
  await expect(next.getByText(KEPT)).toBeVisible();

  // Never mixed: every file a page loaded belongs to the build of its index.html,
  // and no page logged an error.
  for (const { build, responses, errors } of pages.values()) {
    const own = new Set([...build.files, '/']);
    const loaded = responses.map((r) => r.path);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((path) => !own.has(path)), `files of another build in a page of ${build.build}`).toEqual([]);
    expect(errors).toEqual([]);
  }
});

test('the manifest is linked and valid, its icons load, the app is installable, and start_url opens the last workbook', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await keptOffline(page);
  await page.reload();
  await expect(page.getByRole('navigation').first()).toBeVisible();

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href, page.url()).href;
  const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), manifestUrl);
  const accent = readFileSync(join(ROOT, 'style/main.css'), 'utf8').match(/--accent:\s*(#[0-9a-f]{6})/i)[1];
  expect(manifest).toMatchObject({
    name: 'CRM strategy workbook · CRM 战略工作手册',
    short_name: 'CRM workbook',
    lang: 'en',
    display: 'standalone',
    theme_color: accent,
  });
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', accent);
  const origin = new URL(page.url()).origin;
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(`${origin}/`);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(`${origin}/`);

  // Icons: 192 and 512 pixels, one maskable; each loads and decodes to its size.
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort();
  expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const got = await page.evaluate(async (url) => {
      const r = await fetch(url);
      const bitmap = await createImageBitmap(await r.blob());
      return { status: r.status, type: r.headers.get('content-type'), size: `${bitmap.width}x${bitmap.height}` };
    }, new URL(icon.src, manifestUrl).href);
    expect(got, icon.src).toEqual({ status: 200, type: 'image/png', size: icon.sizes });
  }

  // Chromium's own reading of the manifest: no error, and nothing stops installing
  // the app (but the test browser's private window, which Chromium also reports).
  const cdp = await context.newCDPSession(page);
  const parsed = await cdp.send('Page.getAppManifest');
  expect(parsed.url).toBe(manifestUrl);
  expect(parsed.errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);

  // start_url opens the workbook opened last.
  await openLibrary(page);
  const form = page.getByRole('region', { name: 'New workbook' });
  await form.getByLabel('Title', { exact: true }).fill('Offsite workshop');
  await form.getByRole('button', { name: 'Create blank workbook' }).click();
  await expect(page).toHaveURL(/#\/w\/[^/]+\/$/);
  const opened = page.url();
  await page.evaluate(() => {
    window.location.hash = '#/library';
  });
  await page.goto(new URL(manifest.start_url, manifestUrl).href);
  await expect(page.getByLabel('Workbook title')).toHaveValue('Offsite workshop');
  await expect(page).toHaveURL(opened);
});

test('a trunk serve page keeps no worker, and retires the one a release build left', async ({ page, site }) => {
  // trunk serve's page carries its autoreload script; a stand-in with the same mark
  // (the socket path) that opens nothing, so the static server needs no websocket.
  const serve = makeBuild(join(site.dir, 'serve'), 'serve', (html) =>
    html.replace('</body>', '<script>/* autoreload stand-in: /.well-known/trunk/ws */</script></body>'),
  );
  expect(serve.build, 'sw.js is the template: no build, no list').toBeNull();
  expect(readFileSync(join(serve.dir, 'sw.js'), 'utf8')).toBe(readFileSync(join(ROOT, 'web/sw.js'), 'utf8'));

  await page.goto('/#/swot');
  await keptOffline(page);
  expect((await page.reload()).fromServiceWorker()).toBe(true);
  expect(await cacheNames(page)).toHaveLength(1);

  // The dev server now answers: the worker it serves removes the caches and itself,
  // and reloads the page, which comes from the network and registers nothing.
  site.deploy(serve);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update())).catch(() => undefined);
  await expect(page.locator('meta[name="crm-workbook-worker"]')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  await expect.poll(() => markers(page)).toEqual(['serve', 'serve']);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r === undefined))).toBe(true);
  expect(await cacheNames(page)).toEqual([]);
  await openLibrary(page);
  await expect(page.getByText(NOT_KEPT)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Workbooks' })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r === undefined))).toBe(true);
});
