import { describe, expect, test } from 'vitest';
import { citationMeta, cslJson, gbt7714, ORIGINAL_DATE_NOTE } from '../../src/lib/citation';
import { cardAlt, cardFigure, cardKey, cardTree, trendCard, unitAdded } from '../../src/lib/share-card';
import { basePath, siteUrl } from '../../src/integrations/site-url';
import { jsonLdText } from '../../src/lib/structured-data';
import { readNumbers, readTrendFiles } from '../helpers/content';

const numbers = readNumbers();
const datum = (id: string) => numbers.find((d) => d.id === id)!;

describe('GB/T 7714—2015 reference', () => {
  const c = { title: '2014年电商行业十大趋势：二、移动电商走向成熟', container: '站名', edition: '2026-11-25' };
  test('electronic resource: 佚名 for the unstated author, [EB/OL], (update date)[citing date], URL', () => {
    expect(gbt7714({ ...c, url: 'https://example.org/trends/mobile-commerce/' })).toBe(
      '佚名. 2014年电商行业十大趋势：二、移动电商走向成熟[EB/OL]. (2026-11-25)[2026-11-25]. https://example.org/trends/mobile-commerce/.',
    );
    expect(gbt7714(c, '2027-01-02')).toBe('佚名. 2014年电商行业十大趋势：二、移动电商走向成熟[EB/OL]. (2026-11-25)[2027-01-02].');
  });
  test('CSL-JSON and citation_* tags name no author and carry the inference about the date', () => {
    const [item] = cslJson(c, 'x') as Record<string, unknown>[];
    expect(item).toMatchObject({ type: 'webpage', title: c.title, issued: { 'date-parts': [[2026, 11, 25]] }, note: ORIGINAL_DATE_NOTE });
    expect(item.author).toBeUndefined();
    expect(item.URL).toBeUndefined();
    expect(citationMeta(c).map(([n]) => n)).not.toContain('citation_author');
    expect(ORIGINAL_DATE_NOTE).toContain('推断');
  });
});

describe('share cards', () => {
  test('card keys from page paths below the base', () => {
    expect(cardKey('/')).toBe('index');
    expect(cardKey('/trends/o2o/')).toBe('trends/o2o');
    expect(cardKey('/404.html')).toBe('404');
    expect(cardKey('/404')).toBe('404');
    expect(cardKey('/source/index.html')).toBe('source');
  });
  test('a unit the source does not write is flagged as added', () => {
    expect(unitAdded(datum('mobile-volume-2013'))).toBe(true); // 约6.55万亿 (no 元)
    expect(unitAdded(datum('jd-mobile-users'))).toBe(true); // 突破1亿 (no 人)
    expect(numbers.filter((d) => d.unit === '%').every((d) => !unitAdded(d))).toBe(true);
    const written = numbers.find((d) => d.unit === '元' && /\d万亿元|\d亿元/.test(d.quote) && !d.derived)!;
    expect(unitAdded(written)).toBe(false);
  });
  test('the figure keeps hedge, period and source together', () => {
    const f = cardFigure(datum('mobile-volume-2013'));
    expect(f.value).toBe('约6.55万亿元');
    expect(f.label).toContain('2013年前三季度');
    expect(f.source).toBe('来源：原文');
    expect(f.unitNote).toContain('元');
  });
  test('every trend card says its heading, and its alt text says everything the card does', () => {
    for (const t of readTrendFiles()) {
      const card = trendCard(t.data, numbers.find((d) => d.id === t.data.keyFigure), '站名');
      const alt = cardAlt(card);
      for (const part of [card.kicker, card.title, card.figure?.value, card.figure?.source, card.lead, '站名']) if (part) expect(alt).toContain(part);
      expect(JSON.stringify(cardTree(card, 'F'))).toContain(card.title);
    }
  });
});

describe('build settings', () => {
  test('SITE_URL: unset or blank means none; anything but an http(s) URL is an error naming the variable', () => {
    expect(siteUrl(undefined)).toBeUndefined();
    expect(siteUrl('  ')).toBeUndefined();
    expect(siteUrl('https://example.org')).toBe('https://example.org/');
    expect(() => siteUrl('example.org')).toThrow(/SITE_URL/);
    expect(() => siteUrl('ftp://example.org')).toThrow(/SITE_URL/);
  });
  test('BASE_PATH must be a path', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('/briefing')).toBe('/briefing');
    expect(() => basePath('briefing')).toThrow(/BASE_PATH/);
  });
  test('JSON-LD text cannot close its script element', () => {
    expect(jsonLdText({ a: '</script><script>x()</script>' })).not.toContain('</script');
    expect(JSON.parse(jsonLdText({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});
