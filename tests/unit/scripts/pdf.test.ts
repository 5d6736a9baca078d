import { describe, expect, test } from 'vitest';
import { assertCjkFont, firstLine, offerDownload, startPages } from '../../../scripts/pdf.mjs';

describe('PDF helpers', () => {
  const pages = ['目录\n一、甲  3\n', '\n\n一、甲\n正文\n', '正文续\n二、乙\n', '二、乙\n正文\n'];

  test('firstLine skips blank lines and trims', () => {
    expect(firstLine('\n\n  一、甲 \n正文')).toBe('一、甲');
    expect(firstLine('')).toBe('');
  });

  test('startPages finds the page each heading opens, not pages that merely mention it', () => {
    expect(startPages(pages, ['一、甲', '二、乙'])).toEqual([2, 4]);
    expect(startPages(pages, ['三、丙'])).toEqual([undefined]);
  });

  test('offerDownload swaps the note for a link, and again on a second run', () => {
    const html =
      '<main><p id="briefing-pdf" class="x" data-pdf-status="missing">PDF 尚未生成：运行 <code>npm run pdf</code></p><p>后文</p></main>';
    const once = offerDownload(html, { pages: 14, bytes: 2048 });
    expect(once).toContain('<a href="../briefing.pdf" download>');
    expect(once).toContain('A4，14 页，2 KB');
    expect(once).not.toContain('尚未生成');
    expect(once).toContain('<p>后文</p>');
    expect(offerDownload(once, { pages: 15, bytes: 4096 })).toContain('15 页');
    expect(() => offerDownload('<p>none</p>', { pages: 1, bytes: 1 })).toThrow(/#briefing-pdf/);
  });

  test('the CJK font check names the fonts it found, or fails with the package to install', () => {
    expect(assertCjkFont().join('\n')).toMatch(/CJK|Han|Hei|Song|Ming/);
    expect(() => assertCjkFont('/nonexistent/fc-list')).toThrow(/No CJK font found .*fonts-noto-cjk/);
  });
});
