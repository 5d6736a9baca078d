/**
 * The briefing PDF, made by the build: before any page renders, the integration checks that this
 * machine can print it (a CJK font, poppler, a Chromium that starts) and tells the pages whether
 * to offer it (import.meta.env.BRIEFING_PDF); after the pages are written it prints /briefing/ to
 * dist/briefing.pdf and /en/briefing/ to dist/en/briefing.pdf. A build that cannot print says so in one line and no page offers a PDF; one
 * that offered it and then fails to print fails. BRIEFING_PDF=0 skips it (the bench's synthetic
 * editions). Nothing patches dist/ afterwards: the contents' page numbers are written into the page
 * in the browser, between two renders, read back from the PDF's own named destinations.
 */
import type { AstroIntegration } from 'astro';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAUNCH_OPTIONS, launchChromium } from '../../scripts/lib/chromium.ts';
import { DIST } from '../../scripts/lib/paths.ts';
import { serveStatic } from '../../scripts/lib/server.ts';
import { BRIEFINGS } from '../lib/urls.ts';
import type { Lang } from '../i18n/ui.ts';
import { siteAddress } from './site-address.ts';

const MAX_PASSES = 3;
/**
 * Why this machine cannot print the PDF, in one sentence naming the fix, or undefined when it can:
 * a PDF of boxes (no CJK font) is worse than none. `fcList` is the fontconfig lister to ask.
 */
export function missingTools(fcList = 'fc-list'): string | undefined {
  const fonts = spawnSync(fcList, [':lang=zh', 'family'], { encoding: 'utf8' }).stdout ?? '';
  if (!fonts.trim())
    return 'no CJK font (fc-list :lang=zh is empty): install one, e.g. sudo apt-get install fonts-wqy-microhei fonts-arphic-uming fonts-noto-cjk';
  if (spawnSync('pdfinfo', ['-v']).error) return 'pdfinfo not found: install poppler-utils (sudo apt-get install poppler-utils)';
  return undefined;
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

export interface PdfOptions {
  dist?: string;
  base?: string;
  /** Which briefing: the Chinese (default) or the English. */
  lang?: Lang;
  /** Where to write; default that briefing's PDF in dist/ (briefing.pdf, en/briefing.pdf). */
  out?: string;
  log?: (line: string) => void;
}

/**
 * Writes the briefing PDF from the built site and returns what it measured. A test can print to a
 * temporary file this way without touching the dist/ other tests are reading.
 */
export async function makePdf({
  dist = DIST,
  base = siteAddress(process.env).base,
  lang = 'zh-CN',
  out = path.join(dist, BRIEFINGS[lang].pdf),
  log = () => {},
}: PdfOptions = {}) {
  const started = Date.now();
  const briefing = BRIEFINGS[lang].page;
  const briefingHtml = path.join(dist, briefing, 'index.html');
  if (!fs.existsSync(briefingHtml)) throw new Error(`${briefingHtml} not found: run npm run build first.`);
  const missing = missingTools();
  if (missing) throw new Error(missing);

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
    await page.goto(`${server.url}${briefing}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.evaluate(() => document.fonts.ready);
    // The public address is the one the build recorded (the cover prints it): a PDF made with
    // another SITE_URL would link one address and print another.
    const site = (await page.locator('.briefing').getAttribute('data-public-site')) ?? undefined;
    const wanted = process.env.SITE_URL;
    if (wanted && (!site || new URL(site).origin !== new URL(wanted).origin)) {
      const built = site ? `SITE_URL=${new URL(site).origin}` : 'no SITE_URL';
      throw new Error(`dist/ was built with ${built}, not ${wanted}: run SITE_URL=${wanted} npm run build.`);
    }
    if (!site) log('the build has no public address: the PDF links nowhere outside itself.');
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
            if (/^(en\/)?source\//.test(rel)) a.dataset.printAddress = '';
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
    if (sections.length === 0) throw new Error(`/${briefing} has no contents entries ([data-toc-page]) to number`);

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
    fs.rmSync(staged, { force: true });
  }
}

/** Why this build cannot print the PDF, or undefined when it can (a Chromium that actually starts included). */
export async function pdfUnavailable(): Promise<string | undefined> {
  if (process.env.BRIEFING_PDF === '0') return 'BRIEFING_PDF=0 was set';
  const missing = missingTools();
  if (missing) return missing;
  try {
    await (await launchChromium()).close();
  } catch (error) {
    return `Chromium did not start (${LAUNCH_OPTIONS.executablePath}: ${String((error as Error).message).split('\n')[0]}); set CHROMIUM_PATH or install chromium`;
  }
  return undefined;
}

export default function briefingPdf(): AstroIntegration {
  let offered = false;
  let base = '/';
  return {
    name: 'briefing-pdf',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        const reason = command === 'build' ? await pdfUnavailable() : 'not made outside a build';
        offered = reason === undefined;
        updateConfig({ vite: { define: { 'import.meta.env.BRIEFING_PDF': JSON.stringify(offered) } } });
        if (command === 'build' && reason) logger.info(`briefing PDF not made: ${reason}. No page offers a PDF.`);
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!offered) return;
        for (const lang of Object.keys(BRIEFINGS) as Lang[]) {
          const r = await makePdf({ dist: fileURLToPath(dir), base, lang, log: (m) => logger.info(`${lang}: ${m}`) });
          logger.info(`wrote ${BRIEFINGS[lang].pdf}: ${r.pages} pages, ${Math.round(r.bytes / 1024)} KB, ${r.passes} passes, ${r.ms} ms`);
        }
      },
    },
  };
}
