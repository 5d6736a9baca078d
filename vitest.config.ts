/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so unit tests can render .astro components with the container API.
export default getViteConfig({
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 },
});
