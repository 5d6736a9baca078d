/**
 * What a figure kind is (src/figures/registry.ts maps each name to one), and the pieces kinds
 * share: a datum as a chart row, where its numbers come from, the derived-value notes, and the
 * words a figure is drawn with in one language (the caller's: Chinese by default).
 */
import type { TickFormat } from '../charts/axis';
import type { MarkEnd, MarkFill, Row } from '../charts/marks';
import type { Datum, FigureEntry } from '../edition/schema';
import { datumCsv } from '../lib/csv';
import { attribution, baseAmount, formatAmount, formatDatum, quoteMeaning } from '../lib/format';
import type { SourceDocument, SourceParagraph } from '../lib/source';
import { keepNumbers, type Child, type El } from './tree';
import { useTranslations } from '../i18n/ui';

const zh = useTranslations('zh-CN');

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
  /** Who measured, as the figure's source line names them in its language: "原文作者（未注明统计机构）", "iResearch (as cited in the source)". */
  who: string;
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
 * The words a figure is drawn with, in one language: what each datum is called, how its value,
 * period and source are written, the legend's and the table's words. The caller gives them (ZH_WORDS
 * here; the English edition's from content/translations/en/), so the drawing, its geometry and its
 * uncertainty encoding are one code path in every language. A kind's own sentences (its <desc>, the
 * matrix's title) are the kind module's, chosen by `lang`.
 */
export interface FigureWords {
  lang: 'zh-CN' | 'en';
  /** What a datum counts, standing alone: "移动互联网交易金额". */
  label(d: Datum): string;
  /** Its period as a table or callout writes it. */
  period(d: Datum): string;
  /** Its value with the source's hedge: "约6.55万亿". */
  value(d: Datum): string;
  /** Who gives it: "原文作者", "本站推算（据…数字）". */
  attribution(d: Datum): string;
  /** A chart row's label: the period (and 推算 for a derived value), after the label when asked. */
  rowLabel(d: Datum, withLabel?: boolean): string;
  /** What follows a growth chart's latest period: "，同比增长52%". */
  growth(rate: Datum): string;
  /** The note a derived value carries: what it is, its formula, and why it is as exact as it is. */
  derivedNote(d: Datum): string;
  /** Axis tick labels for numbers in `unit`. */
  tick(unit: string): TickFormat;
  /** Who measured, as the source line names them. */
  who(measuredBy: string): string;
  /** A company's name (the table's Chinese name in, the language's name out). */
  company(name: string): string;
  /** Text with each number kept on one line with its unit and hedge. */
  keep(text: string): Child[];
  /** The legend's words for each drawing. */
  fill: Record<MarkFill, string>;
  end: Record<MarkEnd, string>;
  /** A data table's column headers. */
  table: { item: string; value: string };
  /** A figure's numbers as CSV. */
  csv(data: Datum[]): string;
}

/** The legend's words for each drawing, in Chinese. */
export const FILL_WORD: Record<MarkFill, string> = { reported: '原文数字', forecast: '原文的预计或预测', derived: '本站推算' };
export const END_WORD: Record<MarkEnd, string> = {
  exact: '',
  approx: '约数（约、近）',
  lower: '下限：不少于此（突破、超过）',
  upper: '上限：低于此',
};

/** The Chinese figures' words: the site's own formatting (src/lib/format.ts) of the data as the source writes them. */
export const ZH_WORDS: FigureWords = {
  lang: 'zh-CN',
  label: (d) => d.label,
  period: (d) => d.period,
  value: formatDatum,
  attribution,
  rowLabel: (d, withLabel) => rowLabel(d, withLabel),
  growth: (rate) => `，同比增长${rate.qualifier ?? ''}${rate.value}%`,
  derivedNote: (d) => `${rowLabel(d)}为本站推算：${d.derived!.formula}。${d.derived!.note}`,
  tick: (unit) => tickFormat(unit),
  who: (measuredBy) => (measuredBy === '原文' ? zh.t('figure.whoAuthor') : zh.t('figure.whoBody', { body: measuredBy })),
  company: (name) => name,
  keep: keepNumbers,
  fill: FILL_WORD,
  end: END_WORD,
  table: { item: '项目', value: '数值与来源' },
  csv: datumCsv,
};

/**
 * One kind of figure: what data it accepts (problems name the figure and the field, so the build
 * stops before drawing), and how it draws, in the words it is given. Adding a kind is one module
 * and one registry line.
 */
export interface FigureKind {
  /** Problems with an entry and its data; empty when the kind can draw it. */
  check(input: FigureInput): string[];
  view(input: FigureInput, words?: FigureWords): FigureView;
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
export function toRow(d: Datum, label = rowLabel(d), words: FigureWords = ZH_WORDS): Row {
  return { key: d.id, label, value: baseAmount(d), valueLabel: words.value(d), fill: markFill(d), end: markEnd(d) };
}

/** Axis ticks in the site's Chinese style: amounts as 万/亿/万亿, percentages with %. */
export const tickFormat =
  (unit: string) =>
  (value: number): string =>
    unit === '%' ? `${value}%` : formatAmount(value);

/** Notes for derived values: what they are, the formula, and the kept hedge. */
export function derivedNotes(data: Datum[], words: FigureWords = ZH_WORDS): string[] {
  return data.filter((d) => d.derived).map((d) => words.derivedNote(d));
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
export function sourceCredits(data: Datum[], doc: SourceDocument, words: FigureWords = ZH_WORDS): SourceCredit[] {
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
    return { measuredBy, who: words.who(measuredBy), anchor: paragraph.anchor, quotes: merged.map(([s, e]) => paragraph.text.slice(s, e)) };
  });
}

/** A problem with a figure entry, worded like every content error. */
export const figureProblem = (entry: Pick<FigureEntry, 'id'>, field: string, message: string) =>
  `content/data/figures.yaml: figure "${entry.id}", field "${field}": ${message}`;
