// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { execFileSync } from 'node:child_process';
import siteAddressLog, { siteAddress } from './src/build/site-address.ts';
import briefingPdf from './src/build/pdf.ts';

/** The edition date: the last commit's (stable across rebuilds), or today outside a git checkout. */
function editionDate() {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  } catch {
    // not a git checkout (a tarball, a CI cache): fall through
  }
  return new Date().toISOString().slice(0, 10);
}

// The public address (canonical URLs, og:url, sitemap, robots.txt): SITE_URL, else the host's own
// variables (Netlify, Cloudflare Pages, Vercel), else none, and then the build writes no absolute
// URL at all (a page's address is then unknown, and "localhost" must never reach a reader).
// BASE_PATH, or the path of SITE_URL: the sub-path to deploy under, e.g. BASE_PATH=/briefing.
const ADDRESS = siteAddress(process.env);
const EDITION = editionDate();

export default defineConfig({
  site: ADDRESS.site,
  base: ADDRESS.base,
  trailingSlash: 'ignore',
  // Stylesheets linked, never inlined: the components' small scoped sheets would otherwise land in
  // <style> elements, which the W3C Nu validator checks with a CSS parser that predates container
  // queries, and each would need its own hash in the CSP.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The sitemap needs absolute URLs: only with an address; every page changes with the edition. It
  // lists no error page, and pairs each page with its other language (/en/ is the English edition).
  // The briefing PDF is made after the pages when this machine can print it (src/build/pdf.ts).
  integrations: [
    siteAddressLog(ADDRESS),
    ...(ADDRESS.site
      ? [
          sitemap({
            lastmod: new Date(EDITION),
            filter: (page) => !/\/404(\.html|\/)?$/.test(new URL(page).pathname),
            i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
          }),
        ]
      : []),
    briefingPdf(),
  ],
  // Each component scopes its own <style>. 'attribute' is Astro's default, written out because the
  // choice matters: 'where' and 'class' add an astro-HASH class to the markup, which the tests and the
  // search script read class by class; 'attribute' leaves the classes as written. It adds one
  // attribute per compound selector, so a component's rules outrank the element rules and utilities
  // of global.css, and its @media print rules, beside the screen rules they adjust in the same
  // <style>, win by order at equal weight.
  scopedStyleStrategy: 'attribute',
  // The content has no code blocks, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  vite: { define: { 'import.meta.env.EDITION_DATE': JSON.stringify(EDITION) } },
  // A strict policy as a <meta> on every page: scripts only from this origin or by the hashes Astro
  // computes for what it inlines.
  // No 'unsafe-inline' anywhere, so an inline event handler or an injected <script> cannot run.
  // (frame-ancestors and report-uri are ignored in a <meta> policy, so they are not listed.)
  security: {
    csp: {
      // default-src 'self' also covers images, fonts and fetch (the search index).
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
