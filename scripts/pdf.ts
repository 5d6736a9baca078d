// Usage: npm run pdf                        (after `npm run build`; writes dist/briefing.pdf)
//        node scripts/pdf.ts [distDir] [out.pdf]
// Prints /briefing/ of the built site to an A4 PDF with Chromium, served by the project's static
// server for the duration (nothing is left running). Renders twice so the contents list carries
// the page of every section, read back from the PDF's own named destinations, then puts a
// download link into dist/briefing/index.html (only when writing dist/briefing.pdf). It does not
// build: run `npm run build` first. Links to the site use the public address the build recorded
// (SITE_URL); a build without one gives a PDF with no link out of itself, and the script says so
// in one line. Honours BASE_PATH like astro.config.mjs, so a sub-path build prints too.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { DIST } from './lib/paths.ts';
import { serveStatic } from './lib/server.ts';

const MAX_PASSES = 3;
/**
 * Stops with one clear line when no CJK font is installed: a PDF of boxes is worse than none.
 * `fcList` is the fontconfig lister to ask (a parameter so a test can point it at nothing).
 */
export function assertCjkFont(fcList = 'fc-list'): string[] {
  // fc-list missing means fontconfig is missing: same remedy.
  const fonts = spawnSync(fcList, [':lang=zh', 'family'], { encoding: 'utf8' }).stdout ?? '';
  if (!fonts.trim()) {
    throw new Error(
      'No CJK font found (fc-list :lang=zh is empty): install one, e.g. `sudo apt-get install fonts-wqy-microhei fonts-arphic-uming fonts-noto-cjk`, then run npm run pdf again.',
    );
  }
  return fonts.trim().split('\n');
}

/**
 * The PDF's named destinations as id → 1-based page. Chromium writes one for every element a
 * link inside the document points at, so the contents entries' targets are all here.
 */
export function destinations(file: string): Map<string, number> {
  return parseDestinations(execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8' }));
}

/** `pdfinfo -dests` output ("   4 [ XYZ 0 842 null ] "trend-o2o"") as id → page. */
export function parseDestinations(listing: string): Map<string, number> {
  const pages = new Map<string, number>();
  for (const m of listing.matchAll(/^\s*(\d+)\s+\[[^\]]*\]\s+"(.+)"\s*$/gm)) pages.set(m[2], Number(m[1]));
  return pages;
}

