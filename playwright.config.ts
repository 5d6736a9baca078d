import { defineConfig } from '@playwright/test';
import { LAUNCH_OPTIONS } from './scripts/lib/chromium.ts';

// Tests run against the built site (npm run build first), served by the project's one static server
// (scripts/lib/server.ts), which compresses like a real host.
export const PORT = Number(process.env.E2E_PORT ?? 4399);

// CI machines may be busy: a test must not fail because the machine is several times slower than a
// quiet one. So no short limits: a test is stopped only if it hangs (10 min), an expectation waits up
// to a minute for the page to get there, an action or navigation up to two (pages here load in
// seconds; without a bound, a missing element would hold its test for the full 10 minutes).
// Tests are small (one page, one scheme) so the two workers share the work evenly.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 10 * 60_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}`, launchOptions: LAUNCH_OPTIONS, actionTimeout: 2 * 60_000, navigationTimeout: 2 * 60_000 },
  webServer: {
    command: `node scripts/lib/server.ts dist ${PORT} /`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never reuse: a server left running from another checkout would be tested instead of this
    // build. A busy port fails at once (set E2E_PORT to use another).
    reuseExistingServer: false,
    timeout: 10 * 60_000,
  },
});
