import { describe, expect, test } from 'vitest';
import { inReadingOrder, measuringBodies } from '../../src/lib/briefing';
import { readNumbers } from '../helpers/content';
import { source } from '../helpers/seed';
import { assertCjkFont, firstLine, offerDownload, startPages } from '../../scripts/pdf.mjs';

const numbers = readNumbers();

describe('inReadingOrder', () => {
  test('orders by trend, then where each number stands in the source, a derived value after its inputs', () => {
    const ordered = inReadingOrder([...numbers].reverse(), source.raw);
    expect(ordered).toHaveLength(numbers.length);
    for (let i = 1; i < ordered.length; i++) expect(ordered[i - 1].trend).toBeLessThanOrEqual(ordered[i].trend);
    const ids = ordered.map((d) => d.id);
    // 约6.55万亿 … 增长52% … (推算 4.31万亿); 用户突破1亿，订单比例近20%.
    expect(ids.slice(0, 5)).toEqual([
      'mobile-volume-2013',
      'mobile-growth-2013',
      'mobile-volume-2012',
      'jd-mobile-users',
      'jd-mobile-order-share',
    ]);
    expect(ids.indexOf('cross-border-2011')).toBeGreaterThan(ids.indexOf('cross-border-growth-2012'));
    expect(ids.at(-1)).toBe('alibaba-rrs-investment');
    for (const d of ordered.filter((x) => !x.derived)) expect(source.raw, d.id).toContain(d.quote);
  });

  test('does not depend on the order it is given', () => {
    expect(inReadingOrder([...numbers].reverse(), source.raw)).toEqual(inReadingOrder(numbers, source.raw));
  });
});

describe('measuringBodies', () => {
  test('names each cited body once with the numbers it measured, leaving out 原文 and derived values', () => {
    const bodies = measuringBodies(inReadingOrder(numbers, source.raw));
    expect(bodies.map((b) => b.body)).toEqual(['中国电子商务研究中心', '艾瑞咨询']);
    expect(bodies[0].data.map((d) => d.id)).toEqual(['cross-border-2012', 'cross-border-growth-2012']);
    expect(bodies[1].data.map((d) => d.id)).toEqual(['local-users-2013', 'local-market-2013']);
    for (const { body } of bodies) expect(source.raw, `${body} is named in the source`).toContain(body);
  });
});

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
