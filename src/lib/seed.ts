/** The parsed seed, bundled at build time (Vite's raw glob import: no file reads at runtime). */
import { parseSource, SEED_PATH, type SourceDocument } from './source';

// A glob, not a literal import, so SEED_PATH (src/lib/source.ts) stays the one place the file is named.
const seeds = import.meta.glob<string>('/seeds/*.txt', { query: '?raw', import: 'default', eager: true });
const seedText = seeds[`/${SEED_PATH}`];
if (seedText === undefined) throw new Error(`${SEED_PATH} not found (seeds/ holds ${Object.keys(seeds).join(', ') || 'nothing'})`);

export const source: SourceDocument = parseSource(seedText);
