/** Where things are, for scripts and tests: the one place a path to the project's files is written. */
import path from 'node:path';
import { SEED_PATH } from '../../src/lib/source.ts';

/** The project's root folder (where package.json is). */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The built site, as `npm run build` writes it. */
export const DIST = path.join(ROOT, 'dist');
/** The source document (seeds/), absolute; `SEED_PATH` is the same file relative to ROOT. */
export const SEED_FILE = path.join(ROOT, SEED_PATH);
export { SEED_PATH };
