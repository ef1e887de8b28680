// Owns: serving a built dist/ for the benchmarks (scripts/static-server.mjs on a free
// 127.0.0.1 port), shared by bench/bench.mjs and bench/segmentation.mjs.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Serves `dist`; resolves with its base URL and a `stop()` once it listens. */
export function startServer(dist) {
  return new Promise((resolveServer, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/static-server.mjs'), '0', dist], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error('static server did not start')), 10_000);
    child.on('exit', (code) => reject(new Error(`static server exited (${code})`)));
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolveServer({ url: m[1], stop: () => child.kill('SIGTERM') });
      }
    });
  });
}
