import { describe, expect, test } from 'vitest';
import { formatDatum } from '../../../src/lib/format';
import { cardAlt, cardFigure, cardKey, cardTree, trendCard, unitAdded } from '../../../src/lib/share-card';
import { readNumbers, readTrendFiles } from '../../helpers/content';

const numbers = readNumbers();
const datum = (id: string) => numbers.find((d) => d.id === id)!;

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
    expect(f.value).toBe(formatDatum(datum('mobile-volume-2013')));
    expect(f.value.startsWith('约')).toBe(true);
    expect(f.label).toContain('2013年前三季度');
    expect(f.source).toBe('来源：原文');
    // The note appears exactly when the value as shown carries the unit the source leaves out.
    expect(f.unitNote !== undefined).toBe(f.value.endsWith('元'));
  });
  test('every trend card says its heading, and its alt text says everything the card does', () => {
    for (const t of readTrendFiles()) {
      const card = trendCard(
        t.data,
        numbers.find((d) => d.id === t.data.keyFigure),
        '站名',
      );
      const alt = cardAlt(card);
      for (const part of [card.kicker, card.title, card.figure?.value, card.figure?.source, card.lead, '站名'])
        if (part) expect(alt).toContain(part);
      expect(JSON.stringify(cardTree(card, 'F'))).toContain(card.title);
    }
  });
});
