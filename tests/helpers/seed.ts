/** The parsed seed for tests that run outside Vite (Playwright), read straight from seeds/. */
import fs from 'node:fs';
import { SEED_FILE } from '../../scripts/lib/paths.ts';
import { parseSource } from '../../src/lib/source';

export const source = parseSource(fs.readFileSync(SEED_FILE, 'utf8'));
