#!/usr/bin/env node
// Renders the app's icons (web/icons/*.svg) to the PNGs the web app manifest names
// (web/pwa/icon-192.png, icon-512.png, icon-maskable-512.png) with headless Chromium.
//
//   node scripts/icons.mjs          (after `bash scripts/setup.sh test`)
//
// Run by hand after changing a drawing, and commit the PNGs: the build copies them
// as they are (index.html's copy-dir of web/pwa), so building never needs a browser.
// Each SVG is shown alone on a transparent page at the icon's size and screenshot
// with the background left out, so the rounded corners of the "any" icon stay
// transparent.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** [drawing, size in pixels, output] */
export const ICONS = [
  ['web/icons/icon.svg', 192, 'web/pwa/icon-192.png'],
  ['web/icons/icon.svg', 512, 'web/pwa/icon-512.png'],
  ['web/icons/icon-maskable.svg', 512, 'web/pwa/icon-maskable-512.png'],
];

async function main() {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    for (const [svg, size, out] of ICONS) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const drawing = readFileSync(join(ROOT, svg), 'utf8').replace(/\swidth="\d+" height="\d+"/, ` width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${drawing}</body></html>`,
      );
      await page.locator('svg').screenshot({ path: join(ROOT, out), omitBackground: true });
      await page.close();
      console.log(`icons: ${svg} → ${out} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(`icons: ${err.stack || err}`);
  process.exit(1);
});
