import { afterEach, describe, expect, test, vi } from 'vitest';
import { absoluteUrl, metaLink } from '../../../src/lib/urls';

describe('absolute addresses', () => {
  afterEach(() => vi.unstubAllEnvs());

  test('with a site: a path carrying the base is resolved against the origin, not the site’s own path', () => {
    vi.stubEnv('SITE', 'https://example.org/x/');
    expect(absoluteUrl('/briefing/')).toBe('https://example.org/briefing/');
    expect(metaLink('data/')).toBe('https://example.org/data/');
  });

  test('without a site: no absolute address, and metadata links stay site paths', () => {
    vi.stubEnv('SITE', '');
    expect(absoluteUrl('/briefing/')).toBeUndefined();
    expect(metaLink('data/')).toBe('/data/');
  });
});
