/**
 * The public address a build is for: Astro's `site` and `base`. With an address the build writes
 * canonical URLs, og:url, absolute share-image URLs, the sitemap and robots.txt's Sitemap line;
 * without one it writes no absolute URL into any page, so a local build never publishes
 * "http://localhost…" to readers.
 *
 * The address comes from SITE_URL when set, otherwise from the variables a host sets during its
 * build (Netlify, Cloudflare Pages, Vercel), so a deploy there needs no setting. BASE_PATH is the
 * sub-path the site is served under; a SITE_URL with a path gives it too.
 */
import type { AstroIntegration } from 'astro';

export type Env = Record<string, string | undefined>;

export interface SiteAddress {
  /** The site's public root, base included, ending in "/" ("https://example.org/pub/"); none without an address. */
  site?: string;
  /** The sub-path the site is served under, "/" or "/pub/". */
  base: string;
  /** Where `site` came from ("SITE_URL", "URL (set by Netlify)"), for the build log. */
  from?: string;
}

/** A candidate address: the variable that held it, the host that set it (none for SITE_URL) and, for the log, why it was chosen. */
interface Candidate {
  variable: string;
  value: string;
  host?: string;
  why?: string;
}

const EXAMPLE = 'such as https://example.org or https://example.org/briefing';

/**
 * One path segment: letters of any script (so /简报 is fine), digits and - . _ ~. Everything that
 * needs escaping somewhere (quotes, <, >, \, spaces, ?, #, %) is refused, so the base can be
 * written into HTML, CSS, JSON and a URL as it is.
 */
const SEGMENT = /^[\p{L}\p{M}\p{N}._~-]+$/u;

/** "/pub", "/pub/" or "/a/b" as "/pub/" ("/" for the root), or an error saying what was wrong. */
function normalPath(path: string): { path: string } | { error: string } {
  if (!path.startsWith('/')) return { error: 'a path starting with "/"' };
  if (path === '/') return { path };
  const segments = path.slice(1).replace(/\/$/, '').split('/');
  for (const segment of segments) {
    if (segment === '') return { error: 'segments separated by single slashes (no "//")' };
    if (segment === '.' || segment === '..') return { error: 'no "." or ".." segment' };
    if (!SEGMENT.test(segment)) {
      return { error: 'only letters, digits and - . _ ~ in each segment (no quotes, <, >, \\, spaces, ?, # or %)' };
    }
  }
  return { path: `/${segments.join('/')}/` };
}

/** BASE_PATH checked and normalized ("/briefing" → "/briefing/"); undefined when unset or blank. */
export function basePath(value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  const checked = normalPath(raw);
  if ('error' in checked) throw new Error(`BASE_PATH: expected one path such as /briefing with ${checked.error}, got "${raw}"`);
  return checked.path;
}

/** IPv4 in dotted decimal (the URL parser's form) that names this machine: 127.0.0.0/8 and 0.0.0.0/8. */
function localIpv4(host: string): boolean {
  const m = /^(\d+)\.\d+\.\d+\.\d+$/.exec(host);
  return m !== null && (m[1] === '127' || m[1] === '0');
}

/**
 * A bracketed IPv6 host (the parser's compressed hex form, "[::ffff:7f00:1]") that names this
 * machine: an IPv4-mapped or IPv4-compatible form of a local IPv4 address. :: and ::1 are the
 * compatible forms of 0.0.0.0 and 0.0.0.1, so one rule holds them and the rest of ::/104 alike.
 */
function localIpv6(host: string): boolean {
  if (!host.startsWith('[')) return false;
  const [head, tail = ''] = host.slice(1, -1).split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right].map((g) => parseInt(g, 16));
  if (groups.length !== 8 || groups.some(Number.isNaN)) return false;
  if (groups.slice(0, 5).some((g) => g !== 0)) return false;
  const [sixth, high, low] = groups.slice(5);
  if (sixth !== 0 && sixth !== 0xffff) return false;
  return localIpv4(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
}

/** Whether a parsed hostname names this machine in any spelling: a build for it is of no use to a reader. */
export function isLocalHost(hostname: string): boolean {
  return /^(?:.+\.)?localhost\.?$/i.test(hostname) || localIpv4(hostname) || localIpv6(hostname);
}

