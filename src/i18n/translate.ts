/**
 * How a table of interface words is read: `t(key, vars)` fills a template's {{placeholders}};
 * `parts(key, vars)` leaves those not in `vars` as slots for elements; `plural(key, n, vars)` picks
 * the key's `.one` form where the language says n in the singular; `list` joins items as the
 * language does (、, or commas and "and"). Apart from the tables (src/i18n/ui.ts), so that the
 * browser's search code carries only its own words (src/i18n/browser.ts).
 */
import { englishList } from '../lib/english-words';
import { cutAt, matchSpans } from '../lib/spans';

export type Lang = 'zh-CN' | 'en';

/** The placeholders of a template: "原文第{{n}}段" → "n". */
export type Vars<S extends string> = S extends `${string}{{${infer V}}}${infer Rest}` ? V | Vars<Rest> : never;

/** What fills a template's placeholders. */
type VarsOf<S extends string> = Record<Vars<S>, string | number>;
type VarsArg<S extends string> = [Vars<S>] extends [never] ? [] : [vars: VarsOf<S>];

/** A template cut at its placeholders: text, and the names of the slots between. */
export type Part = string | { slot: string };

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** `template` with the placeholders given in `vars` filled, the others left as they are. */
const fill = (template: string, vars: Record<string, unknown> = {}) =>
  template.replace(PLACEHOLDER, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** A template's pieces, placeholders as slots, those given in `vars` filled. */
function cut(template: string, vars: Record<string, string | number> = {}): Part[] {
  const slots = matchSpans(template, PLACEHOLDER).filter((s) => !(s.match[1] in vars));
  return cutAt(template, slots, (text, slot) => (slot ? { slot: slot.match[1] } : fill(text, vars)));
}

/**
 * The reader of one language's table. `T` is the table whose string types decide each key's
 * placeholders (the Chinese one: both languages' tables have the same placeholders per key).
 */
export function translator<T extends Record<string, string>>(lang: Lang, table: Readonly<Record<keyof T, string>>) {
  type Key = keyof T & string;
  const plurals = new Intl.PluralRules(lang);
  const t = <K extends Key>(key: K, ...[vars]: VarsArg<T[K]>): string => fill(table[key], vars);
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
