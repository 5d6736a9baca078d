import { describe, expect, test } from 'vitest';
import { basePath, siteUrl } from '../../../src/integrations/site-url';

describe('build settings', () => {
  test('SITE_URL: unset or blank means none; anything but an http(s) URL is an error naming the variable', () => {
    expect(siteUrl(undefined)).toBeUndefined();
    expect(siteUrl('  ')).toBeUndefined();
    expect(siteUrl('https://example.org')).toBe('https://example.org/');
    expect(() => siteUrl('example.org')).toThrow(/SITE_URL/);
    expect(() => siteUrl('ftp://example.org')).toThrow(/SITE_URL/);
  });
  test('SITE_URL: a local address is an error, so no page, card or PDF can publish one', () => {
    for (const local of ['http://localhost:4321', 'http://127.0.0.1:4450/', 'http://[::1]:8080', 'http://0.0.0.0:4321'])
      expect(() => siteUrl(local)).toThrow(/SITE_URL: expected a public address/);
  });
  test('BASE_PATH must be a path', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('/briefing')).toBe('/briefing');
    expect(() => basePath('briefing')).toThrow(/BASE_PATH/);
  });
});
