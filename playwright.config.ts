import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it exists (Playwright's own browser download does not work on our machines);
// CHROMIUM_PATH overrides; elsewhere Playwright's bundled browser.
const chromium = process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'phone-360', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }, grep: /@phone/ },
  ],
  webServer: {
    // scripts/test-all.sh builds once; this only serves the production build
    command: `node server.js -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // a database of its own (scripts/test-all.sh empties it first), unless DATABASE_URL points at PostgreSQL
    env: {
      ...process.env,
      PORT: String(port),
      PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? 'data/e2e-pglite',
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      // the request lines of a whole suite would bury a failure's output: warnings and errors only
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      // some specs play clients behind a proxy with their own X-Forwarded-For (e2e/security-requests.spec.ts)
      TRUST_PROXY: '1',
      // the fixture quiz there is an assessment: e2e/security-probe.spec.ts checks practice never serves it
      EXTRA_CONTENT_DIRS: 'test/fixtures/content',
      // the one-time setup link, for e2e/helpers/teacher.ts to make the admin as a newcomer would
      SETUP_LINK_FILE: process.env.E2E_SETUP_LINK_FILE ?? 'data/e2e-setup-link',
    } as Record<string, string>,
  },
});
