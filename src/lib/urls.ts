/**
 * Every URL the site writes, from the base path it is deployed under (BASE_PATH=/briefing, or the
 * domain root) and its public address when the build knows one. Pure: the build supplies both
 * (src/build/site.ts); browser code derives its URLs from the page (a form's action) instead.
 */
export function createUrls(basePath: string, site?: string) {
  const base = basePath.replace(/\/?$/, '/');
  /** "trends/o2o/" → "/trends/o2o/" (or "/briefing/trends/o2o/" under a sub-path). */
  const url = (path = '') => base + path.replace(/^\//, '');
  /** The public URL of a site path that already carries the base, or undefined without an address: then no page may claim one. */
  const absolute = (pathname: string) => (site ? new URL(pathname, site).href : undefined);
  return {
    base,
    url,
    absolute,
    /** A site path as a link for metadata and print: absolute with an address, site-relative without. */
    meta: (path: string) => absolute(url(path)) ?? url(path),
    trend: (slug: string) => url(`trends/${slug}/`),
    /** A paragraph of the source on /source/ (or the whole of it). */
    source: (anchor?: string) => url(`source/${anchor ? `#${anchor}` : ''}`),
    briefing: () => url('briefing/'),
    companies: () => url('companies/'),
    company: (slug: string) => url(`companies/${slug}/`),
    search: (query = '') => url(`search/${query}`),
  };
}

export type Urls = ReturnType<typeof createUrls>;

/** The id of a trend's chapter inside the briefing (the contents list links to it). */
export const briefingAnchor = (slug: string) => `trend-${slug}`;

/** The share card's file for a page key: "trends/o2o" → "og/trends/o2o.png". */
export const cardPath = (key: string) => `og/${key}.png`;

/** The CSL-JSON download of a cited page: "trends/o2o" → "cite/trends/o2o.json". */
export const citationFile = (key: string) => `cite/${key}.json`;

/** A figure's numbers as CSV: "mobile-volume" → "data/mobile-volume.csv". */
export const csvFile = (figure: string) => `data/${figure}.csv`;

/** The briefing PDF, when the build makes one. */
export const PDF_FILE = 'briefing.pdf';

/** Each language's briefing page and its PDF, as paths below the base. */
export const BRIEFINGS = {
  'zh-CN': { page: 'briefing/', pdf: PDF_FILE },
  en: { page: 'en/briefing/', pdf: `en/${PDF_FILE}` },
} as const;

/**
 * The URL parameter that asks an article to highlight the words a reader searched for. Here, in a
 * tiny module, so the search boot script every page runs does not load the search code to read it.
 */
export const HIGHLIGHT_PARAM = 'hl';
