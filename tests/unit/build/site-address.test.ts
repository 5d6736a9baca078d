import { describe, expect, test } from 'vitest';
import { addressLine, siteAddress, type Env, type SiteAddress } from '../../../src/build/site-address';

/** Accepted environments and the address each gives. */
const ACCEPTED: [string, Env, SiteAddress][] = [
  ['nothing set', {}, { base: '/' }],
  ['blank values count as unset', { SITE_URL: '  ', BASE_PATH: '' }, { base: '/' }],
  ['an origin', { SITE_URL: 'https://example.org' }, { site: 'https://example.org/', base: '/', from: 'SITE_URL' }],
  ['a trailing slash', { SITE_URL: 'https://example.org/' }, { site: 'https://example.org/', base: '/', from: 'SITE_URL' }],
  ['http and a port', { SITE_URL: 'http://example.org:8080' }, { site: 'http://example.org:8080/', base: '/', from: 'SITE_URL' }],
  [
    'a path is kept and is the base',
    { SITE_URL: 'https://example.org/pub' },
    { site: 'https://example.org/pub/', base: '/pub/', from: 'SITE_URL' },
  ],
  [
    'a path with a trailing slash',
    { SITE_URL: 'https://example.org/pub/' },
    { site: 'https://example.org/pub/', base: '/pub/', from: 'SITE_URL' },
  ],
  [
    'the same path in SITE_URL and BASE_PATH',
    { SITE_URL: 'https://example.org/a/b', BASE_PATH: '/a/b/' },
    { site: 'https://example.org/a/b/', base: '/a/b/', from: 'SITE_URL' },
  ],
  [
    'an origin with BASE_PATH',
    { SITE_URL: 'https://example.org', BASE_PATH: '/briefing' },
    { site: 'https://example.org/briefing/', base: '/briefing/', from: 'SITE_URL' },
  ],
  [
    'a non-ASCII path, typed or percent-encoded',
    { SITE_URL: 'https://example.org/%E7%AE%80%E6%8A%A5', BASE_PATH: '/简报' },
    { site: 'https://example.org/%E7%AE%80%E6%8A%A5/', base: '/简报/', from: 'SITE_URL' },
  ],
  ['BASE_PATH alone', { BASE_PATH: '/briefing' }, { base: '/briefing/' }],
  ['BASE_PATH "/"', { BASE_PATH: '/' }, { base: '/' }],
  ['BASE_PATH of safe characters', { BASE_PATH: '/a-b.c_d~e/2014/简报/' }, { base: '/a-b.c_d~e/2014/简报/' }],
  [
    'SITE_URL wins over a host',
    { SITE_URL: 'https://example.org', URL: 'https://example.netlify.app' },
    { site: 'https://example.org/', base: '/', from: 'SITE_URL' },
  ],
  // Hosts, when SITE_URL is unset.
  [
    'Netlify production',
    { URL: 'https://example.netlify.app', CONTEXT: 'production' },
    { site: 'https://example.netlify.app/', base: '/', from: 'URL (set by Netlify)' },
  ],
  [
    'Netlify, URL alone',
    { URL: 'https://example.netlify.app' },
    { site: 'https://example.netlify.app/', base: '/', from: 'URL (set by Netlify)' },
  ],
  [
    'Netlify deploy preview',
    { URL: 'https://example.netlify.app', DEPLOY_PRIME_URL: 'https://deploy-preview-3--example.netlify.app', CONTEXT: 'deploy-preview' },
    {
      site: 'https://deploy-preview-3--example.netlify.app/',
      base: '/',
      from: 'DEPLOY_PRIME_URL (set by Netlify, CONTEXT=deploy-preview)',
    },
  ],
  [
    'Netlify branch deploy',
    { URL: 'https://example.netlify.app', DEPLOY_PRIME_URL: 'https://dev--example.netlify.app', CONTEXT: 'branch-deploy' },
    { site: 'https://dev--example.netlify.app/', base: '/', from: 'DEPLOY_PRIME_URL (set by Netlify, CONTEXT=branch-deploy)' },
  ],
  [
    'Netlify production ignores DEPLOY_PRIME_URL',
    { URL: 'https://example.netlify.app', DEPLOY_PRIME_URL: 'https://main--example.netlify.app', CONTEXT: 'production' },
    { site: 'https://example.netlify.app/', base: '/', from: 'URL (set by Netlify)' },
  ],
  [
    'Netlify with BASE_PATH',
    { URL: 'https://example.netlify.app', BASE_PATH: '/briefing' },
    { site: 'https://example.netlify.app/briefing/', base: '/briefing/', from: 'URL (set by Netlify)' },
  ],
  [
    'Cloudflare Pages',
    { CF_PAGES: '1', CF_PAGES_URL: 'https://abc123.example.pages.dev' },
    { site: 'https://abc123.example.pages.dev/', base: '/', from: 'CF_PAGES_URL (set by Cloudflare Pages)' },
  ],
  [
    'Vercel production',
    { VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'example.vercel.app', VERCEL_URL: 'example-abc.vercel.app' },
    { site: 'https://example.vercel.app/', base: '/', from: 'VERCEL_PROJECT_PRODUCTION_URL (set by Vercel, VERCEL_ENV=production)' },
  ],
  [
    'Vercel preview: the branch address',
    {
      VERCEL_ENV: 'preview',
      VERCEL_PROJECT_PRODUCTION_URL: 'example.vercel.app',
      VERCEL_BRANCH_URL: 'example-git-dev.vercel.app',
      VERCEL_URL: 'example-abc.vercel.app',
    },
    { site: 'https://example-git-dev.vercel.app/', base: '/', from: 'VERCEL_BRANCH_URL (set by Vercel)' },
  ],
  [
    'Vercel preview without a branch: the deployment address',
    { VERCEL_ENV: 'preview', VERCEL_URL: 'example-abc.vercel.app' },
    { site: 'https://example-abc.vercel.app/', base: '/', from: 'VERCEL_URL (set by Vercel)' },
  ],
];

