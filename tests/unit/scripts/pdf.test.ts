import { describe, expect, test } from 'vitest';
import {
  SHORT_TITLE,
  assertCjkFont,
  firstLine,
  inkExtent,
  lastLine,
  withoutFooter,
  offerDownload,
  parseDestinations,
  readPgm,
} from '../../../scripts/pdf.ts';

describe('PDF helpers', () => {
  test('firstLine skips blank lines and trims; lastLine leaves out the running footer', () => {
    expect(firstLine('\n\n  一、甲 \n正文')).toBe('一、甲');
    expect(firstLine('')).toBe('');
    expect(lastLine(`正文\n二、乙\n\n${SHORT_TITLE}\n\n3 / 8\n`)).toBe('二、乙');
    expect(lastLine(`正文\n${SHORT_TITLE}\n3/8`)).toBe('正文');
    expect(withoutFooter(`……还是\n\n${SHORT_TITLE}\n\n6 / 8\n`) + withoutFooter('京东的……')).toBe('……还是\n\n\n京东的……');
  });

  test('parseDestinations reads pdfinfo -dests into id → page', () => {
    const listing = [
      'Page  Destination                 Name',
      '   1 [ XYZ    0  842 null      ] "main"',
      '   4 [ XYZ    0  612 null      ] "trend-o2o"',
      '  12 [ XYZ    0  842 null      ] "briefing-sources"',
    ].join('\n');
    expect([...parseDestinations(listing)]).toEqual([
      ['main', 1],
      ['trend-o2o', 4],
      ['briefing-sources', 12],
    ]);
  });

  test('inkExtent measures how far down the text area the ink reaches, margins aside', () => {
    // A 10 × 100 page, text area rows 10–90: ink down to row 49 fills half of it.
    const page = (inkRows: number[]) => {
      const pixels = new Uint8Array(10 * 100).fill(255);
      for (const y of inkRows) pixels[y * 10 + 3] = 0;
      return { width: 10, height: 100, pixels };
    };
    const area = { top: 0.1, bottom: 0.9 };
    expect(inkExtent(page([12, 49]), { area })).toBe(0.5);
    expect(inkExtent(page([]), { area })).toBe(0);
    // A footer in the bottom margin does not count as filling the page.
    expect(inkExtent(page([12, 95]), { area })).toBeCloseTo(3 / 80);
    expect(inkExtent(page([89]), { area })).toBe(1);
    const pgm = Buffer.concat([Buffer.from('P5\n10 100\n255\n', 'latin1'), Buffer.from(page([49]).pixels)]);
    expect(inkExtent(readPgm(pgm), { area })).toBe(0.5);
  });

  test('offerDownload swaps the hidden placeholder for a link, and again on a second run', () => {
    const html = '<main><p id="briefing-pdf" class="x" data-pdf-status="missing" hidden></p><p>后文</p></main>';
    const once = offerDownload(html, { pages: 8, bytes: 2048 });
    expect(once).toContain('<a href="../briefing.pdf" download>');
    expect(once).toContain('A4，8 页，2 KB');
    expect(once).not.toMatch(/\shidden[\s>]/);
    expect(once).toContain('<p>后文</p>');
    expect(offerDownload(once, { pages: 7, bytes: 4096 })).toContain('7 页');
    expect(() => offerDownload('<p>none</p>', { pages: 1, bytes: 1 })).toThrow(/#briefing-pdf/);
  });

  test('the CJK font check names the fonts it found, or fails with the package to install', () => {
    expect(assertCjkFont().join('\n')).toMatch(/CJK|Han|Hei|Song|Ming/);
    expect(() => assertCjkFont('/nonexistent/fc-list')).toThrow(/No CJK font found .*fonts-noto-cjk/);
  });
});
