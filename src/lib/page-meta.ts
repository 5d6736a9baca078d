/**
 * What a page tells machines about itself, from the page's own data: its share card, its JSON-LD
 * and (trend pages and the briefing) its citation. Base.astro asks once per page, by card key.
 */
import { EDITION_DATE } from './edition';
import { getFigures } from './figure-entries';
import { toChineseNumeral, trendHeading } from './numerals';
import { getNumbers } from './numbers';
import { source } from './seed';
import { companyCards, pageCards, trendCard, type CardContent } from './share-card';
import { COMPANIES, companySlug } from './companies';
import { SITE_DESCRIPTION, SITE_TITLE, TRENDS_COUNTED } from './site';
import { articleLd, datasetLd, websiteLd } from './structured-data';
import type { CitationData } from './citation';
import { getTrends } from './trends';
import { absoluteUrl, cardPath, csvFile, metaLink, url } from './urls';

/** The site's name as a publisher: the original's title names the article, this names the edition. */
const PUBLICATION = `${SITE_TITLE}（可检索、可打印版）`;

/** Every card: the front page, each trend, the other pages. */
export async function getShareCards(): Promise<CardContent[]> {
  const [trends, numbers] = await Promise.all([getTrends(), getNumbers()]);
  const [front, ...rest] = pageCards(source.title, TRENDS_COUNTED);
  return [
    front,
    ...trends.map((t) =>
      trendCard(
        t.data,
        numbers.find((d) => d.id === t.data.keyFigure),
        source.title,
      ),
    ),
    ...rest,
    ...companyCards(
      source.title,
      COMPANIES.map((company) => ({
        company,
        slug: companySlug(company),
        trends: trends.filter((t) => t.data.companies.includes(company)).length,
      })),
      toChineseNumeral,
    ),
  ];
}

export interface PageMeta {
  card: CardContent;
  jsonLd: object[];
  citation?: CitationData;
}

/** The citation of the briefing or a trend page (by card key); undefined for other pages. */
export async function citationFor(key: string): Promise<CitationData | undefined> {
  const base = { container: PUBLICATION, edition: EDITION_DATE };
  if (key === 'briefing') return { ...base, title: `${source.title}：简报`, url: absoluteUrl(url('briefing/')) };
  const trend = (await getTrends()).find((t) => `trends/${t.data.slug}` === key);
  if (!trend) return undefined;
  return { ...base, title: `${source.title}：${trendHeading(trend.data.order, trend.data.title)}`, url: absoluteUrl(url(`${key}/`)) };
}

/** Card, JSON-LD and citation of the page with this card key (a page without a card of its own shows the front page's). */
export async function pageMeta(key: string, description: string): Promise<PageMeta> {
  const cards = await getShareCards();
  const card = cards.find((c) => c.key === key) ?? cards[0];
  const citation = await citationFor(key);
  const siteUrl = absoluteUrl(url());
  const common = { original: source.title, site: PUBLICATION, siteUrl, edition: EDITION_DATE };
  const jsonLd: object[] = [];
  if (citation) {
    jsonLd.push(articleLd({ ...common, headline: citation.title, description, url: citation.url, image: metaLink(cardPath(card.key)) }));
  }
  if (key === 'index') {
    jsonLd.push(websiteLd(PUBLICATION, SITE_DESCRIPTION, siteUrl));
    jsonLd.push(
      datasetLd({
        ...common,
        name: `${source.title}：图表数据`,
        description: '本站各图表所用的数字，每个文件一张图；每行附原文引句、时期与来源（中国电子商务研究中心、艾瑞咨询或原文）。',
        files: (await getFigures()).map((f) => ({ name: f.title ?? '原文提到的企业 × 趋势', contentUrl: metaLink(csvFile(f.id)) })),
      }),
    );
  }
  return { card, jsonLd, citation };
}

/** Card keys of the pages that offer a citation: the briefing and each trend. */
export async function citedPages(): Promise<string[]> {
  return ['briefing', ...(await getTrends()).map((t) => `trends/${t.data.slug}`)];
}
