import { describe, expect, it } from 'vitest';
import { companiesNamedIn, markSpellings, sentences, sentencesNaming, spellingsUsed } from '../../../src/lib/companies';
import { edition, source } from '../../helpers/edition';

const { companies, products } = edition;
const spellingsOf = (name: string) => companies.find((c) => c.name === name)!.spellings;

describe('sentences of the source', () => {
  it('split at 。！？ and the half-width ! ? the source uses, keeping every character', () => {
    expect(sentences('甲。乙!丙?丁；戊')).toEqual(['甲。', '乙!', '丙?', '丁；戊']);
    for (const p of source.paragraphs) expect(sentences(p.text).join('')).toBe(p.text);
  });
});

describe('company spellings', () => {
  it('mark the longest spelling first, so 阿里巴巴 is not read as 阿里 + 巴巴', () => {
    expect(markSpellings('阿里巴巴与阿里的菜鸟', spellingsOf('阿里巴巴'))).toEqual([
      { text: '阿里巴巴', spelling: true },
      { text: '与' },
      { text: '阿里', spelling: true },
      { text: '的菜鸟' },
    ]);
    expect(spellingsUsed(source.raw, spellingsOf('阿里巴巴'))).toEqual(['阿里巴巴', '阿里']);
  });

  it('a company page lists exactly the sentences of the source that name it, each once, text unchanged', () => {
    for (const { name: company, spellings } of companies) {
      const groups = sentencesNaming(source.paragraphs, spellings);
      const listed = groups.flatMap((g) => g.sentences.map((s) => s.text));
      // An independent count: every spelling occurrence in the source lies in exactly one listed sentence.
      const expected = source.paragraphs.flatMap((p) =>
        p.text.split(/(?<=[。！？!?])/).filter((s) => spellings.some((sp) => s.includes(sp))),
      );
      expect(listed, company).toEqual(expected);
      for (const g of groups) for (const s of g.sentences) expect(s.parts.map((p) => p.text).join('')).toBe(s.text);
      expect(listed.length, company).toBeGreaterThan(0);
    }
  });

  it('京东 is named in all ten trends and 阿里巴巴 (or 阿里) in six: the front page finding', () => {
    const named = (text: string) => companiesNamedIn(text, companies).map((c) => c.name);
    const count = (name: string) => [...source.trends.values()].filter((t) => named(t.body.text).includes(name)).length;
    expect([count('京东'), count('阿里巴巴')]).toEqual([10, 6]);
    expect(named('阿里双十一')).toEqual(['阿里巴巴']);
  });
});

describe('products', () => {
  it('are tied to a company only by words of the source that name both', () => {
    for (const p of products) {
      expect(source.raw, p.name).toContain(p.tie);
      expect(p.tie, p.name).toContain(p.name);
      if (p.company)
        expect(
          companiesNamedIn(p.tie, companies).map((c) => c.name),
          p.name,
        ).toContain(p.company);
    }
  });

  it('the source does not say who runs 手机淘宝, 支付宝钱包 or 来往, so neither does the site', () => {
    for (const name of ['手机淘宝', '支付宝钱包', '来往']) expect(products.find((p) => p.name === name)?.company).toBeNull();
    // 天猫 is its own entry, not folded into 阿里巴巴.
    expect(spellingsOf('阿里巴巴')).not.toContain('天猫');
  });
});
