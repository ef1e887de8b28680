#!/usr/bin/env node
// Tiny zero-dependency static file server for the built app (Trunk's `dist/`).
//
//   node scripts/static-server.mjs [port] [dir]
//
// port defaults to 4173 (0 = pick a free port); dir defaults to <repo>/dist.
// Binds 127.0.0.1 only. Prints "listening on http://127.0.0.1:<port>/" once ready
// (bench/bench.mjs parses that line). Every response carries `Cache-Control: no-store`
// so a browser never sees a stale build. GET/HEAD only; "/" serves index.html;
// unknown paths are 404 (the app uses hash routes, so no SPA fallback is needed).
import { createServer } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.argv[2] ?? 4173);
const root = resolve(process.argv[3] ?? join(repoRoot, 'dist'));

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`static-server: bad port ${process.argv[2]}`);
  process.exit(2);
}
if (!existsSync(join(root, 'index.html'))) {
  console.error(`static-server: ${join(root, 'index.html')} not found; run \`trunk build --release --offline\` first`);
  process.exit(1);
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      return send(res, 400, 'bad request\n');
    }
    if (pathname.includes('\0')) return send(res, 400, 'bad request\n');
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = resolve(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden\n');

    let info;
    try {
      info = await stat(file);
    } catch {
      return send(res, 404, 'not found\n');
    }
    if (!info.isFile()) return send(res, 404, 'not found\n');

    res.writeHead(200, {
      'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  } catch (err) {
    if (!res.headersSent) send(res, 500, 'internal error\n');
    else res.destroy();
    console.error('static-server:', err);
  }
});

server.keepAliveTimeout = 1000;
server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/ (serving ${root})`);
});
server.on('error', (err) => {
  console.error(`static-server: ${err.message}`);
  process.exit(1);
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 500).unref();
  });
}
