/**
 * The edition, assembled once: the seed, the articles, the numbers, the figures, the company table
 * and the editorial picks, checked against each other and against the source, joined into one
 * object that every page, endpoint and the PDF read. Pure: it takes the files' texts (read by
 * src/edition/read.ts, or made up by a test) and the build's address and date, and either returns
 * the edition or throws EditionError listing every problem, each naming file:line, the field and
 * what was expected.
 */
import type { z } from 'astro/zod';
import { companiesNamedIn, spellingsUsed } from '../lib/companies';
import { csvFile } from '../lib/urls';
import { chineseCount, toChineseNumeral } from '../lib/numerals';
import { parseSource, type SourceDocument, type SourceParagraph } from '../lib/source';
import { standalone, type Standalone } from '../lib/format';
import { cutAt } from '../lib/spans';
import { relatedByTopic, type Related } from '../lib/trend-order';
import { createUrls, type Urls } from '../lib/urls';
import type { FigureInput, FigureView } from '../figures/kind';
import { KINDS } from '../figures/registry';
import { readArticle, type Block } from './article';
import { articleProblems, articleSetProblems, keySpans, type ArticleFile } from './articles';
import { createHash } from 'node:crypto';
import { claimProblems } from './claims';
import { resolveData } from './numbers';
import { invisibleProblems } from './shown';
import { findingsOf, type Finding } from './findings';
import { pageRecords, type PageRecord } from './pages';
import { englishEdition, type EnglishEdition } from './english';
import { englishDataProblems } from './english-data';
import { TREND_REFERENCE } from './english-findings';
import { englishClaimProblems, englishData } from './english-numbers';
import { linkAlternates } from './english-pages';
import { editionProblems, namesSchema, translationSchema } from './translation';
import {
  companiesSchema,
  datumSchema,
  editorialSchema,
  englishDataSchema,
  figureSchema,
  trendSchema,
  type CompanyTable,
  type Datum,
  type FigureEntry,
} from './schema';
import { readYaml, schemaProblems } from './yaml';

/** A content file as read from disk: its path from the project root and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** Everything the edition is made from. */
export interface EditionFiles {
  seed: SourceFile;
  articles: SourceFile[];
  numbers: SourceFile;
  figures: SourceFile;
  editorial: SourceFile;
  companies: SourceFile;
  /** content/translations/en/: the translation, the names table, the English of the site's data words. */
  en: { source: SourceFile; names: SourceFile; data: SourceFile };
}

/** What the build says about where and when: the base path, the public address (if any), the edition date. */
export interface EditionEnv {
  base: string;
  site?: string;
  date: string;
}

export class EditionError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content does not match seeds/ (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'EditionError';
  }
}

export type Company = CompanyTable['companies'][number] & {
  /** Orders of the trends whose paragraph names it. */
  trends: number[];
  /** The spellings the source uses for it, in the table's order. */
  spellingsUsed: string[];
  products: Product[];
};
export type Product = CompanyTable['products'][number];

export interface Figure {
  id: string;
  entry: FigureEntry;
  data: Datum[];
  view: FigureView;
  /** The trend whose numbers it draws (trend scope), or undefined (edition scope). */
  trend?: number;
  /** Path below the base of its CSV. */
  csv: string;
}

/** A figure where a page places it, with its 图N there (undefined for a callout). */
export interface Placement {
  figure: Figure;
  number?: number;
}

export interface Trend {
  order: number;
  numeral: string;
  slug: string;
  file: string;
  /** The heading without its numeral, as the source writes it. */
  title: string;
  /** The heading as the source writes it: "二、移动电商走向成熟". */
  heading: string;
  paragraph: SourceParagraph;
  summary: string;
  topics: string[];
  keyPoints: string[];
  /** The paragraph cut at its key clauses: joined, the runs are the paragraph exactly. */
  runs: { text: string; key: boolean }[];
  companies: Company[];
  /** Products the paragraph names whose owner the source does not give (手机淘宝…): said, not attributed. */
  unowned: Product[];
  keyFigure?: Datum;
  /** Its own numbers, in reading order. */
  data: Datum[];
  /** Its figures in the order the article places them, numbered as its page counts them. */
  figures: Placement[];
  prev?: Related<Trend>;
  next?: Related<Trend>;
  /** Trends sharing a topic (at most a few), without the previous and next one (the pager names those). */
  related: Related<Trend>[];
  /** The same, previous and next included (the briefing has no pager). */
  relatedAll: Related<Trend>[];
}

