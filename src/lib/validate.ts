/**
 * Whole-collection checks that a per-file schema cannot express: one article per trend of the seed,
 * headings and paragraphs identical to the source, editorial fields derivable from it.
 * Each problem names the file and the field so a broken article is fixed in one look.
 */
import { clauseProblem } from './clauses';
import { companiesNamedIn } from './companies';
import { trendHeading } from './numerals';
import { hedgeBefore, writtenNumber } from './provenance';
import type { Datum, TrendData } from './schema';
import type { SourceDocument, SourceParagraph } from './source';

export interface TrendFile {
  file: string;
  data: TrendData;
  body: string;
}

const problem = (file: string, field: string, message: string) => `${file}: field "${field}": ${message}`;

/**
 * The components an article may use (src/components/mdx-components.ts) and the props each takes.
 * A figure is placed by its id in content/data/figures.yaml. tests/unit/validate.test.ts keeps
 * this list equal to the component map.
 */
export const ARTICLE_COMPONENTS: Record<string, readonly string[]> = {
  Original: [],
  Figure: ['id'],
};

/**
 * Words that point outside the sentence (它, 这个, 明年…): a summary is read alone (a card, a
 * meta description), where "明年" or "这个战场" no longer says which year or which market.
 */
const DEICTIC = ['它', '这个', '这一', '此', '该', '明年', '来年', '今年'];

/** The text of the one <Original>…</Original> block in an MDX body (undefined when not exactly one). */
function originalBlock(body: string): string | undefined {
  const blocks = [...body.replace(/\r\n/g, '\n').matchAll(/<Original>([\s\S]*?)<\/Original>/g)];
  return blocks.length === 1 ? blocks[0][1].trim() : undefined;
}

/** Where two strings first differ, for messages: 'at character 37 (after "统计"): expected "约6.5…", got "6.5…"'. */
function firstDifference(expected: string, got: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === got[i]) i++;
  const show = (s: string) => (i < s.length ? `"${s.slice(i, i + 12)}${s.length > i + 12 ? '…' : ''}"` : 'the end');
  return `at character ${i + 1} (after "${expected.slice(Math.max(0, i - 8), i)}"): expected ${show(expected)}, got ${show(got)}`;
}

export interface TrendContext {
  /** Every datum (content/data/numbers.yaml), for keyFigure ids and numbers in key points. */
  data?: readonly Datum[];
}

/** Returns every problem found (empty when the collection is sound). */
export function validateTrends(files: TrendFile[], doc: SourceDocument, context: TrendContext = {}): string[] {
  const problems: string[] = [];
  // The seed decides how many trends there are.
  const count = doc.trends.size;
  const byOrder = Map.groupBy(files, (f) => f.data.order);
  const bySlug = Map.groupBy(files, (f) => f.data.slug);

  if (files.length > count) {
    problems.push(
      `content/trends: ${files.length} articles, expected exactly ${count} (the source has ${count} trends): ${files
        .map((f) => f.file)
        .join(', ')}`,
    );
  }
  for (const [order, same] of byOrder) {
    if (same.length > 1) {
      problems.push(
        problem(
          same.map((f) => f.file).join(' and '),
          'order',
          `${order} is used ${same.length} times; each of 1–${count} must be used once`,
        ),
      );
    }
  }
  for (const [slug, same] of bySlug) {
    if (same.length > 1) problems.push(problem(same.map((f) => f.file).join(' and '), 'slug', `"${slug}" is used more than once`));
  }
  for (let order = 1; order <= count; order++) {
    if (!byOrder.has(order)) {
      const heading = doc.trends.get(order)?.heading.text ?? `trend ${order}`;
      problems.push(`content/trends: missing trend ${order} ("${heading}"): no article has field "order": ${order}`);
    }
  }

  // A file whose order is shared would be compared with the wrong paragraph: report the
  // duplicate alone rather than a cascade of mismatches.
  for (const f of files) if (byOrder.get(f.data.order)?.length === 1) problems.push(...validateAgainstSource(f, doc, context));
  return problems;
}

