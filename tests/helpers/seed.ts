/** The parsed seed for tests that run outside Vite (Playwright), read straight from seeds/. */
import fs from 'node:fs';
import path from 'node:path';
import { parseSource } from '../../src/lib/source';

export const source = parseSource(fs.readFileSync(path.resolve(import.meta.dirname, '../../seeds/000_0bcd0836c099145f.txt'), 'utf8'));
