#!/usr/bin/env node
// Post-build step (run by scripts/post-build.mjs, after scripts/csp.mjs): gives the
// build its service worker. Writes <dir>/sw.js from web/sw.js with the build's id and
// complete file list, and names the worker and the build in index.html.
//
//   node scripts/offline.mjs [dir]       (default: $TRUNK_STAGING_DIR)
//
// The list is every file of the staged build (all of them are the app's, and all are
// needed offline) with the SHA-384 of its bytes; the worker fetches each with that
// hash as the fetch `integrity`, so its cache can only ever hold this build's bytes.
// The build's id is a hash of the worker template and the list: the same files give
// the same sw.js byte for byte (the browser sees no update), any change gives a new
// worker with a cache of its own. index.html gets, after the policy meta:
//
//   <meta name="crm-workbook-worker" content="/sw.js" />   the worker the app registers
//   <meta name="crm-workbook-build" content="<id>" />      which build the page is
//
// `trunk serve` (recognised by the autoreload script Trunk injects) gets neither
// meta, so the app registers nothing, and sw.js is the template as it is: the
// retiring worker that removes a worker and caches left on the same origin by a
// release build (web/sw.js says why). `trunk serve --no-autoreload` is treated as a
// build: that is the way to try the offline behaviour on the dev server.
//
// Fails the build (non-zero exit) if the template lacks its placeholders, if the
// policy lacks worker-src 'self', or if index.html or the manifest names a file of
// the app that is not in the list (the app would then not open offline).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const TEMPLATE = join(ROOT, 'web/sw.js');
export const WORKER = 'sw.js';

const BUILD_LINE = /^const BUILD = null;.*$/m;
const FILES_LINE = /^const FILES = null;.*$/m;
const META_RE = /[ \t]*<meta name="crm-workbook-(?:worker|build)" content="[^"]*" \/>\n/g;
const POLICY_RE = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>\n?/i;
// Trunk's autoreload script (src/autoreload.js) opens this socket; only `trunk serve` injects it.
const AUTORELOAD_MARK = '.well-known/trunk/ws';

/** `sha384-<base64>` of some bytes, as the fetch `integrity` option takes it. */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Every file under `dir` but the worker itself, as sorted '/'-separated relative paths. */
export function buildFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join(posix.sep));
    }
  };
  walk(dir);
  return out.filter((f) => f !== WORKER).sort();
}

/** Same-origin paths index.html (links, scripts, the bootstrap's imports) and the manifest name. */
export function referencedFiles(dir, html, publicUrl) {
  const found = new Set();
  const add = (ref, base) => {
    if (/^(data|blob|about):/i.test(ref)) return;
    const url = new URL(ref, base);
    if (url.origin !== 'http://app.invalid') throw new Error(`${ref} is not one of the app's own files`);
    found.add(url.pathname);
  };
  const page = new URL(publicUrl, 'http://app.invalid/');
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*\s(?:href|src)="([^"]+)"/gi)) add(m[1], page);
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const f of m[1].matchAll(/['"]([^'"\s]+\.(?:js|wasm))['"]/g)) add(f[1], page);
  }
  const manifest = html.match(/<link\b[^>]*\srel="manifest"[^>]*\shref="([^"]+)"/i);
  if (manifest) {
    const url = new URL(manifest[1], page);
    const json = JSON.parse(readFileSync(join(dir, decodeURIComponent(url.pathname.slice(page.pathname.length))), 'utf8'));
    for (const icon of json.icons ?? []) add(icon.src, url);
  }
  return [...found].map((p) => decodeURIComponent(p.slice(page.pathname.length))).sort();
}

/**
 * Completes the build in `dir`: returns { serve, build, files, html, worker }, the
 * new index.html and sw.js texts (nothing written), or throws why the build must fail.
 */
export function completeBuild(dir, { template = readFileSync(TEMPLATE, 'utf8'), publicUrl = '/' } = {}) {
  if (!BUILD_LINE.test(template) || !FILES_LINE.test(template)) {
    throw new Error(`${TEMPLATE} has no "const BUILD = null;" and "const FILES = null;" lines to fill in`);
  }
  // Run again on a finished build (a copy being rebuilt by a test), start from scratch.
  const source = readFileSync(join(dir, 'index.html'), 'utf8').replace(META_RE, '');
  if (source.includes(AUTORELOAD_MARK)) return { serve: true, html: source, worker: template };

  const policy = source.match(POLICY_RE);
  if (!policy) throw new Error('index.html has no Content-Security-Policy meta to put the worker after');
  if (!/[";]\s*worker-src 'self'\s*[;"]/.test(policy[0])) {
    throw new Error("the policy lacks worker-src 'self': the worker's registration would rest on script-src");
  }
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;

  const others = buildFiles(dir).filter((f) => f !== 'index.html');
  const hashOf = (f) => integrity(readFileSync(join(dir, f)));
  const build = createHash('sha256')
    .update(template)
    .update(source)
    .update(others.map((f) => `${f}\0${hashOf(f)}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const metas =
    `    <meta name="crm-workbook-worker" content="${base}${WORKER}" />\n` +
    `    <meta name="crm-workbook-build" content="${build}" />\n`;
  const at = policy.index + policy[0].length;
  const html = source.slice(0, at) + metas + source.slice(at);

  const files = [['index.html', integrity(Buffer.from(html, 'utf8'))], ...others.map((f) => [f, hashOf(f)])];
  const listed = new Set(files.map(([f]) => f));
  const missing = referencedFiles(dir, html, base).filter((f) => !listed.has(f));
  if (missing.length) throw new Error(`index.html or the manifest names files the build lacks: ${missing.join(', ')}`);

  const worker = template
    .replace(BUILD_LINE, `const BUILD = ${JSON.stringify(build)};`)
    .replace(FILES_LINE, `const FILES = [\n${files.map((f) => `  ${JSON.stringify(f)}`).join(',\n')}\n];`);
  return { serve: false, build, files, html, worker };
}

function main() {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('offline: no directory given and TRUNK_STAGING_DIR is not set (run as a Trunk post_build hook)');
    process.exit(2);
  }
  try {
    const out = completeBuild(dir, { publicUrl: process.env.TRUNK_PUBLIC_URL || '/' });
    writeFileSync(join(dir, 'index.html'), out.html);
    writeFileSync(join(dir, WORKER), out.worker);
    if (out.serve) {
      console.log(`offline: ${dir}: trunk serve: no worker registered; ${WORKER} retires any earlier one`);
    } else {
      console.log(`offline: ${dir}: build ${out.build}, ${out.files.length} files kept for offline use by ${WORKER}`);
    }
  } catch (err) {
    console.error(`offline: ${dir}: ${err.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
