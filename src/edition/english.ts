/**
 * The English edition, resolved once from the Chinese edition and content/translations/en/ (the
 * translation, the names table, data.yaml): everything the English pages, endpoints and the English
 * PDF read, joined to the Chinese it translates (each English trend carries its Chinese Trend, each
 * datum view its Datum, each figure its Figure), so a page never looks anything up by itself. The
 * resolver runs the checks first (translation.ts, english-data.ts); this module assumes they passed.
 * Pure.
 */
import type { FigureInput } from '../figures/kind';
import { capitalized, englishCount } from '../lib/english-words';
import type { SourceParagraph } from '../lib/source';
import { cutAt, findAll } from '../lib/spans';
import { BRIEFINGS } from '../lib/urls';
import type { Related } from '../lib/trend-order';
import { englishFigureWords, englishFigures, englishNumberRuns, type EnglishFigure, type EnglishPlacement } from './english-figures';
import { englishFindings, type EnglishFinding } from './english-findings';
import { englishData, type EnglishDatum } from './english-numbers';
import { englishPageRecords, type EnglishPageRecord } from './english-pages';
import type { Company, Edition, Figure, Placement, Product, Trend } from './resolve';
import type { EnglishData } from './schema';
import { nameRuns, type NameEntry, type NameRun, type Names, type Translation } from './translation';

/** The three files of content/translations/en/, parsed and checked. */
export interface EnglishFiles {
  translation: Translation;
  names: Names;
  data: EnglishData;
}

export interface EnglishCompany {
  /** The Chinese company (its slug, spellings, the trends naming it). */
  company: Company;
  /** Its one English name (names.yaml). */
  name: string;
  slug: string;
  /** Orders of the trends whose paragraph names it. */
  trends: number[];
  /** The products the source ties to it, in English. */
  products: EnglishProduct[];
  /** Every English sentence naming it, by paragraph (the opening, then the trends), its name marked. */
  sentences: {
    paragraph: SourceParagraph;
    trend?: EnglishTrend;
    sentences: { text: string; parts: { text: string; name?: boolean }[] }[];
  }[];
}

export interface EnglishProduct {
  product: Product;
  /** Its English name (names.yaml). */
  name: string;
  /** The English name of the company the source ties it to, or undefined where it names none. */
  company?: string;
}

export interface EnglishTrend {
  /** The Chinese trend, joined by order: its paragraph, slug, companies, data, figures. */
  trend: Trend;
  order: number;
  slug: string;
  /** How the English numbers a trend: "2". */
  numeral: string;
  /** The heading after its numeral: "Mobile e-commerce moves toward maturity". */
  title: string;
  /** "2. Mobile e-commerce moves toward maturity". */
  heading: string;
  /** The English paragraph (source.yaml). */
  paragraph: string;
  /** The paragraph cut at its names, each name's Chinese on its first use on the trend's page. */
  runs: NameRun[];
  /** The same in the briefing, where a name's first use is counted from the briefing's start. */
  briefingRuns: NameRun[];
  /** The English of its summary, a clause of the paragraph, capitalised to stand alone. */
  summary: string;
  /** Its topics in English. */
  topics: string[];
  companies: EnglishCompany[];
  /** Products it names whose owner the source does not give: said, not attributed. */
  unowned: EnglishProduct[];
  keyFigure?: EnglishDatum;
  /** Its numbers in reading order. */
  data: EnglishDatum[];
  /** Its figures as its page places them, numbered as the Chinese page numbers them. */
  figures: EnglishPlacement[];
  prev?: Related<EnglishTrend>;
  next?: Related<EnglishTrend>;
  related: Related<EnglishTrend>[];
  relatedAll: Related<EnglishTrend>[];
}

/** One paragraph of the source with its English, for /en/source/ (title, opening, each heading and body). */
export interface EnglishParagraph {
  paragraph: SourceParagraph;
  en: string;
  /** Cut at its names; a name's Chinese on its first use on the page. */
  runs: NameRun[];
  /** The trend it belongs to (headings and bodies). */
  trend?: EnglishTrend;
}

