import { describe, expect, test } from 'vitest';
import { inReadingOrder, measuringBodies } from '../../src/lib/briefing';
import type { Datum } from '../../src/lib/schema';
import { readNumbers } from '../helpers/content';
import { source } from '../helpers/seed';
import { assertCjkFont, firstLine, offerDownload, startPages } from '../../scripts/pdf.mjs';

const numbers = readNumbers();

describe('inReadingOrder', () => {
  test('orders every datum by trend, then by where its quote stands in the source', () => {
    const ordered = inReadingOrder([...numbers].reverse(), source.raw);
    expect(ordered).toHaveLength(numbers.length);
    const key = (d: Datum) => [d.trend, source.raw.indexOf(d.quote)];
    for (let i = 1; i < ordered.length; i++) {
      const [t0, q0] = key(ordered[i - 1]);
      const [t1, q1] = key(ordered[i]);
      expect(t0 < t1 || (t0 === t1 && q0 <= q1), `${ordered[i - 1].id} before ${ordered[i].id}`).toBe(true);
    }
    expect(ordered[0].id).toBe('mobile-volume-2013');
    expect(ordered.at(-1)!.id).toBe('alibaba-rrs-investment');
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
