/**
 * Figures take their words from the caller: the Chinese figures are what they were before the kinds
 * took words (every tree, title, note, description and CSV, compared with the code of the commit
 * before the change, read from git), and every figure has an English view drawn by the same kind,
 * with the same geometry and uncertainty encoding, in English words that fit the chart.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/charts/defaults';
import { ZH_WORDS, type FigureInput, type FigureKind, type FigureView } from '../../../src/figures/kind';
import { KINDS } from '../../../src/figures/registry';
import { elements, textOf, type Child, type El } from '../../../src/figures/tree';
import { toChineseNumeral } from '../../../src/lib/numerals';
import { ROOT, edition, source } from '../../helpers/edition';

/**
 * The last commit whose figure code wrote its words itself. A deliberate change to the Chinese
 * figures moves this to the commit that makes it (its output is then the one to keep).
 */
const BEFORE_WORDS = '2c6db38';

const inputOf = (id: string): FigureInput => {
  const entry = edition.figures.get(id)!.entry;
  return {
    entry,
    data: entry.data.map((d) => edition.numbers.find((n) => n.id === d)!),
    trends: edition.trends.map((t) => ({ order: t.order, companies: t.companies.map((c) => c.name) })),
    companies: edition.companies.map((c) => c.name),
    source,
    numeral: toChineseNumeral,
  };
};

/** What a reader or a machine gets of a view: its trees and texts (credits as the old code had them). */
const rendered = (v: FigureView) =>
  JSON.stringify({
    ...v,
    credits: v.credits.map(({ measuredBy, anchor, quotes }) => ({ measuredBy, anchor, quotes })),
  });

describe('the Chinese figures', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-before-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it(`are byte for byte what the code of ${BEFORE_WORDS} drew`, async () => {
    let archive: Buffer;
    try {
      archive = execFileSync('git', ['-C', ROOT, 'archive', BEFORE_WORDS, 'src'], { maxBuffer: 1 << 26 });
    } catch (error) {
      throw new Error(`git cannot read commit ${BEFORE_WORDS} (a shallow clone? fetch the history): ${(error as Error).message}`);
    }
    execFileSync('tar', ['-x', '-C', tmp], { input: archive });
    // The old modules import d3 by name: from the project's own dependencies.
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(tmp, 'node_modules'));
    const before = (await import(/* @vite-ignore */ path.join(tmp, 'src/figures/registry.ts'))) as { KINDS: Record<string, FigureKind> };
    expect([...edition.figures.keys()].length).toBeGreaterThan(3);
    for (const [id, figure] of edition.figures) {
      const input = inputOf(id);
      const now = KINDS[figure.entry.kind].view(input);
      expect(rendered(now), id).toBe(rendered(before.KINDS[figure.entry.kind].view(input)));
      // The edition holds the same view.
      expect(rendered(figure.view), id).toBe(rendered(now));
    }
    // Control: one word changed is seen.
    const input = inputOf('mobile-volume');
    const changed = KINDS.growth.view(input, { ...ZH_WORDS, table: { ...ZH_WORDS.table, item: '指标' } });
    expect(rendered(changed)).not.toBe(rendered(before.KINDS.growth.view(input)));
  });
});

const svgs = (v: FigureView) => v.body.filter((n): n is El => typeof n !== 'string' && n.tag === 'svg');
const marks = (svg: El) =>
  [...elements(svg)]
    .filter((e) => e.attrs.class?.toString().startsWith('fig-mark '))
    .map((g) => {
      const rect = g.children.find((c): c is El => typeof c !== 'string' && c.tag === 'rect')!;
      return { key: g.attrs['data-key'], class: g.attrs.class, width: Number(rect.attrs.width), x: Number(rect.attrs.x) };
    });
const han = /\p{Script=Han}/u;

