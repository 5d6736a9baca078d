/**
 * Build-time half of search: the pages the index covers and the traditional → simplified table,
 * turned into the files src/pages/search/[file].json.ts writes. The index holds a trend's reading
 * text (heading and original paragraph): figure captions and tables are left out, so a result and
 * its excerpt always come from the article's prose.
 */
import { Converter } from 'opencc-js';
import type { Edition } from './resolve';
import { buildIndex, type IndexedPage } from '../lib/search-index';
import { contextSpan } from './numbers';

/** Section anchors as TrendArticle.astro renders them: the heading, and the original paragraph's section. */
const SECTION_ANCHORS = { heading: '', original: 'original-h' } as const;

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

const built = new WeakMap<Edition, Map<string, unknown>>();

/** Every file of the edition's index by name ("meta", "g0"…, "p0"…), built once per edition. */
export function searchIndexFiles(edition: Edition): Map<string, unknown> {
  let files = built.get(edition);
  if (!files) {
    const pages = indexedPages(edition);
    // A synthetic edition repeats paragraphs: OpenCC need read each text once.
    const texts = [...new Set(pages.flatMap((p) => p.sections.map((s) => s.text)))];
    const companies = edition.companies.map((c) => ({ names: [c.name, ...c.spellings, ...c.aliases], spellings: [...c.spellings] }));
    const index = buildIndex(pages, variantTable(texts), companies);
    files = new Map<string, unknown>([
      ['meta', index.meta],
      ...index.shards.map((s, i): [string, unknown] => [`g${i}`, s]),
      ...index.chunks.map((c, i): [string, unknown] => [`p${i}`, c]),
    ]);
    built.set(edition, files);
  }
  return files;
}
