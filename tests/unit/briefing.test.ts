import { describe, expect, test } from 'vitest';
import {
  BRIEFING_SECTION,
  SOURCE_DATING,
  SUMMARY_FIGURE_IDS,
  contentsEntries,
  inReadingOrder,
  measuringBodies,
  publicAddress,
  summaryFigures,
  writtenForm,
} from '../../src/lib/briefing';
import { readNumbers } from '../helpers/content';
import { source } from '../helpers/seed';
import {
  SHORT_TITLE,
  assertCjkFont,
  firstLine,
  inkExtent,
  lastLine,
  offerDownload,
  parseDestinations,
  readPgm,
} from '../../scripts/pdf.mjs';

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
  test('firstLine skips blank lines and trims; lastLine leaves out the running footer', () => {
    expect(firstLine('\n\n  一、甲 \n正文')).toBe('一、甲');
    expect(firstLine('')).toBe('');
    expect(lastLine(`正文\n二、乙\n\n${SHORT_TITLE}\n\n3 / 8\n`)).toBe('二、乙');
    expect(lastLine(`正文\n${SHORT_TITLE}\n3/8`)).toBe('正文');
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

describe('briefing content helpers', () => {
  test('summaryFigures picks the callouts in order and names the file when an id is missing', () => {
    expect(summaryFigures(numbers).map((d) => d.id)).toEqual([...SUMMARY_FIGURE_IDS]);
    expect(SUMMARY_FIGURE_IDS.length).toBeGreaterThanOrEqual(3);
    expect(SUMMARY_FIGURE_IDS.length).toBeLessThanOrEqual(4);
    expect(() => summaryFigures(numbers, ['no-such-number'])).toThrow(
      /SUMMARY_FIGURE_IDS: no datum "no-such-number" in content\/data\/numbers\.yaml/,
    );
  });

  test('writtenForm keeps the hedge and shows a unit only where the source writes it', () => {
    const byId = (id: string) => numbers.find((d) => d.id === id)!;
    expect(writtenForm(byId('mobile-volume-2013'))).toEqual({ text: '约6.55万亿', added: '元' });
    expect(writtenForm(byId('cross-border-2012'))).toEqual({ text: '2万亿元' });
    expect(writtenForm(byId('jd-mobile-order-share'))).toEqual({ text: '近20%' });
    expect(writtenForm(byId('local-users-2013'))).toEqual({ text: '预计达到1.85亿', added: '人' });
    for (const d of numbers.filter((n) => !n.derived)) {
      const { text } = writtenForm(d);
      expect(d.quote, d.id).toContain(text.slice((d.qualifier ?? '').length));
    }
  });

  test('publicAddress gives the public address with its base path, and never a local one', () => {
    expect(publicAddress('https://example.org')).toBe('https://example.org/');
    expect(publicAddress(new URL('https://example.org/x/'), '/briefing')).toBe('https://example.org/briefing/');
    for (const local of ['http://localhost:4321', 'http://127.0.0.1:4450/', 'http://[::1]:8080'])
      expect(publicAddress(local)).toBeUndefined();
    expect(publicAddress(undefined)).toBeUndefined();
  });

  test('contentsEntries lists 摘要, the trends and 来源, each with its anchor', () => {
    const entries = contentsEntries([
      { id: 'trend-a', heading: '一、甲' },
      { id: 'trend-b', heading: '二、乙' },
    ]);
    expect(entries.map((e) => e.label)).toEqual(['摘要', '一、甲', '二、乙', '来源']);
    expect(entries[0].id).toBe(BRIEFING_SECTION.summary);
    expect(entries.at(-1)!.id).toBe(BRIEFING_SECTION.sources);
  });

  test('the cover’s dating of the source quotes the source verbatim', () => {
    for (const clause of SOURCE_DATING.evidence) expect(source.raw).toContain(clause);
    expect(source.raw).toContain('13年底');
  });
});
