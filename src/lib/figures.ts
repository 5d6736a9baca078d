/**
 * The edition's figures: what each shows, which data it draws, its notes, and where it is
 * placed. Pure (no astro:*), so the CSV endpoint, the components and the tests share it.
 */
import { baseAmount, formatDatum } from './format';
import { markStyle, STYLE_WORD, type Row } from '../charts/marks';
import type { Datum } from './schema';
import type { SourceDocument, SourceParagraph } from './source';

export interface FigureSpec {
  /** Stable key: the CSV lives at /data/<id>.csv and element ids derive from it. */
  id: string;
  title: string;
  /** Datum ids in drawing order (empty for the companies matrix, which reads frontmatter). */
  data: string[];
  /** Notes beyond the automatic ones (derived formulas, units read from nouns). */
  notes: string[];
  /**
   * 'trend': draws only its own trend's numbers, so it is searchable where it stands.
   * 'edition': repeats facts from every trend (all amounts, all companies); indexing it on each
   * trend page would make every company or amount match pages that do not discuss it.
   */
  scope: 'trend' | 'edition';
}

const UNIT_FROM_NOUN = (written: string, noun: string, unit = '元') =>
  `原文写作“${written}”，未写“${unit}”；单位“${unit}”据“${noun}”一词补出。`;

export const FIGURES = {
  'mobile-volume': {
    id: 'mobile-volume',
    scope: 'trend',
    title: '移动互联网交易金额：2013年前三季度与推算的上年同期',
    data: ['mobile-volume-2013', 'mobile-volume-2012', 'mobile-growth-2013'],
    notes: [UNIT_FROM_NOUN('约6.55万亿', '交易金额')],
  },
  'jd-order-share': {
    id: 'jd-order-share',
    scope: 'trend',
    title: '京东移动客户端的订单比例',
    data: ['jd-mobile-order-share', 'jd-mobile-users'],
    notes: [
      '原文说“近20%”：实际比例略低于20%，低多少原文未说，所以填充止于20%并以虚线收尾，不画成精确值。',
      UNIT_FROM_NOUN('突破1亿', '用户', '人'),
    ],
  },
  'cross-border': {
    id: 'cross-border',
    scope: 'trend',
    title: '跨境电商交易额：2012年与推算的上年上限',
    data: ['cross-border-2012', 'cross-border-2011', 'cross-border-growth-2012'],
    notes: [],
  },
  'local-services': {
    id: 'local-services',
    scope: 'trend',
    title: '本地生活服务：2013年用户数（预计）与市场规模（预测）',
    data: ['local-users-2013', 'local-market-2013'],
    notes: [
      '用户数与市场规模单位不同（人、元），各用一条从0开始的刻度，两者的长短不可互相比较。',
      UNIT_FROM_NOUN('预计达到1.85亿', '用户', '人'),
    ],
  },
  'yuan-amounts': {
    id: 'yuan-amounts',
    scope: 'edition',
    title: '原文中的全部金额，同一把对数刻度',
    data: [
      'mobile-volume-2013',
      'mobile-volume-2012',
      'cross-border-2012',
      'cross-border-2011',
      'local-market-2013',
      'alibaba-rrs-investment',
    ],
    notes: [
      '对数刻度：相邻两条竖线相差10倍（从10亿到10万亿共四个数量级）。点的位置表示数值，相同的距离代表相同的倍数；因此不画条形（对数轴上的条形长度没有意义）。',
      '实心点为原文数字；空心点为推算或预测；带向左箭头的竖线为上限（实际值在其左侧）。',
      UNIT_FROM_NOUN('约6.55万亿', '交易金额'),
      UNIT_FROM_NOUN('20亿', '投资'),
    ],
  },
  'companies-matrix': {
    id: 'companies-matrix',
    scope: 'edition',
    title: '原文在哪一条趋势中提到哪家企业',
    data: [],
    notes: ['由各篇文章的“提及的企业”整理：圆点表示该企业的名称（或“阿里”等简称）出现在该趋势的原文段落中。'],
  },
} as const satisfies Record<string, FigureSpec>;

export type FigureId = keyof typeof FIGURES;
export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

/**
 * Every placement in edition order (front page, then trends 一…十). A placement id is the
 * figure id, plus "-t<order>" when the figure is shown inside a trend article. Its index gives
 * the figure number, so 图N is the same on a trend page and on a page rendering all articles.
 */
export const PLACEMENTS = [
  'yuan-amounts',
  'companies-matrix',
  'companies-matrix-t1',
  'mobile-volume-t2',
  'jd-order-share-t2',
  'companies-matrix-t3',
  'cross-border-t4',
  'companies-matrix-t5',
  'local-services-t6',
  'companies-matrix-t7',
  'companies-matrix-t8',
  'companies-matrix-t9',
  'yuan-amounts-t10',
  'companies-matrix-t10',
] as const;

/** "mobile-volume" shown in trend 2 → "mobile-volume-t2"; on the front page, the bare id. */
export const placementId = (figure: FigureId, trend?: number) => (trend ? `${figure}-t${trend}` : figure);

/** 图N for a placement; throws for a placement not listed, so a stray figure fails the build. */
export function figureNumber(placement: string): number {
  const i = (PLACEMENTS as readonly string[]).indexOf(placement);
  if (i < 0) throw new Error(`src/lib/figures.ts: figure placement "${placement}" is not in PLACEMENTS`);
  return i + 1;
}

/** The data a figure draws, in its order; a missing id is a content error. */
export function figureData(figure: FigureId, numbers: Datum[]): Datum[] {
  return FIGURES[figure].data.map((id) => {
    const d = numbers.find((n) => n.id === id);
    if (!d) throw new Error(`figure "${figure}": no datum "${id}" in content/data/numbers.yaml`);
    return d;
  });
}

/** Row label: the datum's label, its period and (if not a plain reported value) its kind. */
export function rowLabel(d: Datum, withLabel = true): string {
  const word = STYLE_WORD[markStyle(d)];
  // "原文发表时…" is not a measured period; say nothing rather than a vague date.
  const period = d.period.startsWith('原文') ? '' : d.period;
  const inner = [period, word].filter(Boolean).join('，');
  if (!withLabel) return inner;
  return inner ? `${d.label}（${inner}）` : d.label;
}

/** A datum as a chart row, in base units, hedge kept in the value label. */
export function toRow(d: Datum, label = rowLabel(d), highlight = false): Row {
  return { key: d.id, label, value: baseAmount(d), valueLabel: formatDatum(d), style: markStyle(d), highlight };
}

/** Notes for derived values: what they are, the formula, and the kept hedge. */
export function derivedNotes(data: Datum[]): string[] {
  return data.filter((d) => d.derived).map((d) => `${rowLabel(d)}为推算值：${d.derived!.formula}。${d.derived!.note}`);
}

/** The source paragraph that contains `quote` (its anchor is the link target on /source/). */
export function quoteParagraph(doc: SourceDocument, quote: string): SourceParagraph {
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
