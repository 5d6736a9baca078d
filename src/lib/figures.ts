/**
 * Figures as content: content/data/figures.yaml holds one entry per figure (its kind, the data
 * it draws, its notes, a title that states its finding), and an article places one with
 * <Figure id="…" />. This module turns entries and data into chart rows, credits and titles.
 * Pure (no astro:*), so the CSV endpoint, the components and the tests share it.
 */
import { z } from 'astro/zod';
import type { MarkEnd, MarkFill, Row } from '../charts/marks';
import { matrixRows, type MatrixTrend } from '../charts/matrix';
import { baseAmount, formatAmount, formatDatum } from './format';
import { dataByIds, type Datum } from './schema';
import type { SourceDocument, SourceParagraph } from './source';

export const FIGURES_FILE = 'content/data/figures.yaml';

/**
 * growth: an amount against its earlier period derived from a growth rate (bars);
 * amounts: amounts across the edition on one log scale (dots);
 * callout: one or two numbers set large, with hedge, period and source (no chart: one number
 * is not a comparison); matrix: companies × trends, from the articles' frontmatter.
 */
const FIGURE_KINDS = ['growth', 'amounts', 'callout', 'matrix'] as const;

export const figureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected lowercase kebab-case, e.g. "cross-border"'),
    kind: z.enum(FIGURE_KINDS),
    /** The finding, stated. The matrix computes its own from the frontmatter instead. */
    title: z.string().min(1).optional(),
    /** Datum ids (content/data/numbers.yaml) in drawing order; growth: [now, before, rate]. */
    data: z.array(z.string().min(1)).default([]),
    /** Notes beyond the automatic ones (derived formulas come from the data). */
    notes: z.array(z.string().min(1)).default([]),
    /**
     * trend: draws only the numbers of the article it stands in. edition: repeats facts from every
     * trend, so a search's words are not highlighted in it (data-search-ignore).
     */
    scope: z.enum(['trend', 'edition']).default('trend'),
  })
  .superRefine((f, ctx) => {
    if (f.kind !== 'matrix' && !f.title) ctx.addIssue({ code: 'custom', path: ['title'], message: `a ${f.kind} figure needs a title` });
    if (f.kind === 'matrix' && f.data.length > 0)
      ctx.addIssue({ code: 'custom', path: ['data'], message: 'the matrix reads the articles’ frontmatter, not data' });
    if (f.kind === 'growth' && f.data.length !== 3)
      ctx.addIssue({ code: 'custom', path: ['data'], message: 'a growth figure draws [amount, derived base, growth rate]' });
  });

export type FigureEntry = z.infer<typeof figureSchema>;

/** Figure ids in the order a page places them, per render (Astro.locals is one object per page). */
const placedOn = new WeakMap<object, string[]>();

/**
 * Records that the page rendering with `locals` places figure `id`, and returns its place. Call
 * it before the component's first await: components start in document order, so places follow
 * the order a reader meets the figures, on a trend page and in the briefing that renders all.
 */
export function placeFigure(locals: object, id: string): { placed: string[]; index: number } {
  const placed = placedOn.get(locals) ?? [];
  placedOn.set(locals, placed);
  return { placed, index: placed.push(id) - 1 };
}

/**
 * 图N for the figure at `index` of `placed`: callouts are not counted (they are not charts), so a
 * page's charts read 图1, 图2… and the briefing counts through every article. Undefined for a callout.
 */
export function figureNumber(placed: string[], index: number, figures: FigureEntry[]): number | undefined {
  const isChart = (id: string) => figures.find((f) => f.id === id)?.kind !== 'callout';
  if (!isChart(placed[index])) return undefined;
  return placed.slice(0, index + 1).filter(isChart).length;
}

/** Every `<Figure id="…" />` an MDX body places, in order. */
export function placedIds(body: string): string[] {
  return [...body.matchAll(/<Figure\s+id="([^"]*)"/g)].map((m) => m[1]);
}

/**
 * Articles that place a figure with no entry: each problem names the article, the field and the
 * ids that exist, so a typo fails `astro sync` and the build before anything renders.
 */
export function figureTagProblems(articles: { file: string; body: string }[], figures: Pick<FigureEntry, 'id'>[]): string[] {
  const known = figures.map((f) => f.id);
  return articles.flatMap(({ file, body }) =>
    placedIds(body)
      .filter((id) => !known.includes(id))
      .map((id) => `${file}: <Figure id="${id}" />: field "id": no figure "${id}" in ${FIGURES_FILE} (known: ${known.join(', ')})`),
  );
}

/** Figures that draw a datum content/data/numbers.yaml does not define: each problem names the figure, the field and the id. */
export function figureDataProblems(figures: Pick<FigureEntry, 'id' | 'data'>[], numbers: readonly Pick<Datum, 'id'>[]): string[] {
  const known = new Set(numbers.map((d) => d.id));
  return figures.flatMap((f) =>
    f.data
      .filter((id) => !known.has(id))
      .map((id) => `${FIGURES_FILE}: figure "${f.id}", field "data": no datum "${id}" in content/data/numbers.yaml`),
  );
}

/** The entry for `id`, or an error naming where the id was written and what exists. */
export function figureEntry(figures: FigureEntry[], id: string, where: string): FigureEntry {
  const f = figures.find((x) => x.id === id);
  if (!f) throw new Error(`${where}: field "id": no figure "${id}" in ${FIGURES_FILE} (known: ${figures.map((x) => x.id).join(', ')})`);
  return f;
}

