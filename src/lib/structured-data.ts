/**
 * JSON-LD (schema.org) for the pages: an Article for each trend and for the briefing, the site as
 * a WebSite, and a Dataset whose distributions are the figures' CSVs. Pure: the page supplies the
 * data and the links (absolute with SITE_URL, site-relative without).
 */
/** The source document, as schema.org can say it: a named article with no author and no date (`note` says what is inferred). */
function originalWork(title: string, note: string) {
  return { '@type': 'Article', name: title, inLanguage: 'zh-CN', description: note };
}

/** This site, as the publisher of its pages (schema.org wants an Organization there). */
function publisher(name: string, url?: string) {
  return { '@type': 'Organization', name, url };
}

/** A top-level node; a field left undefined (a URL without SITE_URL) is dropped by JSON.stringify. */
const node = (type: string, fields: object) => ({ '@context': 'https://schema.org', '@type': type, inLanguage: 'zh-CN', ...fields });

/** What every page's node says about the original, the site and this edition. */
interface Edition {
  original: string;
  /** What the site infers about the original (its date). */
  note: string;
  site: string;
  siteUrl?: string;
  edition: string;
}

export interface ArticleLd extends Edition {
  headline: string;
  description: string;
  /** The page's own URL; only with SITE_URL. */
  url?: string;
  image: string;
}

export function articleLd(a: ArticleLd) {
  return node('Article', {
    headline: a.headline,
    description: a.description,
    isBasedOn: originalWork(a.original, a.note),
    publisher: publisher(a.site, a.siteUrl),
    dateModified: a.edition,
    image: a.image,
    url: a.url,
    mainEntityOfPage: a.url,
  });
}

export interface DatasetLd extends Edition {
  name: string;
  description: string;
  files: { name: string; contentUrl: string }[];
}

export function datasetLd(d: DatasetLd) {
  return node('Dataset', {
    name: d.name,
    description: d.description,
    isBasedOn: originalWork(d.original, d.note),
    creator: publisher(d.site, d.siteUrl),
    dateModified: d.edition,
    distribution: d.files.map((f) => ({ '@type': 'DataDownload', name: f.name, encodingFormat: 'text/csv', contentUrl: f.contentUrl })),
  });
}

export function websiteLd(name: string, description: string, url?: string) {
  return node('WebSite', { name, description, url });
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export const jsonLdText = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
