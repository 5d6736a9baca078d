/**
 * The briefing as a PDF: runs `npm run pdf`'s function against the built dist/ once, then checks
 * the file itself with poppler (pdfinfo, pdffonts, pdftotext), never only the CSS that made it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { formatDatum } from '../../src/lib/format';
import { readNumbers } from '../helpers/content';
import { source } from '../helpers/seed';
import { DIST, squash } from './site';
import { SHORT_TITLE, firstLine, makePdf, pdfPages, startPages } from '../../scripts/pdf.mjs';

// One PDF for the whole file: tests share it, so they run in order in one worker.
test.describe.configure({ mode: 'serial' });

const headings = [...source.trends.values()].map((t) => t.heading.text);
let result: Awaited<ReturnType<typeof makePdf>>;
let pages: string[];
let starts: (number | undefined)[];

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
/** The page (1-based, searching from `from`) whose text contains the snippet, whitespace aside. */
const pageOf = (snippet: string, from = 1) => pages.findIndex((p, i) => i + 1 >= from && squash(p).includes(squash(snippet))) + 1;

test.beforeAll(async () => {
  result = await makePdf({ dist: DIST });
  pages = pdfPages(result.file);
  starts = startPages(pages, headings);
});

test('npm run pdf writes an A4, tagged PDF in well under a minute', () => {
  expect(fs.existsSync(result.file)).toBe(true);
  const info = run('pdfinfo', [result.file]);
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  expect(info).toMatch(/Tagged:\s+yes/);
  expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(pages.length);
  expect(result.ms).toBeLessThan(60_000);
});

test('the Chinese text is real glyphs from an embedded CJK font', async ({ page }) => {
  // Every font in the file is embedded and maps back to Unicode…
  const rows = run('pdffonts', [result.file]).split('\n').slice(2).filter(Boolean);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const [emb, , uni] = row.trim().split(/\s+/).slice(-5, -2);
    expect(`${emb} ${uni}`, row).toBe('yes yes');
  }
  // …so the headings come back out of the PDF as text (boxes would not)…
  for (const h of headings) expect(squash(pages.join(''))).toContain(squash(h));
  // …and pdffonts names the embedded CJK faces the print stylesheet asks for (TrueType, so
  // Chromium embeds them as named CID fonts rather than anonymous Type 3 ones).
  const names = rows.map((r) => r.trim().split(/\s+/)[0]);
  for (const face of [/WenQuanYiMicroHei/, /UMingCN/]) {
    const row = rows.find((r) => face.test(r.trim().split(/\s+/)[0]));
    expect(row, `${face} among ${names.join(', ')}`).toBeDefined();
    expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes/);
  }
  // The renderer agrees: the headings, the original text and the key-figures table are laid out
  // with those CJK faces, not a fallback.
  await page.goto('/briefing/');
  await page.emulateMedia({ media: 'print' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  for (const selector of ['.briefing .article h2', '.briefing .original p', '.key-figures td']) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const cjk = fonts.filter((f) => /WenQuanYi Micro Hei|AR PL UMing/.test(f.familyName));
    expect(
      cjk.reduce((n, f) => n + f.glyphCount, 0),
      `${selector}: ${JSON.stringify(fonts)}`,
    ).toBeGreaterThan(0);
  }
});

test('all ten headings, in order, each the first line of its own page', () => {
  expect(
    starts.every((p) => p !== undefined),
    `start pages ${starts}`,
  ).toBe(true);
  for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThan(starts[i - 1]!);
  for (const [i, p] of starts.entries()) expect(squash(firstLine(pages[p! - 1]))).toBe(squash(headings[i]));
});

test('every key figure’s number, with its hedge, is in the PDF', () => {
  const text = squash(pages.join(''));
  for (const d of readNumbers()) expect(text, d.id).toContain(squash(formatDatum(d)));
});

test('the contents list gives the page where each trend starts', () => {
  const contents = pages.findIndex((p) => firstLine(p) === '目录') + 1;
  expect(contents).toBeGreaterThan(0);
  // -layout keeps each entry and its page number on one line.
  const lines = run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', `${contents}`, '-l', `${contents}`, result.file, '-']).split('\n');
  for (const [i, h] of headings.entries()) {
    const line = lines.find((l) => squash(l).startsWith(squash(h)));
    expect(line, h).toBeDefined();
    expect(Number(/(\d+)\s*$/.exec(line!)?.[1]), h).toBe(starts[i]);
  }
});

test('cover, contents and a one-page summary come before the first trend, the sources after the last', () => {
  expect(squash(firstLine(pages[0]))).toBe('简报');
  expect(squash(pages[0])).toContain(squash(source.title));
  expect(firstLine(pages[1])).toBe('目录');
  expect(firstLine(pages[2])).toBe('摘要');
  expect(starts[0]).toBe(4);
  expect(firstLine(pages.at(-1)!)).toBe('来源');
  expect(pages.length).toBeGreaterThan(starts.at(-1)!);
});

