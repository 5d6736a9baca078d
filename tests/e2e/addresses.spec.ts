/**
 * A build without SITE_URL writes no absolute URL for the site (nothing says localhost or 127.0.0.1
 * anywhere a reader or crawler can get it) and says so once in its log; a build with SITE_URL and
 * BASE_PATH puts every absolute URL under that address, the PDF's links included. The plain build
 * runs where Chromium cannot start: it says in one line that the PDF was not made, and no page
 * offers one. Both build into scratch folders, so the specs reading dist/ are never disturbed.
 */
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { edition } from '../helpers/edition';
import { builtPages, DIST } from './site';
import { allFiles, buildInto, canonicalOf, jsonLdOf, metaContent, readableText, type Build } from './share-build';
import { pageFile } from '../../scripts/lib/pages.ts';

const SITE = 'https://example.org';
const BASE = '/briefing';
const PREFIX = `${SITE}${BASE}/`;
const LOCAL = /localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]/;
/**
 * Absolute URIs that name a vocabulary or an XML namespace, not a place on the site (schema.org's
 * JSON-LD context, SVG's and the sitemap protocol's namespaces).
 */
const VOCABULARIES = [
  /^https:\/\/schema\.org\/?$/,
  /^http:\/\/www\.w3\.org\//,
  /^http:\/\/www\.sitemaps\.org\/schemas\//,
  /^http:\/\/www\.google\.com\/schemas\//,
];

test.describe.configure({ mode: 'serial' });

let plain: Build;
let public_: Build;

test.beforeAll(async () => {
  plain = await buildInto('plain', { CHROMIUM_PATH: '/nonexistent/chromium' });
  public_ = await buildInto('public', { SITE_URL: SITE, BASE_PATH: BASE });
});

test.afterAll(() => {
  for (const b of [plain, public_]) if (b) fs.rmSync(b.dir, { recursive: true, force: true });
});

test('without SITE_URL: no local address anywhere in the build (and in dist/briefing.pdf when made)', () => {
  const hits: string[] = [];
  let checked = 0;
  const scan = (dir: string, files: string[]) => {
    for (const file of files) {
      const text = readableText(dir, file);
      if (text === undefined) continue;
      checked++;
      const m = LOCAL.exec(text);
      if (m) hits.push(`${file}: …${text.slice(Math.max(0, m.index - 60), m.index + 40)}…`);
    }
  };
  scan(plain.dir, allFiles(plain.dir));
  // The plain build could not print; the tests' own build (dist/) did, also without SITE_URL.
  scan(DIST, ['briefing.pdf']);
  expect(checked).toBeGreaterThan(30);
  expect(hits).toEqual([]);
});

test('without SITE_URL: no canonical, og:url or sitemap; share images by site path; the log says so once', () => {
  const pages = builtPages(plain.dir);
  expect(pages.length).toBeGreaterThanOrEqual(15);
  for (const page of pages) {
    const html = fs.readFileSync(pageFile(page, plain.dir), 'utf8');
    expect(canonicalOf(html), page).toBeUndefined();
    expect(metaContent(html, 'property', 'og:url'), page).toBeUndefined();
    expect(html, page).not.toContain('rel="sitemap"');
    expect(metaContent(html, 'property', 'og:image'), page).toMatch(/^\/og\/.+\.png$/);
  }
  expect(allFiles(plain.dir).filter((f) => f.startsWith('sitemap'))).toEqual([]);
  const notices = plain.log.split('\n').filter((line) => line.includes('SITE_URL'));
  expect(notices).toHaveLength(1);
  expect(public_.log).not.toContain('SITE_URL is not set');
});

