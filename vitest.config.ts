/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so unit tests can render .astro components with the container API.
// The limit is only against a hang: tests that build a copy of the project must pass on a busy machine.
export default getViteConfig({
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 10 * 60_000, hookTimeout: 10 * 60_000 },
});
