/**
 * What a figure kind is (src/figures/registry.ts maps each name to one), and the pieces kinds
 * share: a datum as a chart row, where its numbers come from, the derived-value notes.
 */
import type { MarkEnd, MarkFill, Row } from '../charts/marks';
import type { Datum, FigureEntry } from '../edition/schema';
import { baseAmount, formatAmount, formatDatum, quoteMeaning } from '../lib/format';
import type { SourceDocument, SourceParagraph } from '../lib/source';
import type { Child, El } from './tree';

/** What a kind is given: its entry, the data it names (in order), and the edition-wide facts it may draw. */
export interface FigureInput {
  entry: FigureEntry;
  data: Datum[];
  /** Every trend in order with the companies its paragraph names (the matrix draws these). */
  trends: readonly { order: number; companies: readonly string[] }[];
  /** Company names in the table's order. */
  companies: readonly string[];
  source: SourceDocument;
  /** Chinese numeral for a count or an order ("十"). */
  numeral: (n: number) => string;
}

export interface SourceCredit {
  measuredBy: string;
  /** Paragraph anchor on /source/; empty for the whole document. */
  anchor: string;
  quotes: string[];
}

/** A figure as every view shows it: the frame (caption, sources, notes, data) around the kind's drawing. */
export interface FigureView {
  title: string;
  /** A chart: counted as 图N, its labels not highlighted for a search. A callout of one or two numbers is not. */
  chart: boolean;
  /** The drawing: an SVG at each width, or HTML (a callout). */
  body: El[];
  legend?: El;
  /** The numbers as a table (folded on screen). */
  table?: El;
  credits: SourceCredit[];
  notes: string[];
  /** The numbers as CSV, for /data/<id>.csv. */
  csv: string;
  /** Everything the drawing says, in words (the SVG's <desc>). */
  description: string;
}

/**
 * One kind of figure: what data it accepts (problems name the figure and the field, so the build
 * stops before drawing), and how it draws. Adding a kind is one module and one registry line.
 */
export interface FigureKind {
  /** Problems with an entry and its data; empty when the kind can draw it. */
  check(input: FigureInput): string[];
  view(input: FigureInput): FigureView;
}

/** Where a number comes from: stated by the source, forecast in it (预计, 有望), or derived here. */
export function markFill(d: Pick<Datum, 'qualifier' | 'derived'>): MarkFill {
  if (d.derived) return 'derived';
  return quoteMeaning(d.qualifier).status === 'reported' ? 'reported' : 'forecast';
}

/** How exact a number is, from the source's hedge: 约/近 approximate, 突破/超过 at least. */
export function markEnd(d: Pick<Datum, 'qualifier' | 'derived'>): MarkEnd {
  // A derived bound (超过25% growth makes the base 约1.6万亿 or less) is drawn as the bound it is;
  // its 约 stays in the value label.
  if (d.derived?.bound) return d.derived.bound;
  return ({ exact: 'exact', about: 'approx', nearly: 'approx', over: 'lower', under: 'upper' } as const)[quoteMeaning(d.qualifier).hedge];
}

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

/** The source paragraph that contains `quote` (its anchor is the link target on /source/). */
function quoteParagraph(doc: SourceDocument, quote: string): SourceParagraph {
  const p = doc.paragraphs.find((para) => para.text.includes(quote));
  if (!p) throw new Error(`quote not found in seeds/: "${quote}"`);
  return p;
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

/** A problem with a figure entry, worded like every content error. */
export const figureProblem = (entry: Pick<FigureEntry, 'id'>, field: string, message: string) =>
  `content/data/figures.yaml: figure "${entry.id}", field "${field}": ${message}`;

export type { Child };