function validateAgainstSource({ file, data, body }: TrendFile, doc: SourceDocument, context: TrendContext): string[] {
  const src = doc.trends.get(data.order);
  if (!src) return [problem(file, 'order', `the source has no trend ${data.order}`)];
  const out: string[] = [];
  const report = (field: string, message: string) => out.push(problem(file, field, message));
  const paragraph = src.body.text;

  if (trendHeading(data.order, data.title) !== src.heading.text) {
    report('title', `expected "${src.title}" (source line ${src.heading.line}), got "${data.title}"`);
  }
  if (data.sourceLine !== src.body.line) {
    report('sourceLine', `expected ${src.body.line} (trend ${data.order}'s paragraph), got ${data.sourceLine}`);
  }
  bodyProblems(body, paragraph, src.body.line).forEach((m) => report('body', m));

  const summaryProblem = clauseProblem(data.summary, paragraph);
  if (summaryProblem) report('summary', `${summaryProblem}, got "${data.summary}"`);
  const deictic = DEICTIC.find((w) => data.summary.includes(w));
  if (deictic) {
    report(
      'summary',
      `"${deictic}" points outside the clause, and the summary is read alone (cards, meta description): choose a clause that names what it is about, got "${data.summary}"`,
    );
  }
  const trendData = (context.data ?? []).filter((d) => d.trend === data.order);
  data.keyPoints.forEach((point, i) => {
    const clause = clauseProblem(point, paragraph);
    const found = clause ? [`${clause}, got "${point}"`] : numberInPointProblems(point, paragraph, trendData);
    found.forEach((m) => report(`keyPoints[${i}]`, m));
  });
  if (data.keyFigure !== undefined && context.data) {
    const datum = context.data.find((d) => d.id === data.keyFigure);
    if (!datum) {
      report('keyFigure', `no datum "${data.keyFigure}" in content/data/numbers.yaml (ids: ${context.data.map((d) => d.id).join(', ')})`);
    } else if (datum.trend !== data.order) {
      report('keyFigure', `datum "${datum.id}" belongs to trend ${datum.trend}, not ${data.order}`);
    }
  }
  data.topics.forEach((topic, i) => {
    if (!`${src.heading.text}\n${paragraph}`.includes(topic))
      report(`topics[${i}]`, `"${topic}" does not occur in the trend's heading or paragraph`);
  });
  const named = companiesNamedIn(paragraph);
  const missing = named.filter((c) => !data.companies.includes(c));
  const extra = data.companies.filter((c) => !named.includes(c));
  if (missing.length || extra.length) {
    report(
      'companies',
      `expected exactly the companies the paragraph names [${named.join(', ')}]` +
        (missing.length ? `; missing ${missing.join(', ')}` : '') +
        (extra.length ? `; not named in the paragraph: ${extra.join(', ')}` : ''),
    );
  }
  return out;
}

/**
 * What is wrong with the article body (field "body"): it holds exactly one <Original> block with
 * the source paragraph character for character (no added sentence, no MDX comment or markup
 * inside), and only the components the site provides, with only the props each takes.
 */
function bodyProblems(body: string, paragraph: string, line: number): string[] {
  const out: string[] = [];
  const original = originalBlock(body);
  if (original === undefined) {
    const count = [...body.matchAll(/<Original>/g)].length;
    out.push(`expected exactly one <Original>…</Original> block holding source line ${line}, found ${count}`);
  } else if (decodeHtml(original) !== paragraph) {
    // Character references are how MDX text writes a seed's "<" or "{" (&lt;, &#123;), so the
    // block is compared decoded; what MDX then renders is checked again in Original.astro.
    out.push(
      `the <Original> block must be the source paragraph (line ${line}) exactly, with nothing added or hidden inside; it differs ${firstDifference(paragraph, decodeHtml(original))}`,
    );
  }
  for (const [tag, name, attrs] of body.matchAll(/<([A-Za-z][\w.]*)([^>]*)>/g)) {
    const allowed = ARTICLE_COMPONENTS[name];
    if (!allowed) {
      out.push(
        `unknown component <${name}>: an article may use ${Object.keys(ARTICLE_COMPONENTS).join(', ')} (src/components/mdx-components.ts)`,
      );
      continue;
    }
    for (const [, prop] of attrs.matchAll(/([A-Za-z]\w*)\s*=\s*(?:\{[^}]*\}|"[^"]*"|'[^']*')/g)) {
      if (!allowed.includes(prop)) out.push(`<${name}> takes no prop "${prop}" (${tag})`);
    }
  }
  return out;
}

