import { describe, expect, test } from 'vitest';
import { addedUnit, formatDatum, numberContext, writtenUnit } from '../../../src/lib/format';
import { cardAlt, cardFigure, cardKey, cardTree, trendCard } from '../../../src/lib/share-card';
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
  test('the figure keeps hedge, period and source together, and marks a unit the source leaves out', () => {
    const f = cardFigure(datum('mobile-volume-2013'));
    expect(f.value).toBe(formatDatum(datum('mobile-volume-2013')));
    expect(f.value.startsWith('约')).toBe(true);
    expect(f.context).toBe(numberContext(datum('mobile-volume-2013')));
    expect(f.context).toContain('2013年前三季度');
    expect(f.unitNote).toBe(`单位：${addedUnit('元')}`); // 约6.55万亿: the source writes no 元
    expect(cardFigure(datum('jd-mobile-users')).unitNote).toBe(`单位：${addedUnit('人')}`);
    for (const d of numbers.filter((n) => n.unit === '%')) expect(cardFigure(d).unitNote).toBeUndefined();
    const written = numbers.find((d) => d.unit === '元' && writtenUnit(d) === '元')!;
    expect(cardFigure(written).unitNote).toBeUndefined();
  });
  test('every trend card says its heading, and its alt text says everything the card does', () => {
    for (const t of readTrendFiles()) {
      const card = trendCard(
        t.data,
        numbers.find((d) => d.id === t.data.keyFigure),
        '站名',
      );
      const alt = cardAlt(card);
      for (const part of [card.kicker, card.title, card.figure?.value, card.figure?.context, card.figure?.unitNote, card.lead, '站名'])
        if (part) expect(alt).toContain(part);
      expect(JSON.stringify(cardTree(card, 'F'))).toContain(card.title);
    }
  });
});
