/**
 * One record per page of the English edition (keys "en/index", "en/trends/<slug>", …, paths under
 * en/), as src/edition/pages.ts makes the Chinese ones: title, description, share card, an English
 * citation (with its GB/T 7714 form), JSON-LD in English, and each page's counterpart in the other
 * language, on both sides. Pure.
 */
import { card, cardFigure, type CardContent, type CardFigure } from '../lib/share-card';
import type { EnglishCitationData } from '../lib/citation';
import { counted } from '../lib/english-words';
import { articleLd, datasetLd, websiteLd } from '../lib/structured-data';
import { cardPath } from '../lib/urls';
import type { PageAlternate, PageRecord } from './pages';
import type { Edition } from './resolve';
import type { EnglishEdition } from './english';

/** An English page's record: its citation is the English one. */
export type EnglishPageRecord = PageRecord & { lang: 'en'; citation?: EnglishCitationData };

/** The English key of a Chinese page ("trends/o2o" → "en/trends/o2o"). */
export const englishKey = (key: string) => `en/${key}`;

/** The English path of a Chinese page ("" → "en/", "trends/o2o/" → "en/trends/o2o/"). */
export const englishPath = (path: string) => `en/${path}`;

type EnglishParts = Omit<EnglishEdition, 'pages'>;

/**
 * The publication's name after a page's own title: the source's English title is 51 letters, and
 * with a trend's heading before it a title would pass the 70 a search result shows (a heading too
 * long for even this stands alone).
 */
export const SHORT_TITLE = 'E-Commerce Trends 2014';

/** What JSON-LD says in English: the node in English, based on (a translation of) the Chinese original. */
function inEnglish<T extends object>(node: T, original: string, note: string) {
  const work = { '@type': 'Article', name: original, inLanguage: 'zh-CN', description: note };
  return { ...node, inLanguage: 'en', isBasedOn: work, translationOfWork: work };
}

export function englishPageRecords(edition: Edition, en: EnglishParts): Map<string, EnglishPageRecord> {
  const { urls, env } = edition;
  const { title, publication } = en;
  const siteUrl = urls.absolute(urls.url('en/'));
  const common = { original: edition.title, note: en.dating.note, site: publication, siteUrl, edition: env.date };
  const records = new Map<string, EnglishPageRecord>();
  // A page's card, made once add() knows the page's key.
  const cardOf = (kicker: string, cardTitle: string, lead?: string, figure?: CardFigure) => (key: string) =>
    card(key, kicker, cardTitle, title, lead, figure);
  const add = (
    zhKey: string,
    pageTitle: string | undefined,
    description: string,
    makeCard: (key: string) => CardContent,
    cite?: { title: string; original: string },
  ) => {
    const key = englishKey(zhKey);
    // A folder for every page, the 404 too: Astro writes only the root 404 as a file, and en/404/ is
    // linked from it (every host serves the root 404.html at any missing address, English ones too).
    const path = englishPath(zhKey === 'index' ? '' : `${zhKey}/`);
    const pageCard = makeCard(key);
    const url = urls.absolute(urls.url(path));
    const citation: EnglishCitationData | undefined = cite && {
      title: `${title}: ${cite.title}`,
      original: `${edition.title}：${cite.original}`,
      container: publication,
      edition: env.date,
      url,
      note: en.dating.note,
    };
    records.set(key, {
      key,
      path,
      title: !pageTitle ? title : pageTitle.length + SHORT_TITLE.length + 3 > 70 ? pageTitle : `${pageTitle} | ${SHORT_TITLE}`,
      description,
      type: citation ? 'article' : 'website',
      card: pageCard,
      citation,
      jsonLd: citation
        ? [
            inEnglish(
              articleLd({ ...common, headline: citation.title, description, url, image: urls.meta(cardPath(pageCard.key)) }),
              edition.title,
              en.dating.note,
            ),
          ]
        : [],
      canonical: zhKey === '404' ? undefined : url,
      noindex: zhKey === '404',
      lang: 'en',
    });
  };

  add(
    'index',
    undefined,
    en.description,
    cardOf(
      'Searchable, printable edition in English',
      title,
      `The ${en.counted} in translation beside the Chinese original, with the companies they name and the data charts; every number with its source quote`,
    ),
  );
  records.get('en/index')!.jsonLd.push(
    inEnglish(websiteLd(publication, en.description, siteUrl), edition.title, en.dating.note),
    inEnglish(
      datasetLd({
        ...common,
        name: `${title}: chart data`,
        description:
          'The numbers of this site’s charts, one file per chart; each row gives the source’s quote, the period and who gives the number (the China E-Commerce Research Center, iResearch or the author).',
        files: [...en.figures.values()].map((f) => ({ name: f.view.title, contentUrl: urls.meta(f.csv) })),
      }),
      edition.title,
      en.dating.note,
    ),
  );
  for (const t of en.trends) {
    add(
      `trends/${t.slug}`,
      t.heading,
      t.summary,
      cardOf(
        `The ${en.counted}: no. ${t.order}`,
        t.heading,
        `The source, in translation: “${t.summary}”`,
        t.keyFigure && cardFigure(t.keyFigure),
      ),
      { title: t.heading, original: t.trend.heading },
    );
  }
  add(
    'briefing',
    'Briefing',
    `“${title}” as one document, in English: cover, contents, a one-page summary with the key numbers, the ${en.counted}, sources. Printable.`,
    cardOf('Briefing', title, `Cover, contents, summary and key numbers, the ${en.counted}, sources: one document`),
    { title: 'Briefing', original: '简报' },
  );
  add(
    'source',
    'Source text',
    `The whole of “${title}” in the Chinese original, each paragraph beside this site’s English translation, every paragraph linkable.`,
    cardOf('Source text', title, 'The Chinese original unchanged, each paragraph beside its English translation'),
  );
  add(
    'search',
    'Search',
    `Search the words and numbers of the ${en.counted}, in English or in Chinese.`,
    cardOf('Search', 'Full-text search', `Find the ${en.counted} by company, number or topic, in English or in Chinese`),
  );
  add(
    'companies',
    'Companies named in the source',
    `The companies “${title}” names, which of its trends name each, and every sentence that names them.`,
    cardOf('Companies', 'Companies named in the source', 'Which trends name each company, with every sentence that names it'),
  );
  for (const c of en.companies)
    if (c.trends.length)
      add(
        `companies/${c.slug}`,
        c.name,
        `Every sentence of “${title}” that names ${c.name}, trend by trend.`,
        cardOf('Companies', c.name, `The source names ${c.name} in ${counted(c.trends.length, 'trend')}: every sentence, trend by trend`),
      );
  add(
    'changes',
    'Changes',
    'What changed in each edition of this site.',
    cardOf('Changes', 'Changes', 'What changed in each edition of this site'),
  );
  add(
    '404',
    'Page not found',
    'There is no page at this address.',
    cardOf('Page not found', 'There is no page here', 'Start again from the front page or the source text'),
  );
  return records;
}

/**
 * Each page's counterpart in the other language, set on both records (a Chinese page without an
 * English one, such as 更新记录, gets none).
 */
export function linkAlternates(zh: Map<string, PageRecord>, en: Map<string, EnglishPageRecord>): void {
  const to = (r: PageRecord): PageAlternate => ({ lang: r.lang, key: r.key, path: r.path, canonical: r.canonical });
  for (const [key, record] of zh) {
    const other = en.get(englishKey(key));
    if (!other) continue;
    record.alternate = to(other);
    other.alternate = to(record);
  }
}
