/**
 * Every internal URL goes through here so the site works under a sub-path
 * (BASE_PATH=/briefing at build time) as well as at a domain root.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** "trends/o2o/" → "/trends/o2o/" (or "/briefing/trends/o2o/" under a sub-path). */
export function url(path = ''): string {
  return base + path.replace(/^\//, '');
}

export const trendUrl = (slug: string) => url(`trends/${slug}/`);

/**
 * The URL parameter that asks an article to highlight the words a reader searched for. Here, not
 * in search.ts, so the search boot script every page runs does not load the search code to read it.
 */
export const HIGHLIGHT_PARAM = 'hl';

/** Link to a paragraph of the source document on /source/. */
export const sourceUrl = (anchor?: string) => url(`source/${anchor ? `#${anchor}` : ''}`);

/** The compiled briefing (/briefing/): every trend in one document, printable as a PDF. */
export const briefingUrl = () => url('briefing/');

/** The id of a trend's chapter inside the briefing (the contents list links to it). */
export const briefingAnchor = (slug: string) => `trend-${slug}`;

/** The companies index (/companies/) and one company's page (/companies/<slug>/). */
export const companiesUrl = () => url('companies/');
export const companyUrl = (slug: string) => url(`companies/${slug}/`);

/** The share card's file for a card key: "trends/o2o" → "og/trends/o2o.png". */
export const cardPath = (key: string) => `og/${key}.png`;

/** The CSL-JSON download of a cited page: "trends/o2o" → "cite/trends/o2o.json". */
export const citationFile = (key: string) => `cite/${key}.json`;

/** A figure's numbers as CSV: "mobile-volume" → "data/mobile-volume.csv". */
export const csvFile = (figure: string) => `data/${figure}.csv`;

/**
 * The public URL of a site path that already carries the base ("/trends/o2o/"), or undefined when
 * the build has no SITE_URL: then no page may claim an absolute address (see astro.config.mjs).
 */
export function absoluteUrl(pathname: string): string | undefined {
  const site = import.meta.env.SITE;
  return site ? new URL(pathname, site).href : undefined;
}

/** A site path ("trends/o2o/") as a link for metadata and print: absolute with SITE_URL, site-relative without. */
export const metaLink = (path: string) => absoluteUrl(url(path)) ?? url(path);