test('no table or figure is split across pages', async ({ page }) => {
  await page.goto('/briefing/');
  await page.emulateMedia({ media: 'print' });
  // For each table and figure: its first line (a caption or title) and, as late in it as possible,
  // a line that is unmistakable: it occurs once in the block and nowhere in its chapter before
  // it, so finding it on the first line's page means the block had not yet broken there. Snippets
  // are a line's first 10 characters, whitespace aside: pdftotext may interleave table columns,
  // but a cell's first line stays whole. A table inside a figure is checked as part of the figure.
  const blocks = await page.locator('.briefing table:not(figure table), .briefing figure').evaluateAll((els) => {
    const squash = (t: string) => t.replace(/\s+/g, '');
    const count = (hay: string, needle: string) => hay.split(needle).length - 1;
    return els.map((el) => {
      const lines = (el as HTMLElement).innerText
        .split('\n')
        .flatMap((l) => l.split('\t'))
        .map((l) => squash(l).slice(0, 10))
        .filter((l) => l.length >= 2);
      const chapter = el.closest('[data-trend], .briefing-summary')!;
      const range = document.createRange();
      range.setStart(chapter, 0);
      range.setEndBefore(el);
      const before = squash(range.toString());
      const own = squash((el as HTMLElement).innerText);
      const last = [...lines].reverse().find((l) => !before.includes(l) && count(own, l) === 1);
      const trend = chapter.getAttribute('data-trend');
      return {
        what: `${el.tagName.toLowerCase()} “${lines[0]}”`,
        first: lines[0],
        last: last ?? '',
        trend: trend ? Number(trend) : undefined,
      };
    });
  });
  expect(blocks.length).toBeGreaterThan(0);
  const summary = pages.findIndex((p) => firstLine(p) === '摘要') + 1;
  for (const b of blocks) {
    expect(b.last, `${b.what}: has a line that marks its end`).not.toBe('');
    const top = pageOf(b.first, b.trend ? starts[b.trend - 1]! : summary);
    expect(top, `${b.what}: first line found`).toBeGreaterThan(0);
    expect(pageOf(b.last, top), `${b.what}: “${b.last}…” on the page of its first line`).toBe(top);
  }
});

test('no heading is stranded at the bottom of a page', async ({ page }) => {
  await page.goto('/briefing/');
  // Visible headings only: the hidden 原文 heading (for screen readers) is clipped text that
  // pdftotext lists wherever Chromium happens to place it.
  const names = new Set((await page.locator('.briefing :is(h2, h3):not(.visually-hidden)').allInnerTexts()).map(squash).filter(Boolean));
  for (const [i, text] of pages.entries()) {
    const body = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && l !== SHORT_TITLE && !/^\d+ \/ \d+$/.test(l));
    expect(names.has(squash(body.at(-1) ?? '')), `page ${i + 1} ends with the heading “${body.at(-1)}”`).toBe(false);
  }
});

test('running footer: short title and page number / total on every page', () => {
  for (const [i, text] of pages.entries()) {
    expect(text, `page ${i + 1}`).toContain(SHORT_TITLE);
    expect(text, `page ${i + 1}`).toMatch(new RegExp(`(^|\\n)${i + 1} / ${pages.length}(\\n|$)`));
  }
});

test('bookmarks for the ten trends, and clickable links', () => {
  const raw = fs.readFileSync(result.file).toString('latin1');
  const titles = [...raw.matchAll(/\/Title <FEFF([0-9A-F]+)>/g)].map((m) => Buffer.from(m[1], 'hex').swap16().toString('utf16le'));
  const trendBookmarks = titles.filter((t) => headings.some((h) => squash(h) === squash(t)));
  expect(trendBookmarks.map(squash)).toEqual(headings.map(squash));
  // The contents entries jump inside the document; links are annotations Chromium keeps.
  expect((raw.match(/\/Subtype \/Link/g) ?? []).length).toBeGreaterThanOrEqual(headings.length);
  // Links to the site's other pages use its public address, not the server that printed the PDF.
  const site = new URL(/<link rel="canonical" href="([^"]+)"/.exec(fs.readFileSync(`${DIST}/briefing/index.html`, 'utf8'))![1]).origin;
  const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
  expect(uris.length).toBeGreaterThanOrEqual(headings.length);
  for (const uri of uris) expect(uri.startsWith(`${site}/`), uri).toBe(true);
  // …and, being the site's own pages, their targets are not written out on the page like external ones.
  expect(pages.join('')).not.toContain(site);
});

test('the built briefing page now offers the PDF for download', async ({ page, request }) => {
  await page.goto('/briefing/');
  const link = page.locator('#briefing-pdf a[download]');
  await expect(link).toContainText('下载 PDF');
  await expect(page.locator('#briefing-pdf')).toContainText(`${pages.length} 页`);
  const res = await request.get(new URL((await link.getAttribute('href'))!, page.url()).pathname);
  expect(res.status()).toBe(200);
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
});
