/**
 * What the build environment says, read once: the base path and public address (astro.config.mjs
 * sets them from BASE_PATH / SITE_URL or the host), the edition date (the last commit's), and
 * whether this build prints the briefing PDF (src/build/pdf.ts decides before any page renders).
 * The only module that reads import.meta.env; everything else is handed these values.
 */
import { createUrls } from '../lib/urls';
import type { Lang } from '../i18n/ui';
import type { EditionEnv } from '../edition/resolve';

export const BUILD: EditionEnv & { pdf: boolean } = {
  base: import.meta.env.BASE_URL,
  site: import.meta.env.SITE,
  date: import.meta.env.EDITION_DATE,
  pdf: import.meta.env.BRIEFING_PDF === true,
};

export const urls = createUrls(BUILD.base, BUILD.site);

/** The English edition's addresses: the same paths under en/ ("trends/o2o/" → "/en/trends/o2o/"). */
export const enUrls = createUrls(`${urls.base}en/`, BUILD.site);

/** The addresses of a language's pages. */
export const urlsOf = (lang: Lang) => (lang === 'en' ? enUrls : urls);