export interface Edition {
  env: EditionEnv;
  urls: Urls;
  source: SourceDocument;
  /** The source's title, which is also the publication's name. */
  title: string;
  /** "十个趋势": the seed decides how many (the title's 十大 is a name, not a count). */
  counted: string;
  description: string;
  dating: {
    written: string;
    evidence: { quote: string; paragraph: SourceParagraph }[];
    /** "原文未署作者与发表日期；据文中第1段“…”、第7段“…”等语推断写于2013年底。" */
    note: string;
  };
  trends: Trend[];
  trendBySlug: Map<string, Trend>;
  /** Every datum, in the order a reader meets them. */
  numbers: Datum[];
  figures: Map<string, Figure>;
  /** Companies in the table's order, each with the trends naming it. */
  companies: Company[];
  products: Product[];
  /** The front page's key figures and the briefing summary's numbers, each as it stands away from its sentence. */
  lead: Standalone[];
  summary: Standalone[];
  front: Placement[];
  /** The figures of the briefing's summary, then each trend's, numbered through the briefing (图N counts on). */
  briefingSummary: Placement[];
  briefingFigures: Map<number, Placement[]>;
  /** What the site finds in the source, in its own voice (本站归纳), each computed from the edition and checked. */
  findings: Finding[];
  pages: Map<string, PageRecord>;
  /** The English edition (/en/), joined to this one and checked against it. */
  en: EnglishEdition;
}

/** Reads one YAML file (or an article's frontmatter, from its line) against a schema; problems name file:line and the field. */
function parsed<S extends z.ZodType>(
  source: SourceFile,
  schema: S,
  problems: string[],
  firstLine = 1,
): { data?: z.output<S>; lineOf: (path: readonly PropertyKey[]) => number } {
  const yaml = readYaml(source.text, source.file, firstLine);
  problems.push(...yaml.problems);
  if (yaml.problems.length) return { lineOf: yaml.lineOf };
  const result = schema.safeParse(yaml.value);
  if (!result.success) {
    problems.push(...schemaProblems(result.error.issues, source.file, yaml.lineOf));
    return { lineOf: yaml.lineOf };
  }
  return { data: result.data, lineOf: yaml.lineOf };
}

/** A list file (numbers, figures): each item parsed alone, so one bad entry does not hide the others. */
function parsedList<S extends z.ZodType>(source: SourceFile, schema: S, label: (item: unknown) => string, problems: string[]) {
  const yaml = readYaml(source.text, source.file);
  problems.push(...yaml.problems);
  const items: z.output<S>[] = [];
  const lines: number[] = [];
  // Ids of entries that failed their schema: known, so nothing that names one is blamed for it.
  const rejected = new Set<string>();
  if (yaml.problems.length) return { items, lines, rejected };
  if (!Array.isArray(yaml.value)) {
    problems.push(`${source.file}:1: expected a YAML list (- id: …), got ${yaml.value == null ? 'an empty file' : 'something else'}`);
    return { items, lines, rejected };
  }
  yaml.value.forEach((raw, i) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      items.push(result.data);
      lines.push(yaml.lineOf([i]));
    } else {
      problems.push(...schemaProblems(result.error.issues, source.file, yaml.lineOf, [i], `${label(raw)}: `));
      rejected.add(String((raw as { id?: unknown })?.id));
    }
  });
  return { items, lines, rejected };
}

const idOf = (kind: string) => (raw: unknown) => `${kind} "${String((raw as { id?: unknown })?.id ?? '?')}"`;

