#!/usr/bin/env node
// Trunk post-build hook (Trunk.toml `[[hooks]] stage = "post_build"`): completes the
// Content-Security-Policy <meta> of the built index.html.
//
//   node scripts/csp.mjs [index.html]     (default: $TRUNK_STAGING_DIR/index.html)
//
// index.html carries the policy with the placeholder `'inline-script-hashes'` in
// `script-src`. Trunk injects an inline <script type="module"> bootstrap whose text
// names the content-hashed .js and .wasm files, so its hash changes with every build;
// this hook runs after Trunk has written the staged index.html (and before Trunk moves
// the staging dir to dist/) and replaces the placeholder with one 'sha256-…' source
// per inline script, computed over the script's text exactly as the browser will see
// it. `trunk build` and `trunk serve` run the same build pipeline, so both get it.
//
// `trunk serve` also injects its autoreload script, with `{{__TRUNK_ADDRESS__}}` and
// `{{__TRUNK_WS_BASE__}}` placeholders that its server fills in per request, which
// would change the text after it was hashed. The hook fills them first with what
// Trunk itself falls back to (the page's own host, and the public URL as the
// websocket base), so the served text is the hashed text; the socket it opens is
// same-origin, allowed by connect-src 'self'.
//
// The build fails (non-zero exit) if the policy meta or its placeholder is missing,
// if the meta is not before the first script, or if the output has anything the
// policy would block: a <style> element, a style="" or on…="" attribute, an inline
// script that the hook did not hash, or a web app manifest the policy does not allow
// (from another origin, or without manifest-src 'self').
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PLACEHOLDER = "'inline-script-hashes'";

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const CSP_META_RE = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** The CSP source for a script's text: the HTML parser turns CRLF and CR into LF. */
export function hashSource(text) {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/** The texts of the inline (no `src`) scripts of an HTML document, in order. */
export function inlineScripts(html) {
  const out = [];
  for (const m of html.matchAll(SCRIPT_RE)) {
    if (!/\ssrc\s*=/i.test(` ${m[1]}`)) out.push(m[2]);
  }
  return out;
}

/** The policy of the document's CSP meta, or null. */
export function metaPolicy(html) {
  const m = html.match(CSP_META_RE);
  return m ? m[1].replaceAll('&#39;', "'").replaceAll('&apos;', "'") : null;
}

/** Fills Trunk's serve-time placeholders of the autoreload script (see above). */
function resolveAutoreload(html) {
  let base = process.env.TRUNK_PUBLIC_URL || '/';
  if (!base.endsWith('/')) base += '/';
  return html
    .replaceAll("'{{__TRUNK_ADDRESS__}}'", 'window.location.host')
    .replaceAll('`{{__TRUNK_ADDRESS__}}`', 'window.location.host')
    .replaceAll('{{__TRUNK_WS_BASE__}}', base);
}

/** Returns the finished document, or throws with the reason the build must fail. */
export function completePolicy(source) {
  const html = resolveAutoreload(source);
  const meta = html.match(CSP_META_RE);
  if (!meta) throw new Error('no <meta http-equiv="Content-Security-Policy" content="…"> in index.html');
  if (!meta[1].includes(PLACEHOLDER)) {
    throw new Error(`the CSP meta has no ${PLACEHOLDER} placeholder in script-src (already processed?)`);
  }
  const firstScript = html.search(/<script\b/i);
  if (firstScript !== -1 && firstScript < meta.index) {
    throw new Error('a <script> comes before the CSP meta; the policy only covers what follows it');
  }

  // What the policy would block, outside script texts.
  const markup = html.replace(SCRIPT_RE, '<script$1></script>');
  const blocked = [
    [/<style\b/i, 'a <style> element (style-src has no inline styles)'],
    [/<[a-z][^>]*\sstyle\s*=/i, 'a style="" attribute (style-src has no inline styles)'],
    [/<[a-z][^>]*\son[a-z]+\s*=/i, 'an inline event handler attribute'],
    [/\bjavascript:/i, 'a javascript: URL'],
  ];
  for (const [re, what] of blocked) {
    const m = markup.match(re);
    if (m) throw new Error(`index.html has ${what}: ${m[0].slice(0, 80)}`);
  }
  // The web app manifest is fetched under manifest-src, which must allow it.
  for (const link of markup.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\srel="manifest"/i.test(link)) continue;
    const href = link.match(/\shref="([^"]*)"/i)?.[1] ?? '';
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) {
      throw new Error(`index.html links a manifest that is not one of the app's own files (manifest-src 'self'): ${href}`);
    }
    if (!/(^|;)\s*manifest-src 'self'\s*(;|$)/.test(meta[1])) {
      throw new Error("index.html links a manifest but the policy lacks manifest-src 'self' (default-src 'none' would block it)");
    }
  }

  const hashes = [...new Set(inlineScripts(html).map(hashSource))];
  const replacement = hashes.join(' ');
  const policy = meta[1].replace(PLACEHOLDER, replacement).replace(/\s+;/g, ';').replace(/ {2,}/g, ' ');
  return {
    html: html.slice(0, meta.index) + meta[0].replace(meta[1], policy) + html.slice(meta.index + meta[0].length),
    policy,
    hashes,
  };
}

function main() {
  const file =
    process.argv[2] ??
    (process.env.TRUNK_STAGING_DIR ? join(process.env.TRUNK_STAGING_DIR, 'index.html') : null);
  if (!file) {
    console.error('csp: no file given and TRUNK_STAGING_DIR is not set (run as a Trunk post_build hook)');
    process.exit(2);
  }
  try {
    const { html, hashes } = completePolicy(readFileSync(file, 'utf8'));
    writeFileSync(file, html);
    console.log(`csp: ${file}: script-src allows ${hashes.length} inline script(s) by hash ${hashes.join(' ')}`);
  } catch (err) {
    console.error(`csp: ${file}: ${err.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