/**
 * A key point that states one of the trend's numbers keeps what the source gives with it: the
 * hedge written before it (约, 突破…), the period when the paragraph states it, and the research
 * body that measured it; "6.55万亿" alone would read as a full-year figure by the author.
 */
function numberInPointProblems(point: string, paragraph: string, data: readonly Datum[]): string[] {
  const out: string[] = [];
  for (const d of data) {
    if (d.derived) continue;
    const number = writtenNumber(d);
    const at = point.search(new RegExp(`(?<![\\d.])${number.replace('.', '\\.')}(?![\\d.])`));
    if (at < 0) continue;
    const hedge = hedgeBefore(d, paragraph)?.[0];
    if (hedge && !point.includes(`${hedge}${number}`))
      out.push(`states ${number} without the hedge the source writes before it ("${hedge}${number}")`);
    if (paragraph.includes(d.period) && !point.includes(d.period)) out.push(`states ${number} without its period "${d.period}"`);
    if (d.measuredBy !== '原文' && !point.includes(d.measuredBy)) out.push(`states ${number} without who measured it ("${d.measuredBy}")`);
  }
  return out;
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML serializer writes (&amp;, &lt;, &#34;, &#x27;). */
export function decodeHtml(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return NAMED_REFERENCES[ref] ?? whole;
  });
}

const sharedEnds = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a.at(-1 - j) === b.at(-1 - j)) j++;
  return i + j;
};

/**
 * Checks what an <Original> block renders (its HTML, as a reader gets it) against the seed's
 * paragraphs: one <p> of plain text equal to one of them, character for character. Returns the
 * paragraph it is (or is closest to) and, when it is not exact, what is wrong.
 */
export function renderedOriginalProblem(html: string, paragraphs: SourceParagraph[]): { paragraph: SourceParagraph; problem?: string } {
  const tags = [...html.matchAll(/<\/?([a-z][\w-]*)[^>]*>/gi)].map((m) => m[1].toLowerCase());
  const text = decodeHtml(html.replace(/<[^>]*>/g, '')).trim();
  const paragraph =
    paragraphs.find((p) => p.text === text) ?? [...paragraphs].sort((a, b) => sharedEnds(b.text, text) - sharedEnds(a.text, text))[0];
  const markup = tags.find((t) => t !== 'p');
  const where = `seeds/ line ${paragraph.line}`;
  const wrong = markup
    ? `the <Original> block renders markup (<${markup}>) where ${where} has plain text (write a "<" or "{" of the seed as &lt; or &#123;)`
    : tags.length !== 2
      ? `the <Original> block renders ${tags.length / 2} paragraphs; ${where} is one`
      : text !== paragraph.text
        ? `the <Original> block renders text that differs from ${where} ${firstDifference(paragraph.text, text)}`
        : undefined;
  return { paragraph, problem: wrong };
}

/**
 * In `astro dev` a content edit is re-checked by the loader (src/content.config.ts), which runs
 * beside the page renderer in the same process but cannot fail a request itself. It records what
 * it found here, and getTrends() (src/lib/trends.ts) throws it, so the page shows Astro's error
 * overlay instead of serving the broken content with status 200.
 */
const DEV_PROBLEMS = Symbol.for('ecommerce-trends.content-problems');
type ProblemRegistry = Map<string, string[]>;
const registry = (): ProblemRegistry => ((globalThis as Record<symbol, ProblemRegistry>)[DEV_PROBLEMS] ??= new Map());

/** Records (or, with an empty list, clears) a collection's problems found on a dev-mode change. */
export function recordContentProblems(collection: string, problems: string[]): void {
  registry().set(collection, problems);
}

/** Throws the content problems recorded in dev mode, if any. */
export function assertContentSound(): void {
  const problems = [...registry()].flatMap(([collection, list]) => list.map((p) => `${collection}: ${p}`));
  if (problems.length) throw new Error(`Content does not match seeds/:\n  - ${problems.join('\n  - ')}`);
}