describe('the English figures', () => {
  it('every figure has one, drawn by the same kind', () => {
    expect([...edition.en.figures.keys()]).toEqual([...edition.figures.keys()]);
    for (const f of edition.en.figures.values()) {
      expect(f.figure).toBe(edition.figures.get(f.id));
      expect(f.view.chart, f.id).toBe(f.figure.view.chart);
      expect(f.view.body.length, f.id).toBe(f.figure.view.body.length);
      expect(f.csv).toBe(`en/data/${f.id}.csv`);
    }
  });

  it('say everything in English: title, drawing, legend, table, notes, description; only the source’s quotes stay Chinese', () => {
    for (const f of edition.en.figures.values()) {
      const texts: [string, string][] = [
        ['title', f.view.title],
        ['description', f.view.description],
        ...f.view.notes.map((n, i): [string, string] => [`notes[${i}]`, n]),
        ...f.view.body.map((b, i): [string, string] => [`body[${i}]`, textOf(b)]),
        ['legend', f.view.legend ? textOf(f.view.legend) : ''],
        ['table', f.view.table ? textOf(f.view.table) : ''],
        ...f.view.credits.map((c, i): [string, string] => [`credits[${i}].who`, c.who]),
      ];
      for (const [where, text] of texts) expect(text, `${f.id} ${where}`).not.toMatch(han);
      expect(
        f.view.credits.map((c) => c.quotes),
        f.id,
      ).toEqual(f.figure.view.credits.map((c) => c.quotes));
    }
  });

  it('titles and notes are data.yaml’s, and the matrix computes its own', () => {
    expect(edition.en.figures.get('cross-border')!.view.title).toBe(
      'Cross-border e-commerce transaction value grew more than 25% in a year, reaching 2 trillion yuan in 2012',
    );
    expect(edition.en.figures.get('companies-matrix')!.view.title).toBe(
      'JD.com is named in all ten trends, followed by Alibaba (six trends)',
    );
  });

  it('keep the geometry and the uncertainty encoding: the same marks, in proportion to the same values', () => {
    for (const f of edition.en.figures.values()) {
      if (f.figure.entry.kind !== 'growth') continue;
      svgs(f.view).forEach((svg, i) => {
        const [en, zh] = [marks(svg), marks(svgs(f.figure.view)[i])];
        expect(
          en.map((m) => [m.key, m.class]),
          f.id,
        ).toEqual(zh.map((m) => [m.key, m.class]));
        // A bar twice as long is twice the amount, in both languages.
        expect(en[0].width / en[1].width, f.id).toBeCloseTo(zh[0].width / zh[1].width, 9);
        expect(svg.attrs.width).toBe(svgs(f.figure.view)[i].attrs.width);
      });
      expect(f.view.legend && [...elements(f.view.legend)].map((e) => e.tag)).toEqual(
        f.figure.view.legend && [...elements(f.figure.view.legend)].map((e) => e.tag),
      );
    }
    const matrix = (v: FigureView) =>
      [...elements(svgs(v)[0])]
        .filter((e) => e.tag === 'g' && e.attrs['data-company'])
        .map((g) => [g.attrs['data-count'], [...elements(g)].filter((e) => e.tag === 'circle').map((c) => c.attrs['data-order'])]);
    const m = edition.en.figures.get('companies-matrix')!;
    expect(matrix(m.view)).toEqual(matrix(m.figure.view));
    expect(svgs(m.view)[0].attrs['data-size']).toBe('narrow');
  });

  it('write every label and value inside its chart, at both widths', () => {
    for (const f of edition.en.figures.values())
      for (const svg of svgs(f.view)) {
        const width = Number(svg.attrs.width);
        for (const e of elements(svg))
          if (e.tag === 'text' && (e.attrs['text-anchor'] ?? 'start') === 'start') {
            const text = textOf(e as Child);
            expect(
              Number(e.attrs.x) + textWidth(text, Number(e.attrs['font-size'])),
              `${f.id} ${svg.attrs['data-size']}: "${text}"`,
            ).toBeLessThanOrEqual(width);
          }
      }
  });

  it('label derived values as calculated, with the formula and the kept bound', () => {
    const cross = edition.en.figures.get('cross-border')!.view;
    expect(textOf(svgs(cross)[0])).toContain('2011, calculated');
    expect(cross.notes[0]).toContain('2 trillion ÷ (1 + 25%) = 1.6 trillion');
    expect(cross.notes[0]).toContain('an upper bound');
    expect(textOf(cross.table!)).toContain('about 1.6 trillion yuan or less');
    expect(textOf(cross.legend!)).toContain('Upper bound: below this');
  });

  it('write their CSV in English beside the source’s own number and quote', () => {
    const csv = edition.en.figures.get('mobile-volume')!.view.csv;
    expect(csv.startsWith('\uFEFFid,label,value_as_written')).toBe(true);
    expect(csv).toContain('mobile-volume-2013,Mobile internet transaction value,about 6.55 trillion,6.55,万亿,yuan (added by this site)');
    expect(csv).toContain('2013年前三季度，移动互联网的交易金额统计约6.55万亿');
  });
});
