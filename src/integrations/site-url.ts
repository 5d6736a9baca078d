/**
 * The public address a build is for. SITE_URL (an http(s) origin, optionally with a path) turns on
 * canonical URLs, og:url, absolute share-image URLs and the sitemap; without it the build writes
 * no absolute URL into any page and says so once, so a local build never publishes
 * "http://localhost…" to readers.
 */
import type { AstroIntegration } from 'astro';

/** Hosts that name this machine: a build for one of them would publish an address no reader can open. */
const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/;

/**
 * SITE_URL checked: undefined when unset or blank, an error naming the variable when malformed or
 * local (the one place a local address is stopped, so no page, card or PDF can carry one).
 */
export function siteUrl(value = process.env.SITE_URL): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  const parsed = URL.parse(raw);
  if (!parsed) throw new Error(`SITE_URL: expected an absolute URL such as https://example.org, got "${raw}"`);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL: expected an http(s) URL, got "${raw}"`);
  }
  if (LOCAL_HOST.test(parsed.hostname)) {
    throw new Error(`SITE_URL: expected a public address, got the local "${raw}" (leave SITE_URL unset for a local build)`);
  }
  return parsed.href;
}

/** BASE_PATH checked: "/" when unset, otherwise a path starting with "/". */
export function basePath(value = process.env.BASE_PATH): string {
  const raw = value?.trim();
  if (!raw) return '/';
  if (!raw.startsWith('/') || /[?#\s]/.test(raw)) throw new Error(`BASE_PATH: expected a path such as /briefing, got "${raw}"`);
  return raw;
}

/** One line in the build log when the build has no public address. */
export default function siteUrlNotice(site: string | undefined): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!site) {
          logger.warn(
            'SITE_URL is not set: no canonical URL, og:url or sitemap is written (set SITE_URL=https://… to build for a public address).',
          );
        }
      },
    },
  };
}
