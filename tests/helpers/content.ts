/**
 * Reads content/ the way Astro's loaders see it, for tests that need plain data (no astro:content):
 * YAML by js-yaml (the parser Astro's loaders use) and every entry parsed by the project's own zod
 * schemas, so defaults apply and a malformed file fails here as it fails the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { ROOT } from '../../scripts/lib/paths.ts';
import { datumSchema, trendSchema, type Datum } from '../../src/lib/schema';
import type { TrendFile } from '../../src/lib/validate';

export { ROOT };
export const TRENDS_DIR = path.join(ROOT, 'content/trends');

/** Parses `data` with `schema`, or throws naming the file and each field that is wrong. */
function parsed<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** Splits an MDX file into its YAML frontmatter (unvalidated) and body. */
export function readMdx(file: string): { data: Record<string, unknown>; body: string } {
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { data: yaml.load(match[1]) as Record<string, unknown>, body: match[2] };
}

/** Every article in content/trends, in file order, its frontmatter parsed by trendSchema. */
export function readTrendFiles(): TrendFile[] {
  return fs
    .readdirSync(TRENDS_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = `content/trends/${f}`;
      const { data, body } = readMdx(path.join(ROOT, file));
      return { file, data: parsed(trendSchema, data, file), body };
    });
}

/** content/data/numbers.yaml, each datum parsed by datumSchema. */
export function readNumbers(): Datum[] {
  const file = 'content/data/numbers.yaml';
  const raw = yaml.load(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a list of data`);
  return raw.map((d, i) => parsed(datumSchema, d, `${file} [${i}]`));
}
