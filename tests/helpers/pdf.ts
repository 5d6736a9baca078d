/**
 * Reading a printed PDF back, for the tests: its pages' text without the running footer, and how
 * far down each page the ink reaches (rendered by poppler's pdftoppm). scripts/pdf.ts writes the PDF.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The text of each page of a PDF, in order (pdftotext separates pages with a form feed). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = text.split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  return pages;
}

/** The running footer's title on the briefing's pages (src/styles/print.css, @page briefing). */
export const SHORT_TITLE = '2014年电商行业十大趋势 · 简报';
/** A4's text area in src/styles/print.css (@page margin 18mm … 20mm), as fractions of the page height. */
const TEXT_AREA = { top: 18 / 297, bottom: (297 - 20) / 297 };

/** The first non-blank line of a page's text: where a heading that starts the page sits. */
export const firstLine = (pageText: string): string =>
  pageText
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean) ?? '';

/**
 * A page's text without the running footer (short title, page / total): a paragraph that runs on
 * to the next page then reads on as one text when pages are joined.
 */
export function withoutFooter(pageText: string, footer: string[] = [SHORT_TITLE]): string {
  return pageText
    .split('\n')
    .filter((l) => !footer.includes(l.trim()) && !/^\d+\s*\/\s*\d+$/.test(l.trim()))
    .join('\n');
}

/** The last non-blank line of a page's text, leaving out the running footer's lines. */
export const lastLine = (pageText: string, footer: string[] = [SHORT_TITLE]): string =>
  withoutFooter(pageText, footer)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1) ?? '';

export interface Greymap {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/**
 * How far down each page's text area the ink reaches (0–1), from the pages rendered in grey by
 * pdftoppm: the lowest row with a dark pixel between the top and bottom margins. Footers sit in
 * the bottom margin and do not count.
 */
export function pageFill(file: string, { dpi = 30, area = TEXT_AREA, dark = 160 } = {}): number[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-fill-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file, path.join(dir, 'p')]);
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => inkExtent(readPgm(fs.readFileSync(path.join(dir, f))), { area, dark }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** How far down the text area of one greyscale page the ink reaches, 0–1 (see pageFill). */
export function inkExtent({ width, height, pixels }: Greymap, { area = TEXT_AREA, dark = 160 } = {}): number {
  const top = Math.ceil(area.top * height);
  const bottom = Math.floor(area.bottom * height);
  for (let y = bottom - 1; y >= top; y--) {
    for (let x = 0; x < width; x++) if (pixels[y * width + x] < dark) return (y + 1 - top) / (bottom - top);
  }
  return 0;
}

/** A binary greymap (P5, 8-bit) as width, height and one byte per pixel. */
export function readPgm(buf: Buffer): Greymap {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 64).toString('latin1'));
  if (!header || header[3] !== '255') throw new Error('pdftoppm -gray: expected an 8-bit P5 greymap');
  return { width: Number(header[1]), height: Number(header[2]), pixels: buf.subarray(header[0].length) };
}
