#!/usr/bin/env node
// Trunk post-build hook (Trunk.toml): finishes the staged build in two steps, in this
// order, in one hook.
//
//   node scripts/post-build.mjs [dir]     (default: $TRUNK_STAGING_DIR)
//
// 1. scripts/csp.mjs: the inline scripts' hashes into the Content-Security-Policy.
// 2. scripts/offline.mjs: the service worker's file list, with the hash of every file,
//    index.html included, so it must see index.html as step 1 left it.
//
// They are one hook because Trunk starts all hooks of a stage at once (trunk
// 0.21.14, src/hooks.rs), which would let step 2 hash a page step 1 is still
// rewriting. Given a directory (a copy of dist/, as the offline browser test makes
// for a second build), both steps run on it instead of Trunk's staging directory.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: no directory given and TRUNK_STAGING_DIR is not set (run as a Trunk post_build hook)');
  process.exit(2);
}
try {
  execFileSync(process.execPath, [join(HERE, 'csp.mjs'), join(resolve(dir), 'index.html')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(HERE, 'offline.mjs'), resolve(dir)], { stdio: 'inherit' });
} catch {
  // Each step has said why on stderr.
  process.exit(1);
}
