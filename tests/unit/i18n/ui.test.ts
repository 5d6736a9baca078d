/**
 * The interface's words: both tables have the same keys and, per key, the same placeholders, and
 * the Chinese table holds every Chinese string the components, layouts, pages and search UI write
 * inline, so the view work can replace each with its key (and the English table has its English).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { UI, useTranslations, type UIKey } from '../../../src/i18n/ui';
import { writtenNumber } from '../../../src/edition/numbers';
import { edition } from '../../helpers/edition';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Files under `dir` (relative to the project) whose name ends in one of `exts`. */
function filesUnder(dir: string, exts: string[]): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p, exts) : exts.some((x) => e.name.endsWith(x)) ? [p] : [];
  });
}

/** The file without its comments (// …, /* … *\/, {/* … *\/}, <!-- … -->), so only what it writes is read. */
const withoutComments = (text: string) =>
  text
    .replace(/\{?\/\*[\s\S]*?\*\/\}?/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1 ');

/** Runs of Chinese text (Han characters with the punctuation between them) a file writes. */
const chineseRuns = (text: string) =>
  [...withoutComments(text).matchAll(/[\p{Script=Han}，。、；：？！“”（）《》〔〕「」…—]+/gu)]
    .map((m) => m[0])
    .filter((r) => /\p{Script=Han}/u.test(r));

describe('the two tables', () => {
  it('have the same keys and, per key, the same placeholders', () => {
    expect(Object.keys(UI.en).sort()).toEqual(Object.keys(UI['zh-CN']).sort());
    for (const key of Object.keys(UI['zh-CN']) as UIKey[]) expect(placeholders(UI.en[key]), key).toEqual(placeholders(UI['zh-CN'][key]));
  });

  it('English is English: no Chinese except a link to the Chinese site; straight quotes nowhere', () => {
    for (const [key, value] of Object.entries(UI.en)) {
      if (key !== 'lang.switch') expect(value, key).not.toMatch(/\p{Script=Han}/u);
      expect(value, key).not.toMatch(/['"]/);
    }
  });

  it('every Chinese string the components, layouts, pages and search UI write inline is in the Chinese table', () => {
    const fragments = Object.values(UI['zh-CN']).flatMap((v) => v.split(/\{\{\w+\}\}/));
    const sources = [
      ...filesUnder('src/components', ['.astro', '.ts']),
      ...filesUnder('src/layouts', ['.astro']),
      ...filesUnder('src/pages', ['.astro', '.ts']),
      ...filesUnder('src/client', ['.ts']),
    ];
    expect(sources.length).toBeGreaterThan(20);
    const missing = sources.flatMap((file) =>
      chineseRuns(fs.readFileSync(path.join(ROOT, file), 'utf8'))
        .filter((run) => !fragments.some((f) => f.includes(run)))
        .map((run) => `${file}: "${run}"`),
    );
    expect(missing).toEqual([]);
  });

  it('the check finds a string the table lacks', () => {
    expect(chineseRuns('<p>没有这句话</p> // 注释不算')).toEqual(['没有这句话']);
  });
});

describe('numbers in the interface words', () => {
  // A string the site writes around the content states no number of its own: each number in it is
  // one of the data as that language writes it (a search example: 6.55万亿, 6.55 trillion), a name
  // of the source (618, JD.com's festival), or the paper size (A4). A new one fails here.
  const NUMBER = /\d[\d.]*(?:\s?(?:trillion|billion|million|万亿|亿|万))?/g;
  const allowed = {
    'zh-CN': new Set([...edition.numbers.map((d) => writtenNumber(d)), '618', 'A4']),
    en: new Set([...edition.en.numbers.map((d) => d.number), ...edition.en.names.names.map((n) => n.en).filter((n) => /\d/.test(n)), 'A4']),
  };
  for (const lang of ['zh-CN', 'en'] as const)
    it(`${lang}: every number is one of the data's, a name, or the paper size`, () => {
      const found = Object.entries(UI[lang]).flatMap(([key, text]) =>
        [...text.replace(/A4/g, ' ').matchAll(NUMBER)].map((m) => ({ key, number: m[0] })),
      );
      expect(found.filter((f) => !allowed[lang].has(f.number))).toEqual([]);
      expect(found.length).toBeGreaterThan(0);
    });
  it('the check flags a number of its own (a control)', () => {
    expect([...'预计 2015 年增长 30%'.matchAll(NUMBER)].map((m) => m[0]).filter((n) => !allowed['zh-CN'].has(n))).toEqual(['2015', '30']);
  });
});

describe('useTranslations', () => {
  const zh = useTranslations('zh-CN');
  const en = useTranslations('en');

  it('fills placeholders, or leaves them as slots for elements', () => {
    expect(zh.t('common.sourceParagraph', { n: 6 })).toBe('原文第6段');
    expect(en.t('common.sourceParagraph', { n: 6 })).toBe('Paragraph 6 of the source');
    expect(en.parts('notFound.text', { search: 'search' })).toEqual([
      'The link may be wrong, or the page has moved. Start again from ',
      { slot: 'contents' },
      ', ',
      { slot: 'source' },
      ' or the ',
      { slot: 'companies' },
      ', or search.',
    ]);
  });

  it('writes counts, dates and lists in each language', () => {
    expect(zh.count(2, 'trend')).toBe('两个趋势');
    expect(en.count(1, 'trend')).toBe('one trend');
    expect(en.count(10, 'company')).toBe('ten companies');
    expect(zh.date('2026-11-25')).toBe('2026年11月25日');
    expect(en.date('2026-11-25')).toBe('25 November 2026');
    expect(zh.list(['京东', '阿里巴巴'])).toBe('京东、阿里巴巴');
    expect(en.list(['JD.com', 'Alibaba', 'Baidu'])).toBe('JD.com, Alibaba and Baidu');
  });

  it('says one result in the singular in English', () => {
    expect(en.plural('search.found', 1, { n: 1 })).toBe('1 result');
    expect(en.plural('search.found', 3, { n: 3 })).toBe('3 results');
    expect(zh.plural('search.found', 1, { n: 1 })).toBe('找到 1 条结果');
  });
});

describe('the browser’s words', () => {
  // Every page's strings would otherwise load with the search code (31.8 KB against 8.6 KB raw).
  it('the search code imports its own words (src/i18n/browser.ts), never the whole table', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = path.join(process.cwd(), 'src/client/search');
    const importing = fs.readdirSync(dir).filter((f) => /from '[./]+\/i18n\/ui'/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(importing).toEqual([]);
  });
  it('its keys are in both full tables with the same strings', async () => {
    const { BROWSER_UI } = await import('../../../src/i18n/browser');
    for (const lang of ['zh-CN', 'en'] as const)
      for (const [key, text] of Object.entries(BROWSER_UI[lang])) expect(UI[lang][key as UIKey], `${lang} ${key}`).toBe(text);
  });
});
