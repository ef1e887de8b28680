// Playwright config for the browser tests in tests/browser/ (specs import
// { test, expect } from './fixtures.mjs'). Run via scripts/test.sh, or after a
// release build (`trunk build --release --offline`) with `npx playwright test`.
// The app is served from dist/ by scripts/static-server.mjs on 127.0.0.1:4173.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

// PW_PORT and PW_DIST let several builds be tested side by side (one dist each).
const PORT = Number(process.env.PW_PORT || 4173);
const DIST = process.env.PW_DIST || 'dist';
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: /.*\.(spec|test)\.m?[jt]s$/,
  outputDir: 'test-results',
  forbidOnly: true,
  retries: 0,
  // 2 cores: one browser per core. PW_WORKERS=1 for debugging flaky timing.
  workers: Number(process.env.PW_WORKERS || 2),
  fullyParallel: true,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    launchOptions: chromiumLaunchOptions,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    trace: 'off',
    video: 'off',
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `node scripts/static-server.mjs ${PORT} ${DIST}`,
    url: `${BASE_URL}/index.html`,
    reuseExistingServer: false,
    timeout: 15_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