/** The data a figure draws, in its order; an unknown datum id names the file, figure and field. */
export function figureData(figure: FigureEntry, numbers: Datum[]): Datum[] {
  return dataByIds(numbers, figure.data, (i) => `${FIGURES_FILE}: figure "${figure.id}", field "data[${i}]"`);
}

/** Where a number comes from: stated by the source, forecast in it (预计, 有望), or derived here. */
export function markFill(d: Pick<Datum, 'status' | 'derived'>): MarkFill {
  if (d.derived) return 'derived';
  return d.status === 'reported' ? 'reported' : 'forecast';
}

/** How exact a number is, from the source's hedge: 约/近 approximate, 突破/超过 at least, 低于 below. */
export function markEnd(d: Pick<Datum, 'hedge' | 'derived'>): MarkEnd {
  // A derived bound (超过25% growth makes the base 约1.6万亿 or less) is drawn as the bound it is;
  // its 约 stays in the value label.
  if (d.derived?.bound) return d.derived.bound;
  return ({ exact: 'exact', about: 'approx', nearly: 'approx', over: 'lower', under: 'upper' } as const)[d.hedge];
}

/** The legend's words for each drawing (src/components/figures/Legend.astro). */
export const FILL_WORD: Record<MarkFill, string> = { reported: '原文数字', forecast: '原文的预计或预测', derived: '本站推算' };
export const END_WORD: Record<MarkEnd, string> = {
  exact: '',
  approx: '约数（约、近）',
  lower: '下限：不少于此（突破、超过）',
  upper: '上限：低于此',
};

/**
 * Row label: the datum's label and its period ("原文发表时…" is not a period, so it is left out),
 * and 推算 for a derived value, so it is labelled as derived wherever it is drawn.
 */
export function rowLabel(d: Datum, withLabel = true): string {
  const period = [d.period.startsWith('原文') ? '' : d.period, d.derived ? '推算' : ''].filter(Boolean).join('，');
  if (!withLabel) return period;
  return period ? `${d.label}（${period}）` : d.label;
}

/** A datum as a chart row, in base units, hedge kept in the value label. */
export function toRow(d: Datum, label = rowLabel(d), highlight = false): Row {
  return { key: d.id, label, value: baseAmount(d), valueLabel: formatDatum(d), fill: markFill(d), end: markEnd(d), highlight };
}

/** Axis ticks in the site's Chinese style: amounts as 万/亿/万亿, percentages with %. */
export const tickFormat =
  (unit: string) =>
  (value: number): string =>
    unit === '%' ? `${value}%` : formatAmount(value);

/** Notes for derived values: what they are, the formula, and the kept hedge. */
export function derivedNotes(data: Datum[]): string[] {
  return data.filter((d) => d.derived).map((d) => `${rowLabel(d)}为本站推算：${d.derived!.formula}。${d.derived!.note}`);
}

/**
 * The matrix's title, computed from the frontmatter: who is named in the most trends (with
 * "全部" when that is every trend), and who comes next.
 */
export function matrixTitle(trends: MatrixTrend[], companyOrder: readonly string[], numeral: (n: number) => string): string {
  const rows = matrixRows(trends, companyOrder);
  const [first, second] = rows;
  if (!first) return '原文没有提到企业';
  const where = (n: number) => (n === trends.length ? `全部${numeral(n)}条趋势` : `${numeral(n)}条趋势`);
  const lead = rows.filter((r) => r.count === first.count).map((r) => r.company);
  const next = second && second.count < first.count ? rows.filter((r) => r.count === second.count).map((r) => r.company) : [];
  return (
    `${lead.join('、')}在${where(first.count)}中都被提到` + (next.length ? `，其次是${next.join('、')}（${where(second.count)}）` : '')
  );
}

/** The source paragraph that contains `quote` (its anchor is the link target on /source/). */
function quoteParagraph(doc: SourceDocument, quote: string): SourceParagraph {
  const p = doc.paragraphs.find((para) => para.text.includes(quote));
  if (!p) throw new Error(`quote not found in seeds/: "${quote}"`);
  return p;
}

export interface SourceCredit {
  measuredBy: string;
  /** Paragraph anchor on /source/; empty for the whole document. */
  anchor: string;
  quotes: string[];
}

/**
 * One credit per (who measured, paragraph). Quotes that overlap in the paragraph are merged into
 * the one verbatim stretch that covers them, so the source line quotes each clause once.
 */
export function sourceCredits(data: Datum[], doc: SourceDocument): SourceCredit[] {
  const groups: { measuredBy: string; paragraph: SourceParagraph; spans: [number, number][] }[] = [];
  for (const d of data) {
    const paragraph = quoteParagraph(doc, d.quote);
    let g = groups.find((c) => c.measuredBy === d.measuredBy && c.paragraph === paragraph);
    if (!g) groups.push((g = { measuredBy: d.measuredBy, paragraph, spans: [] }));
    const start = paragraph.text.indexOf(d.quote);
    g.spans.push([start, start + d.quote.length]);
  }
  return groups.map(({ measuredBy, paragraph, spans }) => {
    const merged: [number, number][] = [];
    for (const [s, e] of spans.sort((a, b) => a[0] - b[0])) {
      const last = merged.at(-1);
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    return { measuredBy, anchor: paragraph.anchor, quotes: merged.map(([s, e]) => paragraph.text.slice(s, e)) };
  });
}
