import { defineConfig } from '@playwright/test';

// Tests run against the built site (npm run build first), served by a small static server
// (scripts/bench/static-server.mjs) that compresses like a real host.
// Browsers come from Debian (scripts/ensure-system-deps.sh): Playwright's own download is
// not reachable from these machines.
export const PORT = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The machines have no network beyond the package registries: keep Chromium quiet.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  webServer: {
    command: `node scripts/bench/static-server.mjs dist ${PORT} /`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
