import { describe, expect, test } from 'vitest';
import { assertCjkFont, offerDownload, parseDestinations } from '../../../scripts/pdf.ts';

describe('PDF helpers', () => {
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
