import { describe, expect, test } from 'vitest';
import { robotsTxt, sitemapUrl } from '../../../src/pages/robots.txt';

describe('robots.txt', () => {
  test('names the sitemap index when the build has an address, under the base', () => {
    expect(sitemapUrl(new URL('https://example.org/'), '/')).toBe('https://example.org/sitemap-index.xml');
    expect(sitemapUrl(new URL('https://example.org/pub/'), '/pub/')).toBe('https://example.org/pub/sitemap-index.xml');
    expect(sitemapUrl(new URL('https://example.org/pub'), '/pub')).toBe('https://example.org/pub/sitemap-index.xml');
    expect(robotsTxt('https://example.org/pub/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/pub/sitemap-index.xml\n',
    );
  });

  test('without an address no sitemap is built, so none is named', () => {
    expect(sitemapUrl(undefined, '/pub/')).toBeUndefined();
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
