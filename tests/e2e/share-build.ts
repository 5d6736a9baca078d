/** Helpers for the share/cite/deploy specs: builds into a scratch folder and reads what they wrote. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';
import { astroBuild } from '../../scripts/lib/project.ts';

export interface Build {
  dir: string;
  log: string;
}

/**
 * `astro build` into a fresh folder under the OS temp dir, never dist/ (other specs read dist/ while
 * this runs). `env` replaces SITE_URL / BASE_PATH entirely: unset keys stay unset.
 */
export async function buildInto(name: string, env: { SITE_URL?: string; BASE_PATH?: string; CHROMIUM_PATH?: string }): Promise<Build> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `share-${name}-`));
  const { SITE_URL, BASE_PATH, CHROMIUM_PATH } = env;
  const log = await astroBuild(ROOT, {
    outDir: dir,
    env: { NO_COLOR: '1', SITE_URL, BASE_PATH, ...(CHROMIUM_PATH ? { CHROMIUM_PATH } : {}) },
  });
  return { dir, log };
}

/** Every file under `dir`, as paths relative to it. */
export function allFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .flatMap((e) => (e.isFile() ? [path.relative(dir, path.join(e.parentPath, e.name))] : []));
}

const TEXT = /\.(html|xml|json|csv|txt|js|mjs|css|svg|webmanifest)$/;

/**
 * The text a reader or a crawler can get from a built file: text files as they are, the PDF's raw
 * bytes plus the link targets poppler lists.
 * Images and fonts have no text to check.
 */
export function readableText(dir: string, file: string): string | undefined {
  const full = path.join(dir, file);
  if (TEXT.test(file)) return fs.readFileSync(full, 'utf8');
  if (file.endsWith('.pdf'))
    return fs.readFileSync(full).toString('latin1') + '\n' + execFileSync('pdfinfo', ['-url', full], { encoding: 'utf8' });
  return undefined;
}

/** The attribute of the first tag matching `selector`-like pattern, e.g. meta property="og:image" → content. */
export function metaContent(html: string, attr: 'property' | 'name', key: string): string | undefined {
  const tag = new RegExp(`<meta\\s[^>]*${attr}="${key.replace(/[.:]/g, '\\$&')}"[^>]*>`).exec(html)?.[0];
  return tag ? /content="([^"]*)"/.exec(tag)?.[1].replace(/&amp;/g, '&') : undefined;
}

export const canonicalOf = (html: string) => /<link\s[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(html)?.[1];

/** Every JSON-LD block of a page, parsed. */
export const jsonLdOf = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]) as Record<string, unknown>);

/** PNG width and height from its IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
