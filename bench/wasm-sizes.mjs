#!/usr/bin/env node
// Where the wasm's bytes go: reads a wasm file's code section and its `name`
// section and adds up each function body's size by the crate its symbol names.
// Run it on the linker's output, before wasm-bindgen and wasm-opt strip the names:
//
//   trunk build --release --offline
//   node bench/wasm-sizes.mjs target/wasm32-unknown-unknown/release/crm-workbook-app.wasm
//
// Figures are raw bytes of code before wasm-opt (about 2.5× the gzipped size of the
// final file); they show proportions, not the shipped size. A symbol is counted
// under the first of CRATES its name mentions (a generic instantiated for a domain
// type may mention both; the order decides), else under "other". Pass a substring
// as the second argument to list the largest functions whose names contain it.
import { readFileSync } from 'node:fs';

const CRATES = [
  'serde_json', 'serde', 'tachys', 'leptos', 'reactive_graph', 'plotters', 'charts',
  'encoding_rs', 'csv', 'crm_workbook_app', 'workbook', 'wasm_bindgen', 'js_sys', 'web_sys',
  'hashbrown', 'alloc', 'core', 'std', 'dlmalloc', 'compiler_builtins',
];

const [file, filter] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/wasm-sizes.mjs <file.wasm> [name substring]');
  process.exit(2);
}
const buf = readFileSync(file);
let p = 8; // past the magic number and version
function leb() {
  let result = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[p++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
}
function skipLimits() {
  const flags = buf[p++];
  leb();
  if (flags & 1) leb();
}

let importedFunctions = 0;
const bodies = [];
const names = new Map();
let dataBytes = 0;
while (p < buf.length) {
  const id = buf[p++];
  const size = leb();
  const end = p + size;
  if (id === 2) {
    // Imports: only imported functions shift the function index space.
    const count = leb();
    for (let i = 0; i < count; i++) {
      p += leb(); // module
      p += leb(); // field
      const kind = buf[p++];
      if (kind === 0) { leb(); importedFunctions++; }
      else if (kind === 1) { p++; skipLimits(); }
      else if (kind === 2) skipLimits();
      else if (kind === 3) p += 2;
      else if (kind === 4) { p++; leb(); }
    }
  } else if (id === 10) {
    const count = leb();
    for (let i = 0; i < count; i++) {
      const bodySize = leb();
      bodies.push(bodySize);
      p += bodySize;
    }
  } else if (id === 11) {
    dataBytes += size;
  } else if (id === 0) {
    const nameLength = leb();
    const section = buf.subarray(p, p + nameLength).toString();
    p += nameLength;
    while (section === 'name' && p < end) {
      const sub = buf[p++];
      const subSize = leb();
      const subEnd = p + subSize;
      if (sub === 1) {
        const count = leb();
        for (let i = 0; i < count; i++) {
          const index = leb();
          const length = leb();
          names.set(index, buf.subarray(p, p + length).toString());
          p += length;
        }
      }
      p = subEnd;
    }
  }
  p = end;
}

const sums = new Map();
let total = 0;
const functions = bodies.map((size, i) => {
  const name = names.get(i + importedFunctions) || '?';
  const crate = CRATES.find((c) => name.includes(c)) || 'other';
  sums.set(crate, (sums.get(crate) || 0) + size);
  total += size;
  return [size, name];
});
if (names.size === 0) console.log('note: no name section; run this on the linker output (see the header)');
console.log(`${file}: ${bodies.length} functions, code ${total} bytes, data ${dataBytes} bytes`);
for (const [crate, size] of [...sums].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(size).padStart(10)}  ${(100 * size / total).toFixed(1).padStart(5)}%  ${crate}`);
}
if (filter) {
  console.log(`\nlargest functions whose names contain "${filter}":`);
  functions
    .filter(([, name]) => name.includes(filter))
    .sort((a, b) => b[0] - a[0])
    .slice(0, 40)
    .forEach(([size, name]) => console.log(`${String(size).padStart(8)}  ${name.slice(0, 160)}`));
}
