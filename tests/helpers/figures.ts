/** content/data/figures.yaml read through the collection's own schema, for unit and e2e tests. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { figureSchema, FIGURES_FILE, type FigureEntry } from '../../src/lib/figures';
import { ROOT } from './content';

export function readFigures(): FigureEntry[] {
  const raw = parse(fs.readFileSync(path.join(ROOT, FIGURES_FILE), 'utf8')) as unknown[];
  return raw.map((f) => figureSchema.parse(f));
}
