/** Reads content/ the way the loader sees it, for tests that need plain data (no astro:content). */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Datum, TrendData } from '../../src/lib/schema';
import type { TrendFile } from '../../src/lib/validate';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TRENDS_DIR = path.join(ROOT, 'content/trends');

/** Splits an MDX file into YAML frontmatter and body. */
export function readMdx(file: string): { data: Record<string, unknown>; body: string } {
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { data: parse(match[1]) as Record<string, unknown>, body: match[2] };
}

export function readTrendFiles(): TrendFile[] {
  return fs
    .readdirSync(TRENDS_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const { data, body } = readMdx(path.join(TRENDS_DIR, f));
      return { file: `content/trends/${f}`, data: data as TrendData, body };
    });
}

export function readNumbers(): Datum[] {
  // The loader's schema defaults an absent magnitude to ''; mirror that here.
  const raw = parse(fs.readFileSync(path.join(ROOT, 'content/data/numbers.yaml'), 'utf8')) as Datum[];
  return raw.map((d) => ({ ...d, magnitude: d.magnitude ?? '' }));
}
