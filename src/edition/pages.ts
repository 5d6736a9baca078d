/**
 * One record per page of the edition: what a page tells readers and machines about itself (its
 * title, description, share card, citation, structured data, canonical address). Routes pick their
 * record by key; Base.astro writes the <head> from it, so a page knows what it is from its data,
 * never from its URL. The share-card, citation and search endpoints list the same records.
 */
import type { Lang } from '../i18n/ui';
import type { CitationData } from '../lib/citation';
import { chineseCount, trendHeading } from '../lib/numerals';
import { companyCards, pageCards, trendCard, type CardContent } from '../lib/share-card';
import { articleLd, datasetLd, websiteLd } from '../lib/structured-data';
import { cardPath } from '../lib/urls';
import type { Edition } from './resolve';

export interface PageRecord {
  /** The page below the base without slashes ("index", "trends/o2o", "404"): also its card's name. */
  key: string;
  /** Its path below the base, as served ("", "trends/o2o/", "404.html"). */
  path: string;
  /** The <title>: the page's own, then the publication's. */
  title: string;
  description: string;
  type: 'website' | 'article';
  card: CardContent;
  citation?: CitationData;
  jsonLd: object[];
  /** Absolute, only with a public address, and never for the 404 page (served at every missing address). */
  canonical?: string;
  noindex: boolean;
  /** The page's language (its <html lang>, og:locale, inLanguage). */
  lang: Lang;
  /** The same page in the other language, where there is one (for hreflang links and a language switch). */
  alternate?: PageAlternate;
}

/** A page's counterpart in the other language. */
export type PageAlternate = Pick<PageRecord, 'lang' | 'key' | 'path' | 'canonical'>;

/** The publication as a publisher: the original's title names the article, this names the edition. */
export const publicationName = (title: string) => `${title}（可检索、可打印版）`;

export function pageRecords(edition: Edition): Map<string, PageRecord> {
  const { title, urls, env, dating, trends, companies, counted } = edition;
  const publication = publicationName(title);
  const cards = new Map<string, CardContent>();
  const [frontCard, ...otherCards] = pageCards(title, counted);
  for (const c of [
    frontCard,
    ...otherCards,
    ...trends.map((t) => trendCard(t, t.keyFigure, title)),
    ...companyCards(
      title,
      companies.map((c) => ({ company: c.name, slug: c.slug, trends: c.trends.length })),
      chineseCount,
    ),
  ])
    cards.set(c.key, c);
  const common = { original: title, note: dating.note, site: publication, siteUrl: urls.absolute(urls.url()), edition: env.date };
  const records = new Map<string, PageRecord>();
  const add = (key: string, path: string, pageTitle: string | undefined, description: string, cite?: string) => {
    const card = cards.get(key) ?? frontCard;
    const citation: CitationData | undefined = cite
      ? { title: `${title}：${cite}`, container: publication, edition: env.date, url: urls.absolute(urls.url(path)), note: dating.note }
      : undefined;
    records.set(key, {
      key,
      path,
      title: pageTitle ? `${pageTitle}｜${title}` : title,
      description,
      type: citation ? 'article' : 'website',
      card,
      citation,
      jsonLd: citation
        ? [articleLd({ ...common, headline: citation.title, description, url: citation.url, image: urls.meta(cardPath(card.key)) })]
        : [],
      canonical: key === '404' ? undefined : urls.absolute(urls.url(path)),
      noindex: key === '404',
      lang: 'zh-CN',
    });
  };
  add('index', '', undefined, edition.description);
  records.get('index')!.jsonLd.push(
    websiteLd(publication, edition.description, common.siteUrl),
    datasetLd({
      ...common,
      name: `${title}：图表数据`,
      description: '本站各图表所用的数字，每个文件一张图；每行附原文引句、时期与来源（中国电子商务研究中心、艾瑞咨询或原文）。',
      files: [...edition.figures.values()].map((f) => ({ name: f.view.title, contentUrl: urls.meta(f.csv) })),
    }),
  );
  for (const t of trends)
    add(`trends/${t.slug}`, `trends/${t.slug}/`, trendHeading(t.order, t.title), t.summary, trendHeading(t.order, t.title));
  add('briefing', 'briefing/', '简报', `《${title}》全文简报：封面、目录、一页摘要与关键数字、${counted}、来源。可打印。`, '简报');
  add('source', 'source/', '原文', `《${title}》全文，逐段可链接。`);
  add('search', 'search/', '搜索', `在${counted}的全文中搜索词语与数字。`);
  add('changes', 'changes/', '更新记录', '本站各版的更新：每一版改了什么。');
  add('companies', 'companies/', '原文提到的企业', `原文《${title}》提到的企业，各自出现在哪几个趋势中，以及原文中提到它们的每一句话。`);
  for (const c of companies)
    if (c.trends.length)
      add(`companies/${c.slug}`, `companies/${c.slug}/`, c.name, `原文《${title}》中提到${c.name}的每一句话，按趋势排列。`);
  add('404', '404.html', '页面不存在', '找不到这个页面。');
  return records;
}