/** The edition, or EditionError with every problem found. */
export function resolveEdition(files: EditionFiles, env: EditionEnv): Edition {
  const problems = [
    files.seed,
    ...files.articles,
    files.numbers,
    files.figures,
    files.editorial,
    files.companies,
    files.en.source,
    files.en.names,
    files.en.data,
  ].flatMap((f) => invisibleProblems(f.text, f.file));
  let source: SourceDocument;
  try {
    source = parseSource(files.seed.text);
  } catch (error) {
    throw new EditionError([...problems, (error as Error).message]);
  }

  // Each file is read on its own first: a file that does not parse is reported, and checks that
  // need it are skipped rather than blamed on the files that refer to it.
  const numbers = parsedList(files.numbers, datumSchema, idOf('datum'), problems);
  // A numbers.yaml that does not parse is reported on its own: its ids are unknown, so nothing that names one is blamed.
  const numbersSound = problems.length === 0;
  const data = resolveData(numbers.items, source, files.numbers.file, (i) => numbers.lines[i], numbers.rejected);
  problems.push(...data.problems);
  const figureList = parsedList(files.figures, figureSchema, idOf('figure'), problems);
  const companyTable = parsed(files.companies, companiesSchema, problems);
  const editorial = parsed(files.editorial, editorialSchema, problems);
  // The English files are read with the others, so a file that does not parse is named in the first report.
  const enSource = parsed(files.en.source, translationSchema, problems);
  const enNames = parsed(files.en.names, namesSchema, problems);
  const enData = parsed(files.en.data, englishDataSchema, problems);
  const digest = seedDigest(files.seed.text);
  if (editorial.data && editorial.data.seed.sha256 !== digest)
    problems.push(
      `${files.seed.file}: differs from the source this edition was checked against (content/data/edition.yaml field "seed.sha256" is ${editorial.data.seed.sha256}, the file's is ${digest}): seeds/ must be an unchanged copy of the source document. If the source itself was replaced on purpose, set seed.sha256 to ${digest}.`,
    );

  const articles: (ArticleFile & { blocks: Block[] })[] = [];
  for (const { file, text } of files.articles) {
    const read = readArticle(text, file);
    problems.push(...read.problems);
    if (!read.frontmatter) continue;
    const { data, lineOf } = parsed({ file, text: read.frontmatter.yaml }, trendSchema, problems, read.frontmatter.line);
    if (data) articles.push({ file, data, lineOf, blocks: read.blocks });
  }
  problems.push(...articleSetProblems(articles, source));
  const byId = new Map(data.data.map((d) => [d.id, d]));
  // A datum with a problem of its own is reported on numbers.yaml, not again on the articles quoting it.
  const sound = numbersSound ? data.data.filter((d) => !data.faulty.has(d.id)) : undefined;
  for (const a of articles) problems.push(...articleProblems(a, source, sound, data.faulty));

  // The company table against itself: one slug, one spelling, one alias per company.
  const table = companyTable.data;
  if (table) problems.push(...companyTableProblems(table, files.companies.file, companyTable.lineOf));

  // Figures: each id once, its data known, and the kind's own conditions.
  const figureEntries = new Map<string, FigureEntry>();
  figureList.items.forEach((f, i) => {
    const at = `${files.figures.file}:${figureList.lines[i]}: figure "${f.id}"`;
    if (figureEntries.has(f.id)) problems.push(`${at}, field "id": used more than once; each figure needs its own id`);
    else if (!KINDS[f.kind]) problems.push(`${at}, field "kind": expected one of ${Object.keys(KINDS).join(', ')}, got "${f.kind}"`);
    else figureEntries.set(f.id, f);
    f.data.forEach((d, j) => {
      if (numbersSound && !byId.has(d)) problems.push(`${at}, field "data[${j}]": no datum "${d}" in ${files.numbers.file}`);
    });
  });
  if (problems.length) throw new EditionError(problems);

  const companies: Company[] = table!.companies.map((c) => ({
    ...c,
    trends: [],
    spellingsUsed: spellingsUsed(source.raw, c.spellings),
    products: table!.products.filter((p) => p.company === c.name),
  }));
  const ordered = [...articles].sort((a, b) => a.data.order - b.data.order);
  const numeral = toChineseNumeral;
  const figureInput = (entry: FigureEntry): FigureInput => ({
    entry,
    data: entry.data.map((id) => byId.get(id)!),
    trends: ordered.map((a) => ({
      order: a.data.order,
      companies: companiesNamedIn(source.trends.get(a.data.order)!.body.text, companies).map((c) => c.name),
    })),
    companies: companies.map((c) => c.name),
    source,
    numeral,
  });
  const figures = new Map<string, Figure>();
  for (const entry of figureEntries.values()) {
    const input = figureInput(entry);
    const found = KINDS[entry.kind].check(input);
    const trendsDrawn = [...new Set(input.data.map((d) => d.trend))];
    if (entry.scope === 'trend' && trendsDrawn.length > 1)
      found.push(
        `${files.figures.file}: figure "${entry.id}", field "data": a trend figure draws one trend's numbers, got trends ${trendsDrawn.join(', ')} (use scope: edition)`,
      );
    // What the site writes about the figure's numbers says what its data say, and no more.
    const at = (field: string) =>
      `${files.figures.file}:${figureList.lines[figureList.items.indexOf(entry)]}: figure "${entry.id}", field "${field}"`;
    for (const claim of entry.title ? claimProblems(entry.title, input.data) : []) found.push(`${at('title')}: ${claim}`);
    entry.notes.forEach((note, i) => claimProblems(note, input.data).forEach((claim) => found.push(`${at(`notes[${i}]`)}: ${claim}`)));
    problems.push(...found);
    if (!found.length)
      figures.set(entry.id, {
        id: entry.id,
        entry,
        data: input.data,
        view: KINDS[entry.kind].view(input),
        trend: entry.scope === 'trend' ? trendsDrawn[0] : undefined,
        csv: csvFile(entry.id),
      });
  }

  const numbered = (ids: { id: string; where: string }[], from = 0): Placement[] => {
    let n = from;
    return ids.flatMap(({ id, where }) => {
      const figure = figures.get(id);
      if (!figure) {
        if (!figureEntries.has(id))
          problems.push(
            `${where}: field "id": no figure "${id}" in ${files.figures.file} (known: ${[...figureEntries.keys()].join(', ')})`,
          );
        return [];
      }
      return [{ figure, number: figure.view.chart ? ++n : undefined }];
    });
  };

  const inOrder = readingOrder(data.data, source);
  const trends: Trend[] = ordered.map(({ file, data, blocks }) => {
    const { heading, body, numeral: n, title } = source.trends.get(data.order)!;
    const { spans } = keySpans(data.keyPoints, body.text);
    const placed = blocks.filter((b) => b.kind === 'figure');
    for (const b of placed) {
      const f = figures.get(b.id);
      if (f?.trend !== undefined && f.trend !== data.order)
        problems.push(
          `${file}:${b.line}: <Figure id="${b.id}" />: the figure draws trend ${f.trend}'s numbers; place it in that trend's article`,
        );
    }
    const named = companiesNamedIn(body.text, companies);
    for (const c of named) c.trends.push(data.order);
    return {
      order: data.order,
      numeral: n,
      slug: data.slug,
      file,
      title,
      heading: heading.text,
      paragraph: body,
      summary: data.summary,
      topics: data.topics,
      keyPoints: data.keyPoints,
      runs: cutAt(body.text, spans, (text, key) => ({ text, key: key !== undefined })),
      companies: named,
      unowned: table!.products.filter((p) => p.company === null && body.text.includes(p.name)),
      keyFigure: data.keyFigure ? byId.get(data.keyFigure) : undefined,
      data: inOrder.filter((d) => d.trend === data.order),
      figures: numbered(placed.map((b) => ({ id: b.id, where: `${file}:${b.line}: <Figure id="${b.id}" />` }))),
      related: [],
      relatedAll: [],
    };
  });
  const related = relatedByTopic(trends);
  trends.forEach((t, i) => {
    const link = (other?: Trend) => other && { trend: other, shared: other.topics.filter((x) => t.topics.includes(x)) };
    t.prev = link(trends[i - 1]);
    t.next = link(trends[i + 1]);
    t.relatedAll = related.get(t.order) ?? [];
    t.related = t.relatedAll.filter((r) => r.trend !== t.prev?.trend && r.trend !== t.next?.trend);
  });
  const picks = editorial.data!;
  const briefingSummary = numbered(
    picks.briefing.map((id, i) => ({ id, where: `${files.editorial.file}:${editorial.lineOf(['briefing', i])}: field "briefing[${i}]"` })),
  );
  const briefingFigures = new Map<number, Placement[]>();
  let counted = briefingSummary.reduce((n, p) => p.number ?? n, 0);
  for (const t of trends) {
    const placements = numbered(
      t.figures.map((p) => ({ id: p.figure.id, where: t.file })),
      counted,
    );
    counted = placements.reduce((n, p) => p.number ?? n, counted);
    briefingFigures.set(t.order, placements);
  }

  const pick = (ids: string[], field: string) =>
    ids.flatMap((id, i) => {
      const d = byId.get(id);
      if (!d)
        problems.push(
          `${files.editorial.file}:${editorial.lineOf([field, i])}: field "${field}[${i}]": no datum "${id}" in ${files.numbers.file}`,
        );
      return d ? [standalone(d)] : [];
    });
  const lead = pick(picks.lead, 'lead');
  const summary = pick(picks.summary, 'summary');
  const front = numbered(
    picks.front.map((id, i) => ({ id, where: `${files.editorial.file}:${editorial.lineOf(['front', i])}: field "front[${i}]"` })),
  );
  const evidence = picks.dating.evidence.flatMap(({ quote, paragraph }, i) => {
    const p = source.paragraphs.find((x) => x.number === paragraph);
    const where = `${files.editorial.file}:${editorial.lineOf(['dating', 'evidence', i])}: field "dating.evidence[${i}]"`;
    if (!p) problems.push(`${where}: the source has no 第${paragraph}段`);
    else if (!p.text.includes(quote)) problems.push(`${where}: "${quote}" is not in 第${paragraph}段 (line ${p.line} of the seed)`);
    return p ? [{ quote, paragraph: p }] : [];
  });
  if (problems.length) throw new EditionError(problems);

  const urls = createUrls(env.base, env.site);
  const title = source.title;
  const count = `${chineseCount(trends.length)}个趋势`;
  const evidenceText = evidence.map((e) => `第${e.paragraph.number}段“${e.quote}”`).join('、');
  const edition: Edition = {
    env,
    urls,
    source,
    title,
    counted: count,
    description: `“${title}”的可检索、可打印版：${count}的原文、要点、提及企业与数据图表，每个数字都附原文出处。`,
    dating: {
      written: picks.dating.written,
      evidence,
      note: `原文未署作者与发表日期；据文中${evidenceText}等语推断写于${picks.dating.written}。`,
    },
    trends,
    trendBySlug: new Map(trends.map((t) => [t.slug, t])),
    numbers: inOrder,
    figures,
    companies,
    products: table!.products,
    lead,
    summary,
    front,
    briefingSummary,
    briefingFigures,
    findings: [],
    pages: new Map(),
    // Made below from the finished Chinese edition it translates.
    en: undefined as never,
  };
  edition.findings = findingsOf(edition);
  // What the site says in its own voice is held to the rule of every number it shows.
  const allowed = new Set(title.match(/\d{4}年/g) ?? []);
  for (const f of edition.findings)
    for (const claim of claimProblems(f.text, inOrder, allowed))
      problems.push(`src/edition/findings.ts: finding "${f.text.slice(0, 12)}…": ${claim}`);
  // The English against the Chinese: the translation number for number and name for name, then the
  // English of the site's own words (data.yaml), then the findings in English like any site-written text.
  const [translation, names, enWords] = [enSource.data!, enNames.data!, enData.data!];
  problems.push(...editionProblems(source, translation, inOrder, names, files.en.source.file));
  problems.push(
    ...englishDataProblems({
      file: files.en.data.file,
      lineOf: enData.lineOf,
      data: enWords,
      numbers: inOrder,
      figures: [...figureEntries.values()],
      trends,
      translation,
      names,
      views: englishData(inOrder, { labels: enWords.labels, chartPeriods: enWords.chartPeriods, names }),
      written: picks.dating.written,
    }),
  );
  if (problems.length) throw new EditionError(problems);
  edition.pages = pageRecords(edition);
  edition.en = englishEdition(edition, { translation, names, data: enWords }, (f) => figureInput(f.entry));
  const years = new Set([...allowed].map((y) => y.slice(0, 4)));
  for (const f of edition.en.findings)
    for (const claim of englishClaimProblems(f.text, edition.en.numbers, names, years, TREND_REFERENCE))
      problems.push(`src/edition/english-findings.ts: finding "${f.text.slice(0, 24)}…": ${claim}`);
  if (problems.length) throw new EditionError(problems);
  linkAlternates(edition.pages, edition.en.pages);
  return edition;
}

