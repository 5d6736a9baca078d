/**
 * How a table of interface words is read: `t(key, vars)` fills a template's {{placeholders}};
 * `parts(key, vars)` leaves those not in `vars` as slots for elements; `plural(key, n, vars)` picks
 * the key's `.one` form where the language says n in the singular; `list` joins items as the
 * language does (、, or commas and "and"). Apart from the tables (src/i18n/ui.ts), so that the
 * browser's search code carries only its own words (src/i18n/browser.ts).
 */
import { englishList } from '../lib/english-words';

export type Lang = 'zh-CN' | 'en';

/** The placeholders of a template: "原文第{{n}}段" → "n". */
export type Vars<S extends string> = S extends `${string}{{${infer V}}}${infer Rest}` ? V | Vars<Rest> : never;

/** What fills a template's placeholders. */
type VarsOf<S extends string> = Record<Vars<S>, string | number>;
type VarsArg<S extends string> = [Vars<S>] extends [never] ? [] : [vars: VarsOf<S>];

/** A template cut at its placeholders: text, and the names of the slots between. */
export type Part = string | { slot: string };

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** A template's pieces, placeholders as slots, those given in `vars` filled. */
function cut(template: string, vars: Record<string, string | number> = {}): Part[] {
  const out: Part[] = [];
  let from = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > from) out.push(template.slice(from, m.index));
    out.push(m[1] in vars ? String(vars[m[1]]) : { slot: m[1] });
    from = m.index + m[0].length;
  }
  if (from < template.length) out.push(template.slice(from));
  // Filled slots merge with the text around them.
  return out.reduce<Part[]>((acc, p) => {
    const last = acc.at(-1);
    if (typeof p === 'string' && typeof last === 'string') acc[acc.length - 1] = last + p;
    else acc.push(p);
    return acc;
  }, []);
}

/**
 * The reader of one language's table. `T` is the table whose string types decide each key's
 * placeholders (the Chinese one: both languages' tables have the same placeholders per key).
 */
export function translator<T extends Record<string, string>>(lang: Lang, table: Readonly<Record<keyof T, string>>) {
  type Key = keyof T & string;
  const plurals = new Intl.PluralRules(lang);
  const t = <K extends Key>(key: K, ...[vars]: VarsArg<T[K]>): string =>
    table[key].replace(PLACEHOLDER, (whole, name: string) =>
      vars && name in vars ? String((vars as Record<string, unknown>)[name]) : whole,
    );
  return {
    lang,
    t,
    parts: <K extends Key>(key: K, vars: Partial<VarsOf<T[K]>> = {}): Part[] => cut(table[key], vars as Record<string, string | number>),
    plural: <K extends Key>(key: K, n: number, ...args: VarsArg<T[K]>): string => {
      const one = `${key}.one`;
      const chosen = (plurals.select(n) === 'one' && one in table ? one : key) as K;
      return t(chosen, ...args);
    },
    list: (items: readonly string[]): string =>
      lang === 'en' ? englishList(items) : items.join((table as Record<string, string>)['list.enum'] ?? '、'),
  };
}
