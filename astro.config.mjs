// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind.ts';

// SITE_URL: the public origin (canonical URLs, sitemap, Open Graph).
// BASE_PATH: a sub-path to deploy under, e.g. BASE_PATH=/briefing.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // The source's punctuation is already typographic; smartypants must not rewrite a word of it.
  // pagefindIndex last: it indexes the finished dist/.
  integrations: [mdx({ smartypants: false }), sitemap(), pagefindIndex()],
});
