/** The figure registry: placements, numbering, credits and CSV. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  derivedNotes,
  FIGURES,
  FIGURE_IDS,
  figureData,
  figureNumber,
  PLACEMENTS,
  placementId,
  sourceCredits,
} from '../../../src/lib/figures';
import { readNumbers, readTrendFiles, TRENDS_DIR } from '../../helpers/content';
import { source } from '../../helpers/seed';

const numbers = readNumbers();

/**
 * The figure tags an article places after its <Original>, as placement ids. A tag that names a
 * trend (`trend={3}`) must name the article's own: otherwise it would box another trend's column
 * and borrow that trend's figure number.
 */
function placementsIn(file: string, order: number): string[] {
  const body = fs.readFileSync(path.join(TRENDS_DIR, file), 'utf8');
  const tags = [...body.matchAll(/<(\w+)Figure\b([^>]*)\/>/g)];
  const kebab = (s: string) => s.replace(/[a-z](?=[A-Z])/g, (m) => `${m}-`).toLowerCase();
  return tags.map(([tag, name, attrs]) => {
    const written = /\btrend=\{(\d+)\}/.exec(attrs)?.[1];
    if (written !== undefined) expect(Number(written), `${file}: ${tag}`).toBe(order);
    return `${kebab(name)}-t${order}`;
  });
}

describe('placements', () => {
  const files = fs
    .readdirSync(TRENDS_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort();

  it('every article has at least one figure, after its original paragraph, each listed in PLACEMENTS', () => {
    const orders = new Map(readTrendFiles().map((t) => [path.basename(t.file), t.data.order]));
    const inArticles = files.flatMap((f) => {
      const body = fs.readFileSync(path.join(TRENDS_DIR, f), 'utf8');
      const figures = placementsIn(f, orders.get(f)!);
      expect(figures.length, f).toBeGreaterThan(0);
      expect(body.search(/<\w+Figure\b/), f).toBeGreaterThan(body.indexOf('</Original>'));
      return figures;
    });
    // The trend components name their own placement ("mobile-volume-t2"), so compare as sets.
    expect(inArticles.sort()).toEqual(PLACEMENTS.filter((p) => /-t\d+$/.test(p)).sort());
  });

  it('numbers figures once across the edition', () => {
    expect(new Set(PLACEMENTS).size).toBe(PLACEMENTS.length);
    expect(figureNumber('yuan-amounts')).toBe(1);
    expect(figureNumber(placementId('mobile-volume', 2))).toBe(4);
    expect(() => figureNumber('mobile-volume-t9')).toThrow(/not in PLACEMENTS/);
  });

  it('every figure with data resolves its data', () => {
    for (const id of FIGURE_IDS) expect(() => figureData(id, numbers)).not.toThrow();
    expect(() => figureData('mobile-volume', numbers.slice(1))).toThrow(/no datum "mobile-volume-2013"/);
  });
});

describe('source credits', () => {
  it('merge overlapping quotes into one verbatim stretch of the paragraph, linked by its anchor', () => {
    const credits = sourceCredits(figureData('mobile-volume', numbers), source);
    expect(credits).toEqual([
      { measuredBy: '原文', anchor: 'p6', quotes: ['2013年前三季度，移动互联网的交易金额统计约6.55万亿，比去年同比增长52%'] },
    ]);
    for (const c of credits) for (const q of c.quotes) expect(source.raw).toContain(q);
  });

  it('name who measured each number', () => {
    expect(sourceCredits(figureData('local-services', numbers), source).map((c) => c.measuredBy)).toEqual(['艾瑞咨询']);
    expect(sourceCredits(figureData('yuan-amounts', numbers), source).map((c) => c.measuredBy)).toEqual([
      '原文',
      '中国电子商务研究中心',
      '艾瑞咨询',
      '原文',
    ]);
  });

  it('derived notes carry the formula and the hedge', () => {
    const [note] = derivedNotes(figureData('cross-border', numbers));
    expect(note).toContain('2万亿 ÷ (1 + 25%) = 1.6万亿');
    expect(note).toContain('上限');
  });
});

describe('search scope', () => {
  it('a trend-scoped figure draws only its own trend’s numbers, wherever it is placed', () => {
    const numbers = readNumbers();
    for (const placement of PLACEMENTS) {
      const [, figure, trend] = /^(.+?)(?:-t(\d+))?$/.exec(placement)!;
      const spec = FIGURES[figure as keyof typeof FIGURES];
      if (spec.scope !== 'trend') continue;
      expect(trend, `${placement} is trend-scoped, so it must be placed in a trend`).toBeDefined();
      for (const d of figureData(spec.id as keyof typeof FIGURES, numbers)) expect(d.trend, `${placement}: ${d.id}`).toBe(Number(trend));
    }
  });

  it('edition-wide figures are the ones that span trends', () => {
    const numbers = readNumbers();
    for (const spec of Object.values(FIGURES)) {
      const trends = new Set(figureData(spec.id as keyof typeof FIGURES, numbers).map((d) => d.trend));
      if (spec.scope === 'edition') expect(trends.size === 0 || trends.size > 1, spec.id).toBe(true);
    }
  });
});
