#!/usr/bin/env node
// Usage: npm run pdf            (after `npm run build`; writes dist/briefing.pdf)
//        node scripts/pdf.mjs [distDir]
// Prints /briefing/ of the built site to an A4 PDF with Chromium: serves dist/ on a free local
// port for the duration (nothing is left running), renders twice so the contents list carries
// the page where each trend starts, then swaps the briefing's "PDF 尚未生成" note in
// dist/briefing/index.html for a download link. It does not build: run `npm run build` first.
// Honours BASE_PATH like astro.config.mjs, so a sub-path build prints too.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHORT_TITLE = '2014年电商行业十大趋势 · 简报';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The footer is drawn by Chromium outside the page's CSS: it needs its own size and a CJK font.
const FOOTER = `<div style="width:100%;margin:0 17mm;display:flex;justify-content:space-between;font-size:8pt;color:#555;font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC',sans-serif"><span>${SHORT_TITLE}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
// Chromium's own footer replaces the stylesheet's @page margin boxes (which are for Ctrl+P).
const NO_MARGIN_BOXES = '@page { @bottom-left { content: none } @bottom-right { content: none } }';
const MAX_PASSES = 3;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Whitespace aside, as the fidelity rule allows: pdftotext wraps lines where the page does. */
export const squash = (s) => s.replace(/\s+/g, '');

/**
 * Stops with one clear line when no CJK font is installed: a PDF of boxes is worse than none.
 * `fcList` is the fontconfig lister to ask (a parameter so a test can point it at nothing).
 */
export function assertCjkFont(fcList = 'fc-list') {
  let fonts = '';
  try {
    fonts = execFileSync(fcList, [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    // fc-list missing means fontconfig is missing: same remedy.
  }
  if (!fonts.trim()) {
    throw new Error(
      'No CJK font found (fc-list :lang=zh is empty): install one, e.g. `sudo apt-get install fonts-wqy-microhei fonts-arphic-uming fonts-noto-cjk`, then run npm run pdf again.',
    );
  }
  return fonts.trim().split('\n');
}

/** The text of each page of a PDF, in order (pdftotext separates pages with a form feed). */
export function pdfPages(file) {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = text.split('\f');
  if (pages.at(-1).trim() === '') pages.pop();
  return pages;
}

/** The first non-blank line of a page's text: where a heading that starts the page sits. */
export function firstLine(pageText) {
  return (
    pageText
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  );
}

/**
 * For each heading, the 1-based page whose first line it is (undefined when no page starts with
 * it). Headings are matched in order, each after the previous one's page.
 */
export function startPages(pages, headings) {
  const found = [];
  let from = 0;
  for (const heading of headings) {
    const i = pages.findIndex((p, n) => n >= from && squash(firstLine(p)) === squash(heading));
    found.push(i >= 0 ? i + 1 : undefined);
    if (i >= 0) from = i + 1;
  }
  return found;
}

/** Serves a directory at `base` on a free port on 127.0.0.1; resolves to { origin, close }. */
export function serveStatic(root, base = '/') {
  const prefix = base.replace(/\/?$/, '/');
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = pathname.startsWith(prefix) ? path.join(root, pathname.slice(prefix.length)) : '';
    if (file && !path.resolve(file).startsWith(path.resolve(root))) file = '';
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        url: `http://127.0.0.1:${port}${prefix}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

