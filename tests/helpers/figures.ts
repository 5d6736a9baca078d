/** content/data/figures.yaml read through the collection's own schema, for unit and e2e tests. */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { figureSchema, FIGURES_FILE, type FigureEntry } from '../../src/lib/figures';
import { ROOT } from './content';

export function readFigures(): FigureEntry[] {
  // js-yaml: the parser Astro's file() loader uses.
  const raw = yaml.load(fs.readFileSync(path.join(ROOT, FIGURES_FILE), 'utf8')) as unknown[];
  return raw.map((f) => figureSchema.parse(f));
}
