import { describe, expect, test } from 'vitest';
import { createUrls } from '../../../src/lib/urls';

describe('addresses', () => {
  test('every internal link carries the base', () => {
    const urls = createUrls('/briefing');
    expect(urls.url()).toBe('/briefing/');
    expect(urls.trend('o2o')).toBe('/briefing/trends/o2o/');
    expect(urls.source('p6')).toBe('/briefing/source/#p6');
    expect(urls.search('?q=1')).toBe('/briefing/search/?q=1');
  });

  test('with a site: a path carrying the base is resolved against the origin, not the site’s own path', () => {
    const urls = createUrls('/x/', 'https://example.org/x/');
    expect(urls.absolute('/x/briefing/')).toBe('https://example.org/x/briefing/');
    expect(urls.meta('data/')).toBe('https://example.org/x/data/');
  });

  test('without a site: no absolute address, and metadata links stay site paths', () => {
    const urls = createUrls('/');
    expect(urls.absolute('/briefing/')).toBeUndefined();
    expect(urls.meta('data/')).toBe('/data/');
  });
});
