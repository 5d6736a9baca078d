import { describe, expect, test } from 'vitest';
import { addedUnit, formatDatum, numberContext, standalone, writtenUnit } from '../../../src/lib/format';
import { cardAlt, cardFigure, cardTree, trendCard } from '../../../src/lib/share-card';
import { datum, edition, numbers } from '../../helpers/edition';

describe('share cards', () => {
  test('the figure keeps hedge, period and source together, and marks a unit the source leaves out', () => {
    const f = cardFigure(standalone(datum('mobile-volume-2013')));
    expect(f.value).toBe(formatDatum(datum('mobile-volume-2013')));
    expect(f.value.startsWith('约')).toBe(true);
    expect(f.context).toBe(numberContext(datum('mobile-volume-2013')));
    expect(f.context).toContain('2013年前三季度');
    expect(f.unitRemark).toBe(`单位：${addedUnit('元')}`); // 约6.55万亿: the source writes no 元
    expect(cardFigure(standalone(datum('jd-mobile-users'))).unitRemark).toBe(`单位：${addedUnit('人')}`);
    for (const d of numbers.filter((n) => n.unit === '%')) expect(cardFigure(standalone(d)).unitRemark).toBeUndefined();
    const written = numbers.find((d) => d.unit === '元' && writtenUnit(d) === '元')!;
    expect(cardFigure(standalone(written)).unitRemark).toBeUndefined();
  });
  test('every trend card says its heading, and its alt text says everything the card does', () => {
    for (const t of edition.trends) {
      const card = trendCard(t, t.keyFigure, '站名');
      expect(edition.pages.get(`trends/${t.slug}`)!.card).toEqual({ ...card, site: edition.title });
      const alt = cardAlt(card);
      for (const part of [card.kicker, card.title, card.figure?.value, card.figure?.context, card.figure?.unitRemark, card.lead, '站名'])
        if (part) expect(alt).toContain(part);
      expect(JSON.stringify(cardTree(card, 'F'))).toContain(card.title);
    }
  });
});
