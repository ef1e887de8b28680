// The app's service worker: keeps each build's files in a cache of that build's own,
// so after one visit the app opens with no network, and never mixes two builds.
//
// This file is a template. scripts/offline.mjs (run by the Trunk post-build hook)
// writes dist/sw.js from it with the two `const` lines below filled in: the build's
// id and its complete file list, each file with the SHA-384 of its bytes. Left as it
// is (BUILD null), it is the worker `trunk serve` gets: one that removes itself and
// every cache of the app, so a developer's browser never keeps serving an old build
// on the dev server's origin. README "Offline" explains the whole scheme.
//
// Rules, and why:
// - Install fills this build's cache completely or not at all: every file is fetched
//   past the HTTP cache and checked against its hash (the fetch `integrity` option),
//   and only when all have arrived is anything stored. A server half-way through a
//   deploy (new index.html, old or missing files) fails the install; the worker is
//   discarded and the previous build goes on serving.
// - No skipWaiting() and no clients.claim(): a worker controls only pages it served
//   itself, from its own cache. A new build's worker waits until no page of the old
//   build is left, so an old page that asks for one of its files later (a lazily
//   loaded script, a chart font, an icon) still gets it from the old worker's cache.
// - Activation deletes the other builds' caches: by then no page of theirs is
//   controlled by any worker (the browser activates a waiting worker only when the
//   old one has no page left), and a page no worker controls loads from the network.
// - The page (the scope itself or index.html, any query) and the build's files are
//   answered from the cache first: instant on repeat visits, and the same build for
//   the page and everything it loads. Anything else is left to the network.
'use strict';

const BUILD = null; // the build's id: filled in by scripts/offline.mjs
const FILES = null; // [[path relative to this worker, 'sha384-…'], …]: filled in by scripts/offline.mjs

/** Every cache of the app starts with this; the rest is the build's id. */
const PREFIX = 'crm-workbook/build/';

/** This worker's directory (its scope): the app's files are named relative to it. */
const BASE = new URL('./', self.location.href).href;

const resolve = (path) => new URL(path, BASE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(BUILD === null ? self.skipWaiting() : fill());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(BUILD === null ? retire() : removeOtherBuilds());
});

if (BUILD !== null) {
  const cacheName = PREFIX + BUILD;
  const page = resolve('index.html');
  const own = new Set(FILES.map(([path]) => resolve(path)));

  self.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    url.hash = '';
    if (request.mode === 'navigate') {
      url.search = '';
      if (url.href === BASE || url.href === page) event.respondWith(cacheFirst(cacheName, page, request));
      return;
    }
    if (own.has(url.href)) event.respondWith(cacheFirst(cacheName, url.href, request));
  });
}

/** The cached copy of `key` in this build's cache, else whatever the network says. */
async function cacheFirst(cacheName, key, request) {
  const hit = await caches.match(key, { cacheName });
  return hit ?? fetch(request);
}

/**
 * Fetches every file of the build, checked against its hash, then stores them all.
 * A fetch with `integrity` resolves only once the whole body has arrived and matched,
 * so no response sits half-read while the others load: holding unread bodies until
 * all headers are in can stall the install for good once the browser's connections
 * to the host are all taken.
 */
async function fill() {
  const responses = await Promise.all(
    FILES.map(async ([path, integrity]) => {
      const response = await fetch(resolve(path), { cache: 'no-cache', integrity, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      // A host that answers index.html with a redirect (to the directory) would give a
      // response the browser refuses for a navigation; keep its body and headers only.
      return [resolve(path), response.redirected ? await unredirected(response) : response];
    }),
  );
  const cacheName = PREFIX + BUILD;
  try {
    const cache = await caches.open(cacheName);
    await Promise.all(responses.map(([url, response]) => cache.put(url, response)));
  } catch (err) {
    // Out of quota, say: leave no part of a build behind.
    await caches.delete(cacheName);
    throw err;
  }
}

async function unredirected(response) {
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Deletes every cache of the app but this build's. */
async function removeOtherBuilds() {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== PREFIX + BUILD).map((n) => caches.delete(n)));
}

/** The `trunk serve` worker: removes every cache of the app and its registration, and
 *  reloads the pages an earlier worker served so they come from the dev server. */
async function retire() {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => caches.delete(n)));
  await self.registration.unregister();
  const pages = await self.clients.matchAll({ type: 'window' });
  await Promise.all(pages.map((client) => client.navigate(client.url).catch(() => undefined)));
}
