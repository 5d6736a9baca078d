import { defineConfig } from '@playwright/test';
import { LAUNCH_OPTIONS } from './scripts/lib/chromium.ts';

// Tests run against the built site (npm run build first), served by the project's one static server
// (scripts/lib/server.ts), which compresses like a real host.
export const PORT = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}`, launchOptions: LAUNCH_OPTIONS },
  webServer: {
    command: `node scripts/lib/server.ts dist ${PORT} /`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