export interface EnglishEdition {
  lang: 'en';
  /** The source's title in English: "Ten Major Trends for the E-Commerce Industry in 2014". */
  title: string;
  /** This site's English edition as a publisher names it. */
  publication: string;
  /** "ten trends": the seed decides how many. */
  counted: string;
  description: string;
  /** The opening paragraph in English, and cut at its names for the front page. */
  intro: string;
  introRuns: NameRun[];
  /** The Chinese dating in English: "the end of 2013" (inferred), its evidence, the note that says so. */
  dating: Edition['dating'];
  names: Names;
  /** The names table entry of a Chinese spelling (阿里 → Alibaba). */
  name: (zh: string) => NameEntry | undefined;
  /** Chinese topic → English. */
  topics: ReadonlyMap<string, string>;
  trends: EnglishTrend[];
  trendBySlug: Map<string, EnglishTrend>;
  /** Every datum's English view, in the order a reader meets them. */
  numbers: EnglishDatum[];
  data: Map<string, EnglishDatum>;
  lead: EnglishDatum[];
  summary: EnglishDatum[];
  figures: Map<string, EnglishFigure>;
  front: EnglishPlacement[];
  briefingSummary: EnglishPlacement[];
  briefingFigures: Map<number, EnglishPlacement[]>;
  /** What the site finds, in English, marked as the site's. */
  findings: EnglishFinding[];
  companies: EnglishCompany[];
  products: EnglishProduct[];
  /** The source paragraph by paragraph, each with its English (/en/source/). */
  source: EnglishParagraph[];
  /** The briefing's opening cut at its names (first uses counted from the briefing's start). */
  briefingIntroRuns: NameRun[];
  /** English text cut so each number stays on one line with its hedge and unit (the English KeepNumbers). */
  numberRuns: (text: string) => { text: string; keep: boolean }[];
  /** Path below the base of the English briefing's PDF, when the build prints one. */
  pdf: string;
  pages: Map<string, EnglishPageRecord>;
}

/** English sentences of a text (names masked, so "JD.com" and "Asia No. 1" end none), each cut at the spellings given. */
function sentencesNaming(text: string, spelling: string): { text: string; parts: { text: string; name?: boolean }[] }[] {
  const masked = text.replace(/\b(?:No|Co|Inc|Ltd)\.|\.(?=[a-z\d])/g, (m) => '\uFFFC'.repeat(m.length));
  const out: { text: string; parts: { text: string; name?: boolean }[] }[] = [];
  let start = 0;
  const ends = [...masked.matchAll(/[.!?]+[”’)]*(?=\s|$)/g)].map((m) => m.index + m[0].length);
  if (ends.at(-1) !== text.length) ends.push(text.length);
  for (const end of ends) {
    const sentence = text.slice(start, end).trim();
    start = end;
    if (!sentence.includes(spelling)) continue;
    const parts = cutAt(sentence, findAll(sentence, [spelling]), (text, name) => (name ? { text, name: true } : { text }));
    out.push({ text: sentence, parts });
  }
  return out;
}

