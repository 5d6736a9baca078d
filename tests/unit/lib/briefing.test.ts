import { describe, expect, test } from 'vitest';
import {
  BRIEFING_SECTION,
  SUMMARY_FIGURE_IDS,
  contentsEntries,
  inReadingOrder,
  measuringBodies,
  summaryFigures,
} from '../../../src/lib/briefing';
import { readNumbers } from '../../helpers/content';
import { source } from '../../helpers/seed';

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

describe('briefing content helpers', () => {
  test('summaryFigures picks the callouts in order and names the file when an id is missing', () => {
    expect(summaryFigures(numbers).map((d) => d.id)).toEqual([...SUMMARY_FIGURE_IDS]);
    expect(SUMMARY_FIGURE_IDS.length).toBeGreaterThanOrEqual(3);
    expect(SUMMARY_FIGURE_IDS.length).toBeLessThanOrEqual(4);
    expect(() => summaryFigures(numbers, ['no-such-number'])).toThrow(
      /SUMMARY_FIGURE_IDS: no datum "no-such-number" in content\/data\/numbers\.yaml/,
    );
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
});