/**
 * The seed's fingerprint: SHA-256 of its text, a byte-order mark and CRLF line endings aside (how
 * an editor saves a file is not an edit of the source).
 */
export const seedDigest = (text: string) =>
  createHash('sha256')
    .update(text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'))
    .digest('hex');

/**
 * The numbers in the order a reader meets them: by trend, then by where the number stands in its
 * paragraph. A derived value sits at the end of the quote it is worked out from, after its inputs.
 */
export function readingOrder(numbers: readonly Datum[], source: SourceDocument): Datum[] {
  const at = (d: Datum) => {
    const text = source.trends.get(d.trend)?.body.text ?? '';
    const quote = text.indexOf(d.quote);
    if (d.derived) return quote + d.quote.length;
    return quote + Math.max(0, d.quote.indexOf(`${d.qualifier ?? ''}${d.value}`));
  };
  return [...numbers].sort((a, b) => a.trend - b.trend || at(a) - at(b) || a.id.localeCompare(b.id));
}

/** The company table against itself: each name, slug, spelling and alias belongs to one company. */
function companyTableProblems(table: CompanyTable, file: string, lineOf: (path: readonly PropertyKey[]) => number): string[] {
  const out: string[] = [];
  const owner = new Map<string, string>();
  const slugs = new Map<string, string>();
  table.companies.forEach((c, i) => {
    const at = `${file}:${lineOf(['companies', i])}: company "${c.name}"`;
    for (const [field, values] of [
      ['spellings', c.spellings],
      ['aliases', c.aliases],
    ] as const) {
      const twice = values.find((v, j) => values.indexOf(v) !== j);
      if (twice) out.push(`${at}, field "${field}": "${twice}" is listed twice`);
    }
    // Case-insensitive, as search folds case: "ali" and "Ali" are one name.
    for (const name of new Set([c.name, ...c.spellings, ...c.aliases].map((v) => v.toLowerCase()))) {
      const first = owner.get(name);
      if (first && first !== c.name) out.push(`${at}: "${name}" already names ${first}; each name belongs to one company`);
      owner.set(name, c.name);
    }
    if (slugs.has(c.slug)) out.push(`${at}, field "slug": "${c.slug}" is also ${slugs.get(c.slug)}'s`);
    slugs.set(c.slug, c.name);
  });
  const names = new Set(table.companies.map((c) => c.name));
  table.products.forEach((p, i) => {
    if (p.company !== null && !names.has(p.company))
      out.push(`${file}:${lineOf(['products', i])}: product "${p.name}", field "company": no company "${p.company}" in the table`);
  });
  return out;
}
