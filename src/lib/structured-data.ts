/**
 * JSON-LD (schema.org) for the pages: an Article for each trend and for the briefing, the site as
 * a WebSite, and a Dataset whose distributions are the figures' CSVs. Pure: the page supplies the
 * data and the links (absolute with SITE_URL, site-relative without).
 */
import { ORIGINAL_DATE_NOTE } from './citation';

/** The source document, as schema.org can say it: a named article with no author and no date. */
function originalWork(title: string) {
  return { '@type': 'Article', name: title, inLanguage: 'zh-CN', description: ORIGINAL_DATE_NOTE };
}

/** This site, as the publisher of its pages (schema.org wants an Organization there). */
function publisher(name: string, url?: string) {
  return { '@type': 'Organization', name, ...(url ? { url } : {}) };
}

export interface ArticleLd {
  headline: string;
  description: string;
  original: string;
  site: string;
  siteUrl?: string;
  edition: string;
  /** The page's own URL; only with SITE_URL. */
  url?: string;
  image: string;
}

export function articleLd(a: ArticleLd) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.headline,
    description: a.description,
    inLanguage: 'zh-CN',
    isBasedOn: originalWork(a.original),
    publisher: publisher(a.site, a.siteUrl),
    dateModified: a.edition,
    image: a.image,
    ...(a.url ? { url: a.url, mainEntityOfPage: a.url } : {}),
  };
}

export interface DatasetLd {
  name: string;
  description: string;
  original: string;
  site: string;
  siteUrl?: string;
  edition: string;
  files: { name: string; contentUrl: string }[];
}

export function datasetLd(d: DatasetLd) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    inLanguage: 'zh-CN',
    isBasedOn: originalWork(d.original),
    creator: publisher(d.site, d.siteUrl),
    dateModified: d.edition,
    distribution: d.files.map((f) => ({ '@type': 'DataDownload', name: f.name, encodingFormat: 'text/csv', contentUrl: f.contentUrl })),
  };
}

export function websiteLd(name: string, description: string, url?: string) {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, description, inLanguage: 'zh-CN', ...(url ? { url } : {}) };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export const jsonLdText = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
