/**
 * The shapes of content/: an article's frontmatter, a datum, a figure, the editorial picks and the
 * company table. The schema is the type: everything downstream takes `z.infer` of these. Objects
 * are strict, so a misspelt or retired field fails instead of being ignored.
 */
import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase kebab-case, e.g. "cross-border"');
const text = z.string().min(1);

export const trendSchema = z.strictObject({
  /** Position in the source (一 is 1): the heading and paragraph come from the seed by it. */
  order: z.number().int().min(1),
  /** URL segment: /trends/<slug>/. */
  slug: id,
  /** One line for cards and meta descriptions: a verbatim clause of the trend's paragraph. */
  summary: text,
  /** Themes, each written verbatim in the heading or paragraph; shared topics relate trends. */
  topics: z.array(text).min(1),
  /** 要点: verbatim clauses of the paragraph, marked in place. */
  keyPoints: z.array(text).min(1),
  /** The datum (content/data/numbers.yaml) a card shows, where the source gives one. */
  keyFigure: id.optional(),
});
export type TrendData = z.infer<typeof trendSchema>;

export const MAGNITUDES = ['', '万', '亿', '万亿'] as const;
/**
 * What a number counts. 币种未注明: an amount of money whose currency the source does not state
 * (阿里巴巴20亿投资): the site adds no 元 to it.
 */
export const UNITS = ['元', '人', '%', '分钟', '币种未注明'] as const;
export const MEASURED_BY = ['原文', '中国电子商务研究中心', '艾瑞咨询'] as const;

export const datumSchema = z.strictObject({
  id,
  /** The trend (its order) whose paragraph states the number. */
  trend: z.number().int().min(1),
  label: text,
  /** The number as written, before its magnitude: 6.55 for "6.55万亿". */
  value: z.number().positive(),
  magnitude: z.enum(MAGNITUDES).default(''),
  unit: z.enum(UNITS),
  period: text,
  /** Who measured it: a named research body, or 原文 when the article states it itself. */
  measuredBy: z.enum(MEASURED_BY),
  /** The source's hedge word as written right before the number (约, 突破, 近, …); it decides hedge and status. */
  qualifier: text.optional(),
  /** Verbatim clause of the trend's paragraph that states the number (for derived values, its inputs). */
  quote: text,
  /**
   * A value the site works out from two of the source's numbers. Its formula and note are written
   * by the build from the inputs (src/edition/numbers.ts), never typed; its hedge and bound are
   * checked against what the inputs' hedges allow.
   */
  derived: z
    .strictObject({
      kind: z.literal('base-from-growth'),
      /** [amount, growth rate]: base = amount ÷ (1 + rate). */
      inputs: z.tuple([id, id]),
      /** Which side the true value lies on when an input is a bound (超过25% makes the base an upper bound). */
      bound: z.enum(['upper', 'lower']).optional(),
    })
    .optional(),
});
export type DatumData = z.infer<typeof datumSchema>;
/** A datum as the edition holds it: a derived value carries the formula and note the build wrote. */
export type Datum = Omit<DatumData, 'derived'> & { derived?: NonNullable<DatumData['derived']> & { formula: string; note: string } };

export const figureSchema = z.strictObject({
  id,
  /** A key of src/figures/registry.ts: the kind decides what data it takes and how it draws. */
  kind: text,
  /** The finding, stated. A kind that computes its own title (the matrix) takes none. */
  title: text.optional(),
  /** Datum ids (content/data/numbers.yaml) in the order the kind reads them. */
  data: z.array(id).default([]),
  /** Notes beyond the automatic ones (derived formulas come from the data). */
  notes: z.array(text).default([]),
  /**
   * trend: draws the numbers of the one article it stands in. edition: repeats facts from every
   * trend, so a search's words are not highlighted in it.
   */
  scope: z.enum(['trend', 'edition']).default('trend'),
});
export type FigureEntry = z.infer<typeof figureSchema>;

/** content/data/edition.yaml: what the front page and the briefing lead with, and how the source is dated. */
export const editorialSchema = z.strictObject({
  /** The fingerprint of the seed the edition was checked against: an edited seed fails the build. */
  seed: z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex') }),
  /** The front page's callouts, in reading order. */
  lead: z.array(id).min(1),
  /** The figures the front page shows, in order. */
  front: z.array(id).default([]),
  /** The callouts of the briefing's one-page summary, in reading order. */
  summary: z.array(id).min(1),
  /** The figures the briefing's summary shows (the evidence of its findings), numbered before the trends'. */
  briefing: z.array(id).default([]),
  /** When the original was written, as the site infers it, and the verbatim clauses it infers that from. */
  dating: z.strictObject({
    written: text,
    evidence: z.array(z.strictObject({ quote: text, paragraph: z.number().int().min(1) })).min(1),
  }),
});
export type Editorial = z.infer<typeof editorialSchema>;

/** content/data/companies.yaml: each company's spellings in the source, and the products the source ties to one. */
export const companiesSchema = z.strictObject({
  companies: z
    .array(
      z.strictObject({
        name: text,
        slug: id,
        /** Every spelling the source uses (阿里巴巴, 阿里): a trend names the company when one occurs in its paragraph. */
        spellings: z.array(text).min(1),
        /** Names a reader may type instead (English, short forms): search finds the company by them. */
        aliases: z.array(text).default([]),
      }),
    )
    .min(1),
  products: z.array(
    z.strictObject({
      name: text,
      /** The company the source ties it to, or null where the source names no owner. */
      company: text.nullable(),
      /** The source's own words that tie the product to the company (or name it, when unattributed). */
      tie: text,
    }),
  ),
});
export type CompanyTable = z.infer<typeof companiesSchema>;

/**
 * content/translations/en/data.yaml: the English of what the site writes from its data (labels,
 * figure titles and notes, trend summaries and topics, chart periods, the inferred date), checked
 * against the Chinese by src/edition/english-data.ts.
 */
export const englishDataSchema = z.strictObject({
  /** Datum id → what it counts, as written inside a sentence. */
  labels: z.record(id, text),
  /** Figure id → its title (where the kind takes one) and its notes, in the Chinese entry's order. */
  figures: z.record(id, z.strictObject({ title: text.optional(), notes: z.array(text).default([]) })),
  /** Trend slug → the clause of its English paragraph that translates its summary. */
  summaries: z.record(id, text),
  /** Chinese topic → English. */
  topics: z.record(text, text),
  /** Chinese period → a shorter English form for chart labels. */
  chartPeriods: z.record(text, text).default({}),
  /** The English of dating.written (content/data/edition.yaml). */
  written: text,
});
export type EnglishData = z.infer<typeof englishDataSchema>;
