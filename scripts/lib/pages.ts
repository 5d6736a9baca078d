/** The page walker: which HTML pages a build holds, as URL paths. Shared by the bench and the e2e tests. */
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './paths.ts';

/** URL paths of every built HTML page ("/", "/trends/o2o/", "/404.html"), sorted. */
export const builtPages = (dist: string = DIST): string[] =>
  fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split(path.sep).join('/')}`.replace(/\/index\.html$/, '/'))
    .sort();

/** Pages a reader reaches by links (everything but the 404 page). */
export const readerPages = (dist: string = DIST): string[] => builtPages(dist).filter((p) => p !== '/404.html');

/** The file in `dist` that serves URL path `page` ("/trends/o2o/" → dist/trends/o2o/index.html). */
export const pageFile = (page: string, dist: string = DIST): string => path.join(dist, page.endsWith('/') ? `${page}index.html` : page);
