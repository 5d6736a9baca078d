/**
 * /robots.txt: every page may be crawled, and the sitemap's address is given when the build has a
 * public address (without one no sitemap is built, so none is named).
 */
import type { APIRoute } from 'astro';

/** The sitemap index's public URL for a site (origin) and base, as @astrojs/sitemap writes it. */
export function sitemapUrl(site: URL | undefined, base: string): string | undefined {
  return site && new URL(`${base.replace(/\/?$/, '/')}sitemap-index.xml`, site.origin).href;
}

/** The file's text: allow all, and a Sitemap line when there is a sitemap. */
export function robotsTxt(sitemap: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(sitemap ? ['', `Sitemap: ${sitemap}`] : []), ''].join('\n');
}

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(sitemapUrl(site, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
