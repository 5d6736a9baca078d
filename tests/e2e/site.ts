/** What the e2e tests know about the built site: its pages, read from dist/. */
import fs from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve(import.meta.dirname, '../../dist');

/** URL paths of every built HTML page ("/", "/trends/o2o/", "/404.html"), sorted. */
export function builtPages(dist = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = '/' + path.relative(dist, full).split(path.sep).join('/');
        out.push(rel.endsWith('/index.html') || rel === '/index.html' ? rel.replace(/index\.html$/, '') : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** Pages a reader reaches by links (everything but the 404 page). */
export const readerPages = () => builtPages().filter((p) => p !== '/404.html');

/** Whitespace aside: collapses runs of whitespace, as the fidelity rule allows. */
export const squash = (s: string) => s.replace(/\s+/g, '');
