/**
 * Build-time half of search: the pages the index covers and the traditional → simplified table,
 * turned into the files src/pages/[...lang]/search/[file].json.ts writes. The index holds a trend's reading
 * text (heading and original paragraph): figure captions and tables are left out, so a result and
 * its excerpt always come from the article's prose. The English index (the same engine, `lang`
 * 'en') holds each English trend page's English heading and paragraph and the Chinese ones beside
 * them, so a Chinese query on the English site finds the same trends; its names are the names
 * table's (names.yaml), every form of each.
 */
import { Converter } from 'opencc-js';
import type { Lang } from '../i18n/ui';
import type { Edition } from './resolve';
import { buildIndex, type IndexedPage, type IndexMeta } from '../lib/search-index';
import type { NumberSpan } from '../lib/search';
import { contextSpan } from './numbers';
import { englishFacts, type Names } from './translation';

/** Section anchors as TrendArticle.astro renders them: the heading, and the original paragraph's section. */
const SECTION_ANCHORS = { heading: '', original: 'original-h' } as const;

/**
 * Section anchors an English trend page must render: the heading, the English paragraph's
 * section, and the section holding the Chinese original (where a Chinese query's result links).
 */
export const EN_SECTION_ANCHORS = { heading: '', translation: 'translation-h', original: 'original-h' } as const;

/**
 * What the English index folds to a space besides what every index folds (full width, case):
 * punctuation and hyphens, so "cross-border" and "cross border" are one phrase, and ’ and ' are
 * the same character. One UTF-16 unit each, so normalising keeps every offset (makeNormalizer).
 */
const EN_PUNCTUATION = '-‐‑‒–—―.,;:!?()[]{}"“”\'‘’/\\&…·*_';

/**
 * Traditional → simplified for the characters of these texts, as "繁简繁简…". OpenCC (opencc-js,
 * the maintained port of the reference converter) turns the corpus into traditional Chinese in
 * the conventions of the mainland, Taiwan and Hong Kong, phrase by phrase (so 发展 → 發展 and
 * 头发 → 頭髮 each get the right character); reading the result back against the original gives
 * the table for exactly the characters that matter here (about 230 here), so the browser ships
 * kilobytes, not OpenCC's dictionaries. A traditional character no page uses cannot change a result.
 */
function variantTable(texts: string[]): string {
  const table = new Map<string, string>();
  const converters = (['t', 'tw', 'hk'] as const).map((to) => Converter({ from: 'cn', to }));
  const back = Converter({ from: 't', to: 'cn' });
  const chars = [...new Set(texts.join(''))].join('');
  for (const text of [...texts, chars])
    for (const convert of converters) {
      const traditional = convert(text);
      // OpenCC's cn → t conversions keep length; a phrase that does not is skipped, not misaligned.
      if (traditional.length !== text.length) continue;
      for (let i = 0; i < text.length; i++) {
        const [t, s] = [traditional[i], text[i]];
        // Only a character that is traditional (OpenCC converts it back to this very character)
        // and that the corpus does not itself use: 像 stays 像 although 现象 may read 現像 in places.
        if (t !== s && !table.has(t) && !chars.includes(t) && back(t) === s) table.set(t, s);
      }
    }
  return [...table].map(([t, s]) => t + s).join('');
}

/** The trend pages as the index sees them, in source order (page id = order − 1). */
function indexedPages({ trends, urls }: Edition): IndexedPage[] {
  return trends.map((t) => ({
    url: urls.trend(t.slug),
    title: t.heading,
    topics: t.topics,
    companies: t.companies.map((c) => c.name),
    sections: [
      { anchor: SECTION_ANCHORS.heading, text: t.heading },
      {
        anchor: SECTION_ANCHORS.original,
        text: t.paragraph.text,
        numbers: t.data
          .filter((d) => !d.derived)
          .map((d) => contextSpan(d, t.paragraph.text))
          .filter((s) => s !== undefined),
      },
    ],
  }));
}

/** Where each English number stands with the words that give its period and source (as contextSpan does for the Chinese). */
function englishSpans(text: string, names: Names): NumberSpan[] {
  return englishFacts(text, names).flatMap((fact) => {
    if (fact.year) return [];
    const start = text.lastIndexOf(fact.text, fact.at);
    let [from, to] = [start, start + fact.text.length];
    for (const words of [fact.period, fact.by]) {
      if (!words) continue;
      const before = text.lastIndexOf(words, start);
      if (before >= 0) from = Math.min(from, before);
      else if (text.indexOf(words, to) >= 0) to = Math.max(to, text.indexOf(words, to) + words.length);
    }
    return [[from, start, to] as NumberSpan];
  });
}

/** The English trend pages as the index sees them, in source order: each page's English and Chinese text. */
function englishPages({ en, urls }: Edition): IndexedPage[] {
  return en.trends.map((t) => ({
    url: urls.url(`en/trends/${t.slug}/`),
    title: t.heading,
    topics: t.topics,
    companies: t.companies.map((c) => c.name),
    sections: [
      // Both headings are the heading: a query naming the trend in either language ranks it first.
      { anchor: EN_SECTION_ANCHORS.heading, text: `${t.heading}\n${t.trend.heading}` },
      { anchor: EN_SECTION_ANCHORS.translation, text: t.paragraph, numbers: englishSpans(t.paragraph, en.names) },
      {
        anchor: EN_SECTION_ANCHORS.original,
        text: t.trend.paragraph.text,
        numbers: t.trend.data
          .filter((d) => !d.derived)
          .map((d) => contextSpan(d, t.trend.paragraph.text))
          .filter((s) => s !== undefined),
      },
    ],
  }));
}

const built = new WeakMap<Edition, Map<Lang, Map<string, unknown>>>();

/**
 * Every file of the edition's index in one language by name ("meta", "g0"…, "p0"…), built once per
 * edition and language: the Chinese site's (/search/), or the English site's (/en/search/).
 */
export function searchIndexFiles(edition: Edition, lang: Lang = 'zh-CN'): Map<string, unknown> {
  const byLang = built.get(edition) ?? new Map<Lang, Map<string, unknown>>();
  built.set(edition, byLang);
  let files = byLang.get(lang);
  if (!files) {
    const english = lang === 'en';
    const pages = english ? englishPages(edition) : indexedPages(edition);
    // A synthetic edition repeats paragraphs: OpenCC need read each text once (and only Chinese ones).
    const texts = [...new Set(pages.flatMap((p) => p.sections.map((s) => s.text)))].filter((t) => !english || /\p{Script=Han}/u.test(t));
    const companies: IndexMeta['companies'] = english
      ? edition.en.names.names.map((n) => {
          // A company's aliases in the company table are names a reader may type on either site.
          const company = edition.companies.find((c) => n.kind === 'company' && n.zh.includes(c.name));
          return { names: [n.en, ...n.variants, ...n.zh, ...(company?.aliases ?? [])], spellings: [n.en, ...n.zh] };
        })
      : edition.companies.map((c) => ({ names: [c.name, ...c.spellings, ...c.aliases], spellings: [...c.spellings] }));
    const variants = variantTable(texts) + (english ? [...EN_PUNCTUATION].map((c) => `${c} `).join('') : '');
    const index = buildIndex(pages, variants, companies, english ? 'en' : undefined);
    files = new Map<string, unknown>([
      ['meta', index.meta],
      ...index.shards.map((s, i): [string, unknown] => [`g${i}`, s]),
      ...index.chunks.map((c, i): [string, unknown] => [`p${i}`, c]),
    ]);
    byLang.set(lang, files);
  }
  return files;
}
