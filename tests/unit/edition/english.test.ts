/**
 * The English edition as the English pages will read it (edition.en): trends joined to the Chinese
 * by order, the English views of the numbers (hedge, unit, period, source, derived formula),
 * findings, companies, the source page, and one record per page with its counterpart on both sides.
 * Expectations come from the Chinese edition and the translation files wherever they can.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SHORT_TITLE, englishKey } from '../../../src/edition/english-pages';
import { englishClaimProblems } from '../../../src/edition/english-numbers';
import { englishFindings, TREND_REFERENCE } from '../../../src/edition/english-findings';
import { HEDGES_EN, NAMES_FILE, TRANSLATION_FILE, namesSchema, translationSchema } from '../../../src/edition/translation';
import { resolveEdition } from '../../../src/edition/resolve';
import { citationMeta, cslJson, englishReference, gbt7714 } from '../../../src/lib/citation';
import { englishAmount } from '../../../src/lib/english';
import { writtenUnit } from '../../../src/lib/format';
import { ENV, ROOT, edition, files } from '../../helpers/edition';

const read = (file: string): unknown => parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const translation = translationSchema.parse(read(TRANSLATION_FILE));
const names = namesSchema.parse(read(NAMES_FILE));
const { en } = edition;

describe('trends', () => {
  it('are the Chinese trends in order, each with its English heading and paragraph', () => {
    expect(en.trends.map((t) => t.trend)).toEqual(edition.trends);
    for (const t of en.trends) {
      const tr = translation.trends.find((x) => x.order === t.order)!;
      expect(t.paragraph).toBe(tr.paragraph);
      expect(t.heading).toBe(`${t.order}. ${tr.heading}`);
      expect(t.runs.map((r) => r.text).join('')).toBe(t.paragraph);
      expect(t.briefingRuns.map((r) => r.text).join('')).toBe(t.paragraph);
      expect(en.trendBySlug.get(t.slug)).toBe(t);
    }
    expect(en.title).toBe(translation.title);
    expect(en.intro).toBe(translation.intro);
  });

  it('carry their summary as a clause of the paragraph, their topics and relations in English', () => {
    for (const t of en.trends) expect(t.paragraph.toLowerCase()).toContain(t.summary.toLowerCase());
    const logistics = en.trendBySlug.get('smart-logistics')!;
    expect(logistics.topics).toEqual(['logistics', 'big data', 'cloud computing']);
    const o2o = en.trendBySlug.get('o2o')!;
    expect(o2o.next).toEqual({ trend: en.trendBySlug.get('mobile-commerce'), shared: ['O2O'] });
  });

  it('name companies and unattributed products in English', () => {
    const mobile = en.trendBySlug.get('mobile-commerce')!;
    expect(mobile.companies.map((c) => c.name)).toEqual(['JD.com']);
    expect(mobile.unowned.map((p) => p.name)).toEqual(['Mobile Taobao', 'Alipay Wallet', 'Laiwang']);
  });
});

describe('the numbers in English', () => {
  const view = (id: string) => en.data.get(id)!;

  it('a view per datum, in reading order', () => {
    expect(en.numbers.map((d) => d.datum)).toEqual(edition.numbers);
  });

  it('write each stated number as the translation writes it, hedge from HEDGES_EN and unit as the source writes it', () => {
    for (const d of en.numbers.filter((x) => !x.datum.derived)) {
      const paragraph = translation.trends.find((t) => t.order === d.datum.trend)!.paragraph;
      expect(paragraph, d.id).toContain(d.value);
      expect(d.number).toBe(englishAmount(d.datum.value, d.datum.magnitude));
      expect(d.hedge).toBe(d.datum.qualifier ? HEDGES_EN[d.datum.qualifier][0] : '');
      // A unit the source writes is written; one it does not is marked as added, never written.
      if (writtenUnit(d.datum) === '元') expect(d.value).toMatch(/ yuan$/);
      if (!writtenUnit(d.datum) && d.datum.unit === '元') expect(d.value).not.toContain('yuan');
    }
  });

  it.each([
    ['mobile-volume-2013', 'about 6.55 trillion', 'unit: yuan (added by this site)', 'the first three quarters of 2013', 'the author'],
    ['cross-border-2012', '2 trillion yuan', undefined, '2012', 'China E-Commerce Research Center'],
    ['local-market-2013', 'likely to exceed 120 billion yuan', undefined, '2013', 'iResearch'],
    ['local-users-2013', 'expected to reach 185 million', 'unit: people (added by this site)', '2013', 'iResearch'],
    ['alibaba-rrs-investment', '2 billion', 'currency not stated in the source', undefined, 'the author'],
    [
      'cross-border-2011',
      'about 1.6 trillion yuan or less',
      undefined,
      '2011',
      'this site’s calculation (from China E-Commerce Research Center figures)',
    ],
    [
      'mobile-volume-2012',
      'about 4.31 trillion',
      'unit: yuan (added by this site)',
      'the first three quarters of 2012',
      'this site’s calculation (from the author’s figures)',
    ],
  ])('%s is "%s"', (id, value, unitRemark, period, by) => {
    expect(view(id)).toMatchObject({ value, unitRemark, period, by });
  });

  it('periods are names.yaml’s; a period the source does not state says so', () => {
    for (const d of en.numbers.filter((x) => !x.datum.derived)) {
      const entry = names.periods.find((p) => p.zh === d.datum.period)!;
      expect(d.period ?? null, d.id).toBe(entry.en);
    }
    expect(view('jd-mobile-users').when).toBe('when the source was written (no date given)');
    expect(view('jd-mobile-users').context).toBe('When the source was written (no date given), the author');
  });

  it('a derived value’s formula and note are worked out from its inputs, with the Chinese note’s bound and hedge', () => {
    expect(view('cross-border-2011').derived!.formula).toBe('2 trillion ÷ (1 + 25%) = 1.6 trillion');
    expect(view('mobile-volume-2012').derived!.formula).toBe('6.55 trillion ÷ (1 + 52%) ≈ 4.31 trillion');
    for (const d of en.numbers.filter((x) => x.datum.derived)) {
      const [zh, note] = [d.datum.derived!.note, d.derived!.note];
      expect(note.includes('an upper bound'), d.id).toBe(zh.includes('的上限'));
      expect(note.includes('a lower bound:'), d.id).toBe(zh.includes('的下限'));
      expect(note.includes('approximate too'), d.id).toBe(zh.includes('推算值同样是约数'));
      expect(note.includes('round figure'), d.id).toBe(zh.includes('整数说法'));
    }
  });
});

describe('findings', () => {
  it('are the Chinese findings in English: as many, citing the same paragraphs, marked as the site’s', () => {
    expect(en.findings.map((f) => f.cites)).toEqual(edition.findings.map((f) => f.cites));
    for (const f of en.findings) expect(f.voice).toBe('site');
    expect(en.findings[0].text).toBe(
      'JD.com is the only company named in all ten trends; next comes Alibaba (counting the short form of its name the source also uses), named in six trends; the other six are each named in only one trend.',
    );
    expect(en.findings[2].text).toContain('online users of local life services “expected to reach 185 million”');
  });

  it('their numbers pass the claim check, and a wrong one would not', () => {
    const years = new Set(['2014']);
    for (const f of en.findings) expect(englishClaimProblems(f.text, en.numbers, names, years, TREND_REFERENCE), f.text).toEqual([]);
    const wrong = en.findings[2].text.replace('expected to reach 185 million', '185 million');
    expect(englishClaimProblems(wrong, en.numbers, names, years, TREND_REFERENCE)).toEqual([
      'says "185 million": the English pages write "expected to reach 185 million"',
    ]);
  });

  it('follow the content: a company named in one trend fewer is counted so', () => {
    const input = {
      title: edition.title,
      trends: edition.trends,
      numbers: en.numbers,
      names,
      companyName: (c: { name: string }) => en.companies.find((x) => x.company.name === c.name)!.name,
    };
    expect(englishFindings({ ...input, companies: edition.companies })[0].text).toContain('named in six trends');
    const fewer = edition.companies.map((c) => (c.name === '阿里巴巴' ? { ...c, trends: c.trends.slice(1) } : c));
    expect(englishFindings({ ...input, companies: fewer })[0].text).toContain('named in five trends');
  });
});

describe('companies and the source page', () => {
  it('name each company in English, with every English sentence naming it', () => {
    const alibaba = en.companies.find((c) => c.slug === 'alibaba')!;
    expect(alibaba.name).toBe('Alibaba');
    expect(alibaba.trends).toEqual(edition.companies.find((c) => c.slug === 'alibaba')!.trends);
    expect(alibaba.sentences.map((g) => g.trend?.order)).toEqual(alibaba.trends);
    for (const g of alibaba.sentences)
      for (const s of g.sentences) expect(s.parts.filter((p) => p.name).map((p) => p.text)).toContain('Alibaba');
    expect(alibaba.products.map((p) => p.name)).toEqual(['Juhuasuan', 'Yu’e Bao', 'Cainiao']);
  });

  it('pairs every paragraph of the source with its English, names marked on first use', () => {
    expect(en.source.map((p) => p.paragraph)).toEqual(edition.source.paragraphs);
    const heading = en.source.find((p) => p.paragraph.kind === 'heading' && p.paragraph.trend === 2)!;
    expect(heading.en).toBe('2. Mobile e-commerce moves toward maturity');
    const firsts = en.source.flatMap((p) => p.runs.filter((r) => r.name?.zh).map((r) => r.text));
    expect(new Set(firsts).size).toBe(firsts.length);
  });
});

describe('page records', () => {
  it('one English record per Chinese page, keyed and placed under en/', () => {
    const zh = [...edition.pages.keys()];
    expect([...en.pages.keys()].sort()).toEqual(zh.map(englishKey).sort());
    for (const p of en.pages.values()) {
      expect(p.lang).toBe('en');
      expect(p.path.startsWith('en/')).toBe(true);
      expect(p.card.key).toBe(p.key);
      // The publication's name after the page's own, short enough for a search result (70), unless the page's own is too long to share.
      expect(p.title === en.title || p.title.endsWith(` | ${SHORT_TITLE}`) || p.title.length + SHORT_TITLE.length + 3 > 70, p.key).toBe(
        true,
      );
      expect(p.title.length <= 70 || !p.title.includes(' | '), p.key).toBe(true);
      expect(p.description, p.key).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('the short name after a page title says nothing the source title does not: its year is the title’s', () => {
    const numbers = (t: string) => t.match(/\d+/g) ?? [];
    expect(numbers(SHORT_TITLE).length).toBeGreaterThan(0);
    for (const n of numbers(SHORT_TITLE)) expect(numbers(en.title)).toContain(n);
    expect(SHORT_TITLE.toLowerCase()).toContain('e-commerce');
  });

  it('each page names its counterpart in the other language, on both sides', () => {
    for (const [key, p] of edition.pages) {
      expect(p.lang).toBe('zh-CN');
      expect(p.alternate).toMatchObject({ lang: 'en', key: englishKey(key), path: en.pages.get(englishKey(key))!.path });
    }
    for (const p of en.pages.values()) expect(edition.pages.get(p.alternate!.key)!.alternate!.key).toBe(p.key);
    const online = resolveEdition(files, { ...ENV, site: 'https://example.org/pub/', base: '/pub/' });
    expect(online.pages.get('trends/o2o')!.alternate!.canonical).toBe('https://example.org/pub/en/trends/o2o/');
    expect(online.en.pages.get('en/trends/o2o')!.alternate!.canonical).toBe('https://example.org/pub/trends/o2o/');
    expect(online.en.pages.get('en/404')!.canonical).toBeUndefined();
  });

  it('a trend’s card shows its key figure as the English pages write it, with what the unit needs', () => {
    const card = en.pages.get('en/trends/mobile-commerce')!.card;
    expect(card.figure).toEqual({
      value: 'about 6.55 trillion',
      label: 'Mobile internet transaction value',
      context: 'The first three quarters of 2013, the author',
      unitRemark: 'unit: yuan (added by this site)',
    });
    expect(en.pages.get('en/trends/o2o')!.card.lead).toBe(`The source, in translation: “${en.trendBySlug.get('o2o')!.summary}”`);
  });

  it('cites a trend in English (and in GB/T 7714), based on the Chinese original, in JSON-LD in English', () => {
    const p = en.pages.get('en/trends/mobile-commerce')!;
    const c = p.citation!;
    expect(c.title).toBe('Ten Major Trends for the E-Commerce Industry in 2014: 2. Mobile e-commerce moves toward maturity');
    expect(c.original).toBe('2014年电商行业十大趋势：二、移动电商走向成熟');
    expect(englishReference(c)).toBe(
      `Anon. “${c.title}” [${c.original}]. English translation. In ${en.publication}, edition of 25 November 2026.`,
    );
    expect(gbt7714(c)).toBe(`Anon. ${c.title}[EB/OL]. (2026-11-25)[2026-11-25].`);
    expect(cslJson(c, 'x')[0]).toMatchObject({ language: 'en', 'original-title': c.original, translator: [{ literal: en.publication }] });
    expect(citationMeta(c)).toContainEqual(['citation_language', 'en']);
    expect(p.jsonLd[0]).toMatchObject({ '@type': 'Article', inLanguage: 'en', isBasedOn: { inLanguage: 'zh-CN', name: edition.title } });
    expect([...en.pages.values()].filter((x) => x.citation).map((x) => x.key)).toEqual(
      [...edition.pages.values()].filter((x) => x.citation).map((x) => englishKey(x.key)),
    );
  });

  it('the front page says the site and its data in English', () => {
    const index = en.pages.get('en/index')!;
    expect(index.jsonLd.map((n) => (n as { '@type': string })['@type'])).toEqual(['WebSite', 'Dataset']);
    for (const n of index.jsonLd) expect(n).toMatchObject({ inLanguage: 'en' });
    expect(JSON.stringify(index.jsonLd[1])).toContain('/en/data/mobile-volume.csv');
  });
});
