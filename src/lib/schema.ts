/**
 * Collection schemas. The schema is the type: components take `Trend` (inferred here) rather
 * than restating the shape.
 */
import { z } from 'astro/zod';
import { COMPANIES } from './companies';

export const trendSchema = z.object({
  /** Position in the source (一 is 1); src/lib/validate.ts checks it against the seed's headings. */
  order: z.number().int().min(1),
  /** Short English kebab-case URL segment: /trends/<slug>/. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase kebab-case, e.g. "cross-border"'),
  /** The heading exactly as the source writes it, without its numeral ("O2O模式真正落地"). */
  title: z.string().min(1),
  /** One line for cards and meta descriptions: a verbatim clause of the trend's paragraph. */
  summary: z.string().min(1),
  /** Line number of the trend's paragraph in seeds/ (also its anchor on /source/). */
  sourceLine: z.number().int().positive(),
  /** Companies the paragraph names; must be exactly those, see src/lib/companies.ts. */
  companies: z.array(z.enum(COMPANIES)),
  /** Themes, each written verbatim in the heading or paragraph; shared topics relate trends. */
  topics: z.array(z.string().min(1)).min(1),
  /** 要点: verbatim clauses of the paragraph, in reading order. */
  keyPoints: z.array(z.string().min(1)).min(1),
  /** Id of the datum (content/data) shown on the front-page card, where the source gives one. */
  keyFigure: z.string().optional(),
});

export type TrendData = z.infer<typeof trendSchema>;

/** How the source hedges a number: 约 about, 突破/超过 over, 近 nearly (just under), 低于 under. */
const HEDGES = ['exact', 'about', 'over', 'nearly', 'under'] as const;

export const datumSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The trend (its order) whose paragraph states the number; src/lib/provenance.ts finds that paragraph in the seed. */
  trend: z.number().int().min(1),
  label: z.string().min(1),
  /** The number as written, before its magnitude: 6.55 for "6.55万亿". */
  value: z.number().positive(),
  magnitude: z.enum(['', '万', '亿', '万亿']).default(''),
  unit: z.enum(['元', '人', '%', '分钟']),
  period: z.string().min(1),
  /** Who measured it: a named research body, or 原文 when the article states it itself. */
  measuredBy: z.enum(['原文', '中国电子商务研究中心', '艾瑞咨询']),
  /** The source's hedge word as written right before the number (约, 突破, 近, …). */
  qualifier: z.string().optional(),
  hedge: z.enum(HEDGES),
  /** reported: stated as fact; estimate: 预计; forecast: 有望. */
  status: z.enum(['reported', 'estimate', 'forecast']),
  /** Exact substring of seeds/ that states the number (or, for derived values, its inputs). */
  quote: z.string().min(1),
  derived: z
    .object({
      kind: z.literal('base-from-growth'),
      /** [amount, growth rate]: base = amount ÷ (1 + rate). */
      inputs: z.tuple([z.string(), z.string()]),
      formula: z.string().min(1),
      note: z.string().min(1),
      /**
       * Which side the true value lies on when an input is a bound (超过25% makes the base an
       * upper bound): shown as 或更低 / 或更高 after the value.
       */
      bound: z.enum(['upper', 'lower']).optional(),
    })
    .optional(),
});

export type Datum = z.infer<typeof datumSchema>;

/** The data with these ids, in the order given; a missing id throws, naming where it was written (`where(i)`) and the id. */
export function dataByIds(numbers: readonly Datum[], ids: readonly string[], where: (i: number) => string): Datum[] {
  const byId = new Map(numbers.map((d) => [d.id, d]));
  return ids.map((id, i) => {
    const d = byId.get(id);
    if (!d) throw new Error(`${where(i)}: no datum "${id}" in content/data/numbers.yaml`);
    return d;
  });
}
