// Shared Chromium launch options for Playwright (playwright.config.mjs, bench/bench.mjs).
// Always the Debian chromium (scripts/setup.sh test installs it); Playwright never
// downloads a browser (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). Override the binary with
// CHROMIUM_PATH if needed.
export const chromiumExecutable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumLaunchOptions = {
  executablePath: chromiumExecutable,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ],
};