/** Refused environments and what the error must say: the variable, and what was expected. */
const REFUSED: [string, Env, RegExp][] = [
  ['no scheme', { SITE_URL: 'example.org' }, /^SITE_URL: expected an absolute http\(s\) URL/],
  ['not http(s)', { SITE_URL: 'ftp://example.org' }, /^SITE_URL: expected an absolute http\(s\) URL/],
  ['a relative path', { SITE_URL: '/briefing' }, /^SITE_URL: expected an absolute http\(s\) URL/],
  ['not a URL at all', { SITE_URL: 'https://exa mple.org' }, /^SITE_URL: expected an absolute http\(s\) URL/],
  ['a user name', { SITE_URL: 'https://user@example.org' }, /^SITE_URL: expected a URL without a user name or password/],
  ['a password', { SITE_URL: 'https://user:secret@example.org' }, /^SITE_URL: expected a URL without a user name or password/],
  ['a query', { SITE_URL: 'https://example.org/?a=1' }, /^SITE_URL: expected a URL without a query/],
  ['an empty query', { SITE_URL: 'https://example.org/pub?' }, /^SITE_URL: expected a URL without a query/],
  ['a fragment', { SITE_URL: 'https://example.org/#top' }, /^SITE_URL: expected a URL without a query \(\?\) or fragment/],
  ['an empty fragment', { SITE_URL: 'https://example.org/#' }, /^SITE_URL: expected a URL without a query \(\?\) or fragment/],
  ['a path with "//"', { SITE_URL: 'https://example.org//pub' }, /^SITE_URL: expected a path with segments separated by single slashes/],
  ['a path with a space', { SITE_URL: 'https://example.org/a%20b' }, /^SITE_URL: expected a path with only letters, digits/],
  ['a path with a quote', { SITE_URL: "https://example.org/a'b" }, /^SITE_URL: expected a path with only letters, digits/],
  ['a path with an encoded %', { SITE_URL: 'https://example.org/100%25' }, /^SITE_URL: expected a path with only letters, digits/],
  ['a malformed escape', { SITE_URL: 'https://example.org/%E0%A4%A' }, /^SITE_URL: expected a path of letters, digits/],
  [
    'a path that disagrees with BASE_PATH',
    { SITE_URL: 'https://example.org/pub', BASE_PATH: '/other' },
    /^SITE_URL and BASE_PATH: expected the same sub-path in both.*got \/pub\/ from SITE_URL.*and \/other\/ from BASE_PATH/,
  ],
  [
    'BASE_PATH without a leading slash',
    { BASE_PATH: 'briefing' },
    /^BASE_PATH: expected one path such as \/briefing with a path starting with "\/"/,
  ],
  ['BASE_PATH "//"', { BASE_PATH: '//' }, /^BASE_PATH: expected .* single slashes/],
  ['BASE_PATH with "//" inside', { BASE_PATH: '/a//b' }, /^BASE_PATH: expected .* single slashes/],
  ['BASE_PATH "//host"', { BASE_PATH: '//evil.example' }, /^BASE_PATH: expected .* single slashes/],
  ['BASE_PATH with ".."', { BASE_PATH: '/a/../b' }, /^BASE_PATH: expected .* no "\." or "\.\." segment/],
  ...['"', "'", '<', '>', '\\', ' ', '?', '#', '%', '\t'].map((c): [string, Env, RegExp] => [
    `BASE_PATH with ${JSON.stringify(c)}`,
    { BASE_PATH: `/a${c}b` },
    /^BASE_PATH: expected .* only letters, digits and - \. _ ~/,
  ]),
  // A host's variable is named with the host that set it.
  ['a Netlify URL without a scheme', { URL: 'example.netlify.app' }, /^URL \(set by Netlify\): expected an absolute http\(s\) URL/],
  [
    'a local Cloudflare address',
    { CF_PAGES_URL: 'http://localhost:8788' },
    /^CF_PAGES_URL \(set by Cloudflare Pages\): expected a public address/,
  ],
  ['a local Vercel address', { VERCEL_URL: 'localhost:3000' }, /^VERCEL_URL \(set by Vercel\): expected a public address/],
];

