/**
 * The search precision table: the queries tests/e2e/search-precision.spec.ts checks and the search
 * bench (`npm run bench:search -- --pagefind`) scores every engine on, kept in one place so the
 * two cannot drift apart. Besides the hand-picked words, the rows are generated from seeds/ and the
 * alias table: every company name in any case, the tails of the source's years and numbers (13年
 * inside 2013年), full-width forms and traditional forms (by OpenCC). Expected sets are not here:
 * expectedFromSeed (search-helpers.ts) computes them from the seed.
 */
import { Converter } from 'opencc-js';
import { edition, source } from '../helpers/edition.ts';

/** [query, the trend that must be first (when the issue or the source names one)]. */
export const BASE: [string, number?][] = [
  ['电商'],
  ['移动电商', 2],
  ['跨境电商', 4],
  ['余额宝', 3],
  ['菜鸟', 8],
  ['C2B', 5],
  ['c2b', 5],
  ['O2O', 1],
  ['京东'],
  ['阿里巴巴'],
  ['百度', 3],
  ['腾讯', 6],
  ['大众点评', 6],
  ['大数据', 7],
  ['云计算'],
  ['智能硬件', 9],
  ['物流', 8],
  ['互联网金融', 3],
  ['双十一'],
  ['供应链'],
  ['城镇化', 10],
  ['本地生活服务', 6],
  ['京保贝', 3],
  ['聚划算', 5],
  ['天猫', 7],
  ['二维码', 2],
  ['新加坡', 4],
  ['日日顺', 10],
  ['亚洲一号', 8],
  ['艾瑞咨询', 6],
  ['反向定制', 5],
  ['LBS', 2],
  ['微信', 6],
  ['唐久', 1],
  ['京东 物流', 8],
  // Queries where Pagefind alone returns pages without the word (measured; see docs/search.md):
  // the matching part of a word, or a number inside another number.
  ['大数', 7],
  ['网购'],
  ['数据挖掘', 5],
  ['移动互联', 2],
  ['1亿', 2],
  ['20%', 2],
  // Numbers, as the source writes them.
  ['6.55万亿', 2],
  ['1.85亿', 6],
  ['52%', 2],
  ['1200亿元', 6],
  ['2万亿元', 4],
];

const unique = <T>(xs: T[]) => [...new Set(xs)];
const bodies = [...source.trends.values()].map((t) => t.body.text);

// Every number the source states with a unit, found in its own paragraph: not a hand-picked list.
const NUMBER = /\d+(?:\.\d+)?(?:%|万亿|亿|万|分钟)/g;
/** Every number the source states with its unit (6.55万亿, 52%), in the order it first appears. */
export const SOURCE_NUMBERS = unique(bodies.flatMap((t) => t.match(NUMBER) ?? []));
/** Years and numbers as the source writes them, cut to their tails: 2013年 → 013年, 13年, 3年. */
const TAILS = unique(
  unique(bodies.flatMap((t) => t.match(/\d+(?:\.\d+)?(?:%|万亿|亿|万|年)/g) ?? [])).flatMap((n) =>
    Array.from({ length: n.length - 1 }, (_, i) => n.slice(i + 1)).filter((tail) => /^\d/.test(tail) && tail.length >= 2),
  ),
).filter((tail) => !SOURCE_NUMBERS.includes(tail));
const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const toTraditional = Converter({ from: 'cn', to: 'tw' });

export interface Row {
  /** What the reader types. */
  query: string;
  /** The same query as the source writes it: what the expected set is computed from. */
  canonical: string;
  first?: number;
  kind: string;
}
const rows: Row[] = [
  ...BASE.map(([query, first]) => ({ query, canonical: query, first, kind: 'word' })),
  // Names as readers know them: the table's key, every spelling and alias, in any case.
  ...edition.companies.flatMap((c) =>
    unique([c.name, ...c.spellings, ...c.aliases.flatMap((a) => [a, a.toUpperCase(), a.toLowerCase()])]).map((query) => ({
      query,
      canonical: query,
      kind: 'name',
    })),
  ),
  ...TAILS.map((query) => ({ query, canonical: query, kind: 'tail' })),
  ...unique([...BASE.map(([q]) => q), ...SOURCE_NUMBERS, ...TAILS.slice(0, 6)])
    .filter((q) => /[!-~]/.test(q))
    .map((q) => ({ query: toFullWidth(q), canonical: q, kind: 'full-width' })),
  ...BASE.map(([q]) => q)
    .filter((q) => toTraditional(q) !== q)
    .map((q) => ({ query: toTraditional(q), canonical: q, kind: 'traditional' })),
];
/** Every row once (the first of any that share a query). */
export const TABLE = rows.filter((r, i) => rows.findIndex((o) => o.query === r.query) === i);