/** Writes via a temporary file and a rename, so a server reading dist/ never sees half a file. */
function writeAtomically(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** Replaces the briefing page's "not generated yet" note with a link to the PDF. */
export function offerDownload(html, { pages, bytes }) {
  const note = /<p id="briefing-pdf"[^>]*>[\s\S]*?<\/p>/;
  if (!note.test(html)) throw new Error('dist/briefing/index.html has no #briefing-pdf note to replace (is the build current?)');
  const size = `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return html.replace(
    note,
    `<p id="briefing-pdf" class="briefing-cover__pdf print-hidden" data-pdf-status="ready"><a href="../briefing.pdf" download>下载 PDF 版简报</a>（A4，${pages} 页，${size}）</p>`,
  );
}

/**
 * Writes dist/briefing.pdf from the built site and returns what it measured:
 * { file, pages, starts: [{ id, heading, page }], passes, ms }.
 */
export async function makePdf({ dist = 'dist', base = process.env.BASE_PATH ?? '/', log = () => {} } = {}) {
  const started = Date.now();
  const briefingHtml = path.join(dist, 'briefing', 'index.html');
  if (!fs.existsSync(briefingHtml)) throw new Error(`${briefingHtml} not found: run npm run build first.`);
  assertCjkFont();
  for (const tool of ['pdftotext']) {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error(`${tool} not found: install poppler-utils (sudo apt-get install poppler-utils).`);
    }
  }

  const out = path.join(dist, 'briefing.pdf');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pdf-'));
  const server = await serveStatic(dist, base);
  // Imported here so the pure helpers above load without Playwright (unit tests import them).
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-background-networking', '--no-first-run'] });
  try {
    // The site's CSP forbids inline styles; the print-only style added below is the tool's, not the page's.
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${server.url}briefing/`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.addStyleTag({ content: NO_MARGIN_BOXES });
    await page.evaluate(() => document.fonts.ready);
    // Links to other pages of the site would otherwise point at this throwaway server: point them
    // at the site's public address (its canonical URL, set by SITE_URL at build time) instead.
    await page.evaluate(() => {
      const canonical = document.querySelector('link[rel=canonical]')?.getAttribute('href');
      if (!canonical) return;
      const site = new URL(canonical).origin;
      for (const a of document.querySelectorAll('a[href]')) {
        const target = new URL(a.href);
        const inDocument = target.pathname === location.pathname && target.hash !== '';
        if (target.origin === location.origin && !inDocument) {
          a.href = site + target.pathname + target.search + target.hash;
          a.dataset.siteLink = ''; // print.css writes out external targets, not the site's own
        }
      }
    });
    const chapters = await page.$$eval('.briefing .article', (articles) =>
      articles.map((a) => ({ id: a.id, heading: a.querySelector('h2')?.textContent ?? '' })),
    );
    if (chapters.length === 0) throw new Error('/briefing/ has no articles to print');

    const render = async (file) => {
      await page.pdf({
        path: file,
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
        tagged: true,
        outline: true,
      });
      const pages = pdfPages(file);
      return {
        pages,
        starts: startPages(
          pages,
          chapters.map((c) => c.heading),
        ),
      };
    };

    // Numbers in the contents can move pages only if they change its length; render until the
    // numbers written equal the pages measured.
    let written = chapters.map(() => undefined);
    let result;
    let passes = 0;
    const file = path.join(tmp, 'briefing.pdf');
    for (;;) {
      passes++;
      result = await render(file);
      const missing = chapters.filter((_, i) => result.starts[i] === undefined);
      if (missing.length) throw new Error(`these trends do not start a page of the PDF: ${missing.map((c) => c.heading).join('、')}`);
      if (result.starts.every((p, i) => p === written[i])) break;
      if (passes >= MAX_PASSES) throw new Error(`contents page numbers did not settle after ${MAX_PASSES} passes`);
      written = result.starts;
      await page.evaluate(
        (pairs) => {
          for (const [id, n] of pairs) {
            const slot = document.querySelector(`[data-toc-page="${id}"]`);
            if (slot) slot.textContent = String(n);
          }
        },
        chapters.map((c, i) => [c.id, written[i]]),
      );
      log(`pass ${passes}: trends start on pages ${written.join(', ')}`);
    }
    writeAtomically(out, fs.readFileSync(file));
    const bytes = fs.statSync(out).size;
    writeAtomically(briefingHtml, offerDownload(fs.readFileSync(briefingHtml, 'utf8'), { pages: result.pages.length, bytes }));
    return {
      file: out,
      pages: result.pages.length,
      bytes,
      passes,
      starts: chapters.map((c, i) => ({ ...c, page: result.starts[i] })),
      ms: Date.now() - started,
    };
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  makePdf({ dist: process.argv[2] ?? 'dist', log: (m) => console.log(m) }).then(
    (r) => console.log(`wrote ${r.file}: ${r.pages} pages, ${Math.round(r.bytes / 1024)} KB, ${r.passes} passes, ${r.ms} ms`),
    (e) => {
      console.error(`npm run pdf: ${e.message}`);
      process.exit(1);
    },
  );
}