export function englishEdition(edition: Edition, files: EnglishFiles, figureInput: (figure: Figure) => FigureInput): EnglishEdition {
  const { translation, names, data } = files;
  const nameOf = (zh: string) => names.names.find((n) => n.zh.includes(zh));
  const english = (zh: string) => nameOf(zh)?.en ?? zh;
  const topics = new Map(Object.entries(data.topics));

  // Numbers and figures.
  const views = englishData(edition.numbers, { labels: data.labels, chartPeriods: data.chartPeriods, names });
  const numbers = edition.numbers.map((d) => views.get(d.id)!);
  const words = englishFigureWords(views, names);
  const figures = englishFigures(edition.figures, figureInput, data.figures, words);
  const placed = (list: readonly Placement[]): EnglishPlacement[] =>
    list.map((p) => ({ figure: figures.get(p.figure.id)!, number: p.number }));

  // Companies and products.
  const productOf = (p: Product): EnglishProduct => ({
    product: p,
    name: english(p.name),
    company: p.company ? english(p.company) : undefined,
  });
  const products = edition.products.map(productOf);
  const companies: EnglishCompany[] = edition.companies.map((c) => ({
    company: c,
    name: english(c.name),
    slug: c.slug,
    trends: c.trends,
    products: c.products.map(productOf),
    sentences: [],
  }));
  const companyByName = new Map(companies.map((c) => [c.company.name, c]));

  // Trends, joined to the Chinese by order.
  const byOrder = new Map(translation.trends.map((t) => [t.order, t]));
  const briefingRuns = nameRuns([translation.intro, ...edition.trends.map((t) => byOrder.get(t.order)!.paragraph)], names);
  const trends: EnglishTrend[] = edition.trends.map((t, i) => {
    const en = byOrder.get(t.order)!;
    return {
      trend: t,
      order: t.order,
      slug: t.slug,
      numeral: String(t.order),
      title: en.heading,
      heading: `${t.order}. ${en.heading}`,
      paragraph: en.paragraph,
      runs: nameRuns([en.paragraph], names)[0],
      briefingRuns: briefingRuns[i + 1],
      summary: capitalized(data.summaries[t.slug]),
      topics: t.topics.map((x) => topics.get(x) ?? x),
      companies: t.companies.map((c) => companyByName.get(c.name)!),
      unowned: t.unowned.map(productOf),
      keyFigure: t.keyFigure && views.get(t.keyFigure.id),
      data: t.data.map((d) => views.get(d.id)!),
      figures: placed(t.figures),
      related: [],
      relatedAll: [],
    };
  });
  const bySlug = new Map(trends.map((t) => [t.slug, t]));
  const relate = (r: Related<Trend>): Related<EnglishTrend> => ({
    trend: bySlug.get(r.trend.slug)!,
    shared: r.shared.map((x) => topics.get(x) ?? x),
  });
  for (const t of trends) {
    t.prev = t.trend.prev && relate(t.trend.prev);
    t.next = t.trend.next && relate(t.trend.next);
    t.related = t.trend.related.map(relate);
    t.relatedAll = t.trend.relatedAll.map(relate);
  }

  // Every English sentence naming a company, paragraph by paragraph.
  const prose: { paragraph: SourceParagraph; en: string; trend?: EnglishTrend }[] = [
    { paragraph: edition.source.intro, en: translation.intro },
    ...trends.map((t) => ({ paragraph: t.trend.paragraph, en: t.paragraph, trend: t })),
  ];
  for (const c of companies)
    c.sentences = prose
      .map(({ paragraph, en, trend }) => ({ paragraph, trend, sentences: sentencesNaming(en, c.name) }))
      .filter((g) => g.sentences.length > 0);

  // The source page: each paragraph of the seed beside its English.
  const englishOf = (p: SourceParagraph): string => {
    if (p.kind === 'title') return translation.title;
    if (p.kind === 'intro') return translation.intro;
    const t = bySlug.get(edition.trends[p.trend! - 1].slug)!;
    return p.kind === 'heading' ? t.heading : t.paragraph;
  };
  const sourceParagraphs = edition.source.paragraphs.map((p) => ({ paragraph: p, en: englishOf(p) }));
  const sourceRuns = nameRuns(
    sourceParagraphs.map((p) => p.en),
    names,
  );
  const source: EnglishParagraph[] = sourceParagraphs.map((p, i) => ({
    ...p,
    runs: sourceRuns[i],
    trend: p.paragraph.trend === undefined ? undefined : trends[p.paragraph.trend - 1],
  }));

  const count = `${englishCount(trends.length)} trends`;
  const evidence = edition.dating.evidence.map((e) => `“${e.quote}” (paragraph ${e.paragraph.number})`);
  const parts: Omit<EnglishEdition, 'pages'> = {
    lang: 'en',
    title: translation.title,
    publication: `${translation.title} (English edition, searchable and printable)`,
    counted: count,
    description: `An English edition of “${translation.title}”: the ${count} in translation beside the Chinese original, with the companies they name and the data charts; every number carries its source quote.`,
    intro: translation.intro,
    introRuns: nameRuns([translation.intro], names)[0],
    dating: {
      written: data.written,
      evidence: edition.dating.evidence,
      note: `The source names no author and no date; this site infers that it was written at ${data.written} from phrases such as ${evidence.join(' and ')}.`,
    },
    names,
    name: nameOf,
    topics,
    trends,
    trendBySlug: bySlug,
    numbers,
    data: views,
    lead: edition.lead.map((d) => views.get(d.id)!),
    summary: edition.summary.map((d) => views.get(d.id)!),
    figures,
    front: placed(edition.front),
    briefingSummary: placed(edition.briefingSummary),
    briefingFigures: new Map([...edition.briefingFigures].map(([order, list]) => [order, placed(list)])),
    findings: englishFindings({
      title: edition.title,
      trends: edition.trends,
      companies: edition.companies,
      numbers,
      names,
      companyName: (c) => companyByName.get(c.name)!.name,
    }),
    companies,
    products,
    source,
    briefingIntroRuns: briefingRuns[0],
    numberRuns: (text) => englishNumberRuns(text, names),
    pdf: BRIEFINGS.en.pdf,
  };
  return { ...parts, pages: englishPageRecords(edition, parts) };
}