/** Every spelling of this machine: each is refused as SITE_URL. */
const LOCAL = [
  'http://localhost',
  'http://localhost:4321/',
  'http://LocalHost',
  'http://localhost.',
  'http://localhost.:4321/',
  'http://app.localhost',
  'http://a.b.localhost.',
  'http://127.0.0.1:4450/',
  'http://127.1.2.3',
  'http://127.1',
  'http://2130706433',
  'http://0x7f.0.0.1',
  'http://0.0.0.0:4321',
  'http://0',
  'http://[::1]:8080',
  'http://[0:0:0:0:0:0:0:1]',
  'http://[::]',
  'http://[::ffff:127.0.0.1]',
  'http://[::ffff:7f00:1]',
  'http://[::ffff:0.0.0.0]',
  'http://[::127.0.0.1]',
  'http://[::0.0.0.2]',
  'http://[::0.1.0.0]',
];

/** Public addresses that merely look like local ones. */
const NOT_LOCAL = [
  'https://localhost.example.org',
  'https://mylocalhost',
  'https://128.0.0.1',
  'https://[2001:db8::1]',
  'https://[::ffff:8.8.8.8]',
  'https://[::8.8.8.8]',
];

describe('siteAddress', () => {
  test.each(ACCEPTED)('accepts %s', (_, env, expected) => {
    expect(siteAddress(env)).toEqual(expected);
  });

  test.each(REFUSED)('refuses %s', (_, env, message) => {
    expect(() => siteAddress(env)).toThrow(message);
    // …and quotes what it got, from the variable it names first.
    const error = (() => {
      try {
        siteAddress(env);
      } catch (e) {
        return e as Error;
      }
      throw new Error('not refused');
    })();
    const variable = /^[A-Z_]+/.exec(error.message)![0];
    expect(error.message).toContain(env[variable]!.trim());
  });

  test.each(LOCAL)('refuses the local %s, naming SITE_URL', (url) => {
    expect(() => siteAddress({ SITE_URL: url })).toThrow(/^SITE_URL: expected a public address, not this machine/);
  });

  test.each(NOT_LOCAL)('takes %s as public', (url) => {
    expect(siteAddress({ SITE_URL: url }).site).toBe(new URL(url).href);
  });
});

describe('addressLine', () => {
  test('says where the address came from, or that there is none and how to set it', () => {
    expect(addressLine(siteAddress({ URL: 'https://example.netlify.app' }))).toBe(
      'Site address https://example.netlify.app/, from URL (set by Netlify).',
    );
    expect(addressLine(siteAddress({}))).toMatch(/^SITE_URL is not set and no host address was found: .*set SITE_URL=https:\/\/…/);
    expect(addressLine(siteAddress({ BASE_PATH: '/briefing' }))).toContain('(base /briefing/)');
  });
});