/** Replaces the briefing page's hidden #briefing-pdf placeholder with a link to the PDF. */
export function offerDownload(html: string, { pages, bytes }: { pages: number; bytes: number }): string {
  const note = /<p id="briefing-pdf"[^>]*>[\s\S]*?<\/p>/;
  if (!note.test(html)) throw new Error('dist/briefing/index.html has no #briefing-pdf note to replace (is the build current?)');
  const size = `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return html.replace(
    note,
    `<p id="briefing-pdf" class="briefing-cover__pdf print-hidden" data-pdf-status="ready"><a href="../briefing.pdf" download>下载 PDF 版简报</a>（A4，${pages} 页，${size}）</p>`,
  );
}

export interface PdfOptions {
  dist?: string;
  base?: string;
  /** Where to write; default dist/briefing.pdf, and only then does the briefing page link it. */
  out?: string;
  log?: (line: string) => void;
}

/**
 * Writes the briefing PDF from the built site and returns what it measured. A test can print to a
 * temporary file this way without touching the dist/ other tests are reading.
 */
export async function makePdf({
  dist = DIST,
  base = process.env.BASE_PATH ?? '/',
  out = path.join(dist, 'briefing.pdf'),
  log = () => {},
}: PdfOptions = {}) {
  const started = Date.now();
  const briefingHtml = path.join(dist, 'briefing', 'index.html');
  if (!fs.existsSync(briefingHtml)) throw new Error(`${briefingHtml} not found: run npm run build first.`);
  assertCjkFont();
  if (spawnSync('pdfinfo', ['-v']).error) throw new Error('pdfinfo not found: install poppler-utils (sudo apt-get install poppler-utils).');

  // Rendered in a temporary folder (an interrupted run leaves nothing in dist/), then staged beside
  // `out` and renamed into place, so a server reading dist/ never sees half a PDF.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pdf-'));
  const file = path.join(work, 'briefing.pdf');
  const staged = `${out}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const server = await serveStatic({ root: dist, base });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}briefing/`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.evaluate(() => document.fonts.ready);
    // The public address is the one the build recorded (the cover prints it): a PDF made with
    // another SITE_URL would link one address and print another.
    const site = (await page.locator('.briefing').getAttribute('data-public-site')) ?? undefined;
    const wanted = process.env.SITE_URL;
    if (wanted && (!site || new URL(site).origin !== new URL(wanted).origin)) {
      const built = site ? `SITE_URL=${new URL(site).origin}` : 'no SITE_URL';
      throw new Error(`dist/ was built with ${built}, not ${wanted}: run SITE_URL=${wanted} npm run build first.`);
    }
    if (!site)
      log(
        'SITE_URL was not set for this build: the PDF has no links to the site (set SITE_URL=https://… for npm run build, then npm run pdf).',
      );
    // Links to the site's pages would otherwise point at this throwaway server: point them at the
    // public address, or, without one, make them plain text (no absolute link is better than a
    // local one). Links inside the document stay: they are the contents' jumps.
    await page.evaluate(
      ({ site, prefix }) => {
        for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
          const target = new URL(a.href);
          if (target.origin !== location.origin) continue;
          if (target.pathname === location.pathname && target.hash !== '') continue;
          const rel = target.pathname.slice(prefix.length);
          if (site) {
            a.href = new URL(rel + target.search + target.hash, site).href;
            // A reference to a paragraph of the source: a paper reader needs its address.
            if (rel.startsWith('source/')) a.dataset.printAddress = '';
          } else a.removeAttribute('href');
          a.dataset.siteLink = ''; // print.css writes out external targets, not the site's own
        }
      },
      { site, prefix: base.replace(/\/?$/, '/') },
    );
    const sections = await page.$$eval('[data-toc-page]', (slots) =>
      slots.map((s) => ({
        id: s.getAttribute('data-toc-page') ?? '',
        label: s.closest('a')?.querySelector('.briefing-toc__title')?.textContent ?? '',
      })),
    );
    if (sections.length === 0) throw new Error('/briefing/ has no contents entries ([data-toc-page]) to number');

    const render = async () => {
      await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      const dests = destinations(file);
      const missing = sections.filter((s) => !dests.has(s.id));
      if (missing.length) throw new Error(`no destination in the PDF for ${missing.map((s) => s.label).join('、')}`);
      return sections.map((s) => dests.get(s.id)!);
    };

    // The numbers sit in fixed-width slots, so writing them should not move a page; render until
    // the numbers written equal the pages measured all the same, and fail if they never do.
    let written: (number | undefined)[] = sections.map(() => undefined);
    let passes = 0;
    for (;;) {
      passes++;
      const found = await render();
      if (found.every((p, i) => p === written[i])) break;
      if (passes >= MAX_PASSES) throw new Error(`contents page numbers did not settle after ${MAX_PASSES} passes`);
      written = found;
      await page.evaluate(
        (pairs) => {
          for (const [id, n] of pairs) {
            const slot = document.querySelector(`[data-toc-page="${id}"]`);
            if (slot) slot.textContent = String(n);
          }
        },
        sections.map((s, i) => [s.id, written[i]] as const),
      );
      log(`pass ${passes}: sections start on pages ${written.join(', ')}`);
    }
    fs.copyFileSync(file, staged);
    fs.renameSync(staged, out);
    const bytes = fs.statSync(out).size;
    const count = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }));
    if (!count) throw new Error(`pdfinfo ${out}: no "Pages:" line`);
    const pages = Number(count[1]);
    if (path.resolve(out) === path.resolve(dist, 'briefing.pdf')) {
      fs.writeFileSync(`${staged}.html`, offerDownload(fs.readFileSync(briefingHtml, 'utf8'), { pages, bytes }));
      fs.renameSync(`${staged}.html`, briefingHtml);
    }
    return {
      file: out,
      pages,
      bytes,
      /** The public address the links use, or undefined when the build had none. */
      site,
      passes,
      /** Every contents entry with the page it starts on. */
      sections: sections.map((s, i) => ({ ...s, page: written[i]! })),
      ms: Date.now() - started,
    };
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(work, { recursive: true, force: true });
    for (const leftover of [staged, `${staged}.html`]) fs.rmSync(leftover, { force: true });
  }
}

if (import.meta.main) {
  const [dist, out] = process.argv.slice(2);
  makePdf({ dist, out, log: (m) => console.log(m) }).then(
    (r) =>
      console.log(
        `wrote ${path.relative(process.cwd(), r.file)}: ${r.pages} pages, ${Math.round(r.bytes / 1024)} KB, ${r.passes} passes, ${r.ms} ms`,
      ),
    (e: Error) => {
      console.error(`npm run pdf: ${e.message}`);
      process.exit(1);
    },
  );
}
