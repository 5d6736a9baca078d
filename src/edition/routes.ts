/**
 * The two languages as routes serve them. A page type is one route under src/pages/[...lang]/:
 * Chinese at the base, English under en/. Each path hands its page a language, and the page reads
 * that language's side of the edition here, so the choice is made once and no route repeats it.
 */
import { urlsOf } from '../build/site';
import type { Lang } from '../i18n/ui';
import { getEdition } from '.';
import { englishKey } from './english-pages';
import type { PageRecord } from './pages';

/** The [...lang] parameter of each language: none for Chinese, which is served at the base. */
const PREFIXES: [Lang, string | undefined][] = [
  ['zh-CN', undefined],
  ['en', 'en'],
];

/** The props every path of a route in both languages gets. */
export interface LanguageProps {
  lang: Lang;
}

/** One language's side of the edition: its page records (by the Chinese key), trends, figures and addresses. */
export async function editionIn(lang: Lang) {
  const edition = await getEdition();
  const side = lang === 'en' ? edition.en : edition;
  return {
    edition,
    lang,
    urls: urlsOf(lang),
    counted: side.counted,
    trends: side.trends,
    trendBySlug: side.trendBySlug,
    figures: side.figures,
    /** A page's record by its Chinese key ("trends/o2o" is "en/trends/o2o" in English). */
    page: (key: string): PageRecord => (lang === 'en' ? edition.en.pages.get(englishKey(key)) : edition.pages.get(key))!,
  };
}

type EditionSide = Awaited<ReturnType<typeof editionIn>>;

/** getStaticPaths of a route in both languages: each language's params from `each` (by default one page, no params). */
export async function languagePaths<P extends Record<string, string>>(each: (side: EditionSide) => P[] = () => [{} as P]) {
  const sides = await Promise.all(PREFIXES.map(async ([lang, prefix]) => ({ prefix, side: await editionIn(lang) })));
  return sides.flatMap(({ prefix, side }) =>
    each(side).map((params) => ({ params: { ...params, lang: prefix }, props: { lang: side.lang } satisfies LanguageProps })),
  );
}