/** A candidate checked: its origin and its path ("/" or "/pub/"), or an error naming the variable. */
function checkUrl({ variable, value, host }: Candidate): { origin: string; path: string } {
  const label = host ? `${variable} (set by ${host})` : variable;
  const fail = (expected: string) => new Error(`${label}: expected ${expected}, got "${value}"`);
  const parsed = URL.parse(value);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) throw fail(`an absolute http(s) URL ${EXAMPLE}`);
  if (parsed.username || parsed.password) throw fail('a URL without a user name or password');
  if (value.includes('?') || value.includes('#')) throw fail('a URL without a query (?) or fragment (#)');
  if (isLocalHost(parsed.hostname)) {
    throw fail('a public address, not this machine (leave it unset for a local build: then no absolute URL is written)');
  }
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    throw fail('a path of letters, digits and - . _ ~');
  }
  const checked = normalPath(path);
  if ('error' in checked) throw fail(`a path with ${checked.error}`);
  return { origin: parsed.origin, path: checked.path };
}

/** Where the host says this build will be served, when SITE_URL is unset. */
function hostCandidate(env: Env): Candidate | undefined {
  const set = (name: string) => env[name]?.trim() || undefined;
  // Netlify: URL is the site's main address; deploy previews and branch deploys live elsewhere.
  const context = set('CONTEXT');
  const prime = set('DEPLOY_PRIME_URL');
  if ((context === 'deploy-preview' || context === 'branch-deploy') && prime) {
    return { variable: 'DEPLOY_PRIME_URL', value: prime, host: 'Netlify', why: `CONTEXT=${context}` };
  }
  const netlify = set('URL');
  if (netlify) return { variable: 'URL', value: netlify, host: 'Netlify' };
  // Cloudflare Pages: the address of this deployment (a branch alias or the commit's own).
  const cloudflare = set('CF_PAGES_URL');
  if (cloudflare) return { variable: 'CF_PAGES_URL', value: cloudflare, host: 'Cloudflare Pages' };
  // Vercel gives host names without a scheme, and serves only https.
  const vercel = (variable: string, why?: string): Candidate | undefined => {
    const name = set(variable);
    return name ? { variable, value: `https://${name}`, host: 'Vercel', why } : undefined;
  };
  return (
    (set('VERCEL_ENV') === 'production' ? vercel('VERCEL_PROJECT_PRODUCTION_URL', 'VERCEL_ENV=production') : undefined) ??
    vercel('VERCEL_BRANCH_URL') ??
    vercel('VERCEL_URL')
  );
}

/**
 * The build's address from its environment: SITE_URL, else the host's variables, else none.
 * A path on the address is the base; BASE_PATH, when also given, must be the same path (or the
 * address has none, and BASE_PATH adds it). Throws, naming the variable, on anything else.
 */
export function siteAddress(env: Env): SiteAddress {
  const base = basePath(env.BASE_PATH);
  const siteUrl = env.SITE_URL?.trim();
  const candidate: Candidate | undefined = siteUrl ? { variable: 'SITE_URL', value: siteUrl } : hostCandidate(env);
  if (!candidate) return { base: base ?? '/' };
  const { origin, path } = checkUrl(candidate);
  if (base && path !== '/' && path !== base) {
    throw new Error(
      `${candidate.variable} and BASE_PATH: expected the same sub-path in both (or it in one of them), got ${path} from ${candidate.variable} ("${candidate.value}") and ${base} from BASE_PATH`,
    );
  }
  const finalBase = path !== '/' ? path : (base ?? '/');
  const { variable, host, why } = candidate;
  const from = host ? `${variable} (set by ${host}${why ? `, ${why}` : ''})` : variable;
  return { site: new URL(finalBase, origin).href, base: finalBase, from };
}

/** The one build-log line that says where the site's address came from, or that there is none. */
export function addressLine({ site, base, from }: SiteAddress): string {
  if (!site) {
    return `SITE_URL is not set and no host address was found: no canonical URL, og:url, sitemap or absolute URL is written${base === '/' ? '' : ` (base ${base})`}; set SITE_URL=https://… to build for a public address.`;
  }
  return `Site address ${site}, from ${from}.`;
}

/** Logs `addressLine` once at the start of a build, as information: both cases are normal. */
export default function siteAddressLog(address: SiteAddress): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => logger.info(addressLine(address)),
    },
  };
}
