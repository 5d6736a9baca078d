/** The parsed seed, bundled at build time (Vite's ?raw import: no file reads at runtime). */
import seedText from '../../seeds/000_0bcd0836c099145f.txt?raw';
import { parseSource, type SourceDocument } from './source';

export const source: SourceDocument = parseSource(seedText);
