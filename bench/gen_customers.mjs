#!/usr/bin/env node
// Owns: the deterministic customer CSV the segmentation benchmark imports (bench/segmentation.mjs).
//
//   node bench/gen_customers.mjs [rows] [out.csv]     # defaults: BENCH_ROWS or 1000000,
//                                                     # /tmp/crm-bench/customers-<rows>.csv
//
// Also imported by bench/segmentation.mjs (ensureCustomers). Same rows + same GEN_VERSION
// give a byte-identical file: a seeded xoshiro128** PRNG, never Math.random. A sidecar
// <out>.json records rows, version, bytes and sha256; an existing file is reused only if
// its size and sha256 still match that record.
//
// Columns: customer_id,name,sales,profit,previous_sales,satisfaction,loyalty,price_only
//   customer_id     C0000001, C0000002, … (unique)
//   name            "Customer <row number>"
//   sales           lognormal (median ≈ 490, long right tail), 2 decimals
//   profit          sales × margin, margin in [−10%, 40%] (triangular, mean 15%), 2 decimals
//   previous_sales  ~90% of rows: sales × lognormal growth factor (≈ 1/3 fell by ≥ 10%); else blank
//   satisfaction    integer 1–10 (mean ≈ 7)
//   loyalty         integer 1–10 (mean ≈ 6)
//   price_only      "yes" for ~8% of rows, else "no"
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEN_VERSION = 1;
export const HEADER = 'customer_id,name,sales,profit,previous_sales,satisfaction,loyalty,price_only';
const SEED = [0x9e3779b9, 0x243f6a88, 0xb7e15162, 0x0badf00d];

/** xoshiro128** over four 32-bit words; returns floats in [0, 1). */
function prng(seed) {
  let [a, b, c, d] = seed.map((x) => x >>> 0);
  return () => {
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return r / 4294967296;
  };
}
const rotl = (x, k) => (x << k) | (x >>> (32 - k));

/** Standard normal draws by Box–Muller (both halves used). */
function normals(rand) {
  let spare = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = 1 - rand(); // (0, 1]
    const v = rand();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

const clampInt = (x, lo, hi) => Math.min(hi, Math.max(lo, Math.round(x)));
// toFixed(2) without "-0.00".
const money = (x) => {
  const s = x.toFixed(2);
  return s === '-0.00' ? '0.00' : s;
};

/** Writes `rows` customers to `path`; resolves to { bytes, sha256 }. */
export async function generate(rows, path) {
  mkdirSync(dirname(path), { recursive: true });
  const rand = prng(SEED);
  const normal = normals(rand);
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  let bytes = 0;
  const write = (text) =>
    new Promise((ok, fail) => {
      const buf = Buffer.from(text, 'utf8');
      hash.update(buf);
      bytes += buf.length;
      out.write(buf, (err) => (err ? fail(err) : ok()));
    });
  await write(HEADER + '\n');
  const CHUNK = 20_000;
  for (let start = 1; start <= rows; start += CHUNK) {
    const lines = [];
    for (let i = start; i < Math.min(start + CHUNK, rows + 1); i++) {
      const sales = Math.exp(6.2 + 1.5 * normal());
      const margin = -0.1 + 0.5 * ((rand() + rand()) / 2);
      const profit = sales * margin;
      const previous = rand() < 0.9 ? money(sales * Math.exp(0.03 + 0.25 * normal())) : '';
      const satisfaction = clampInt(7 + 2 * normal(), 1, 10);
      const loyalty = clampInt(6 + 2.5 * normal(), 1, 10);
      const priceOnly = rand() < 0.08 ? 'yes' : 'no';
      lines.push(
        `C${String(i).padStart(7, '0')},Customer ${i},${money(sales)},${money(profit)},${previous},${satisfaction},${loyalty},${priceOnly}\n`,
      );
    }
    await write(lines.join(''));
  }
  await new Promise((ok, fail) => out.end((err) => (err ? fail(err) : ok())));
  return { bytes, sha256: hash.digest('hex') };
}

async function sha256File(path) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk);
  return hash.digest('hex');
}

export const defaultPath = (rows) => `/tmp/crm-bench/customers-${rows}.csv`;

/**
 * The benchmark file for `rows` customers at `path`: reused when its sidecar record
 * (rows, version) matches and the file's size and sha256 still agree with it,
 * otherwise (re)generated. Resolves to { path, bytes, sha256, reused }.
 */
export async function ensureCustomers(rows, path = defaultPath(rows)) {
  const metaPath = `${path}.json`;
  if (existsSync(path) && existsSync(metaPath)) {
    try {
      const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
      if (meta.rows === rows && meta.version === GEN_VERSION && statSync(path).size === meta.bytes) {
        if ((await sha256File(path)) === meta.sha256) return { path, bytes: meta.bytes, sha256: meta.sha256, reused: true };
      }
    } catch {
      // fall through: regenerate
    }
  }
  const { bytes, sha256 } = await generate(rows, path);
  writeFileSync(metaPath, JSON.stringify({ rows, version: GEN_VERSION, bytes, sha256 }, null, 2) + '\n');
  return { path, bytes, sha256, reused: false };
}

if (resolve(process.argv[1] || '') === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] || process.env.BENCH_ROWS || 1_000_000);
  const path = resolve(process.argv[3] || defaultPath(rows));
  const t0 = performance.now();
  const r = await ensureCustomers(rows, path);
  console.log(
    `${r.reused ? 'reused' : 'wrote'} ${r.path}: ${rows} rows, ${(r.bytes / 1e6).toFixed(1)} MB, sha256 ${r.sha256.slice(0, 16)}… (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
}