test('where Chromium cannot start: the build passes, says once that the PDF was not made, and no page offers one', () => {
  const lines = plain.log.split('\n').filter((l) => l.includes('PDF'));
  expect(lines).toEqual([
    expect.stringMatching(/briefing PDF not made: Chromium did not start \(\/nonexistent\/chromium.*No page offers a PDF\./),
  ]);
  expect(fs.existsSync(path.join(plain.dir, 'briefing.pdf'))).toBe(false);
  for (const file of allFiles(plain.dir).filter((f) => f.endsWith('.html')))
    expect(fs.readFileSync(path.join(plain.dir, file), 'utf8'), file).not.toMatch(/briefing\.pdf|下载 PDF/);
  // With a Chromium, the same build makes it and links it.
  expect(fs.existsSync(path.join(public_.dir, 'briefing.pdf'))).toBe(true);
  expect(fs.readFileSync(path.join(public_.dir, 'briefing/index.html'), 'utf8')).toContain(`href="${BASE}/briefing.pdf"`);
});

test('with SITE_URL and BASE_PATH: every absolute URL in the build is under that address', () => {
  const outside: string[] = [];
  let seen = 0;
  for (const file of allFiles(public_.dir)) {
    const text = readableText(public_.dir, file);
    if (text === undefined) continue;
    for (const [uri] of text.matchAll(/https?:\/\/[^\s"'<>()\\]+/g)) {
      if (VOCABULARIES.some((v) => v.test(uri))) continue;
      seen++;
      if (!uri.startsWith(PREFIX)) outside.push(`${file}: ${uri}`);
    }
  }
  expect(outside).toEqual([]);
  // Canonicals, og:url and og:image of 16 pages, the sitemap, JSON-LD and citations: well over 50.
  expect(seen).toBeGreaterThan(50);
});

test('with SITE_URL: canonical, og:url, og:image and the sitemap name each page at its public address; 404 has none', () => {
  const pages = builtPages(public_.dir);
  const sitemap = fs.readFileSync(path.join(public_.dir, 'sitemap-0.xml'), 'utf8');
  expect(fs.readFileSync(path.join(public_.dir, 'sitemap-index.xml'), 'utf8')).toContain(`${PREFIX}sitemap-0.xml`);
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  for (const page of pages) {
    const html = fs.readFileSync(pageFile(page, public_.dir), 'utf8');
    const image = metaContent(html, 'property', 'og:image')!;
    expect(image.startsWith(`${PREFIX}og/`), page).toBe(true);
    expect(fs.existsSync(path.join(public_.dir, image.slice(PREFIX.length))), image).toBe(true);
    if (page === '/404.html' || page === '/en/404/') {
      expect(canonicalOf(html)).toBeUndefined();
      expect(metaContent(html, 'property', 'og:url')).toBeUndefined();
      expect(locs.some((l) => l.includes('404'))).toBe(false);
      continue;
    }
    const expected = `${SITE}${BASE}${page}`;
    expect(canonicalOf(html), page).toBe(expected);
    expect(metaContent(html, 'property', 'og:url'), page).toBe(expected);
    expect(locs, page).toContain(expected);
  }
});

test('with SITE_URL: the GB/T 7714 reference, citation_public_url and JSON-LD url end in the page address', () => {
  for (const t of edition.trends) {
    const page = `/trends/${t.slug}/`;
    const html = fs.readFileSync(pageFile(page, public_.dir), 'utf8');
    const url = `${PREFIX}trends/${t.slug}/`;
    // The reference's text (its dates sit in nowrap spans).
    expect(
      /data-citation="gbt7714"[^>]*>(.*?)<\/p>/s
        .exec(html)?.[1]
        ?.replace(/<[^>]+>/g, '')
        .trim(),
      page,
    ).toMatch(new RegExp(`\\[EB/OL\\]\\. \\(\\d{4}-\\d{2}-\\d{2}\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${url.replace(/[.]/g, '\\.')}\\.$`));
    expect(metaContent(html, 'name', 'citation_public_url')).toBe(url);
    const article = jsonLdOf(html).find((d) => d['@type'] === 'Article')!;
    expect(article.url).toBe(url);
    expect(article.image).toBe(`${PREFIX}og/trends/${t.slug}.png`);
  }
});
