import { describe, expect, test } from 'vitest';
import { citationMeta, cslJson, gbt7714 } from '../../../src/lib/citation';
import { edition } from '../../helpers/edition';

const NOTE = edition.dating.note;

describe('GB/T 7714—2015 reference', () => {
  const c = { title: '2014年电商行业十大趋势：二、移动电商走向成熟', container: '站名', edition: '2026-11-25', note: NOTE };
  test('electronic resource: 佚名 for the unstated author, [EB/OL], (update date)[citing date], URL', () => {
    expect(gbt7714({ ...c, url: 'https://example.org/trends/mobile-commerce/' })).toBe(
      '佚名. 2014年电商行业十大趋势：二、移动电商走向成熟[EB/OL]. (2026-11-25)[2026-11-25]. https://example.org/trends/mobile-commerce/.',
    );
    expect(gbt7714(c, '2027-01-02')).toBe('佚名. 2014年电商行业十大趋势：二、移动电商走向成熟[EB/OL]. (2026-11-25)[2027-01-02].');
  });
  test('CSL-JSON and citation_* tags name no author and carry the inference about the date', () => {
    const [item] = cslJson(c, 'x') as Record<string, unknown>[];
    expect(item).toMatchObject({ type: 'webpage', title: c.title, issued: { 'date-parts': [[2026, 11, 25]] }, note: NOTE });
    expect(item.author).toBeUndefined();
    expect(item.URL).toBeUndefined();
    // A Chinese page is not a translation: no original title, no translator, its own language.
    expect(item).toMatchObject({ language: 'zh-CN' });
    expect(item['original-title']).toBeUndefined();
    expect(item.translator).toBeUndefined();
    expect(citationMeta(c)).toContainEqual(['citation_language', 'zh']);
    expect(citationMeta(c).map(([n]) => n)).not.toContain('citation_author');
    expect(NOTE).toContain('推断');
  });
});
