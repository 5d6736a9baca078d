/**
 * The articles against the source: one per trend the seed numbers, and editorial fields that are
 * the source's own words (whole clauses), keep what the source gives with a number, and point at
 * data of their own trend. Each problem names the file, the field and what was expected.
 */
import { clauseProblem } from '../lib/clauses';
import type { SourceDocument } from '../lib/source';
import type { Span } from '../lib/spans';
import { hedgeBefore, numberAt, writtenNumber } from './numbers';
import { shown } from './shown';
import type { Datum, TrendData } from './schema';

export interface ArticleFile {
  file: string;
  data: TrendData;
  /** Line of each frontmatter field, for messages. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * Words that point outside the sentence (它, 这个, 明年…): a summary is read alone (a card, a
 * meta description), where "明年" or "这个战场" no longer says which year or which market.
 */
const DEICTIC = ['它', '这个', '这一', '此', '该', '明年', '来年', '今年'];

/** Problems with the set of articles as a whole: one per trend, each order and slug once. */
export function articleSetProblems(files: readonly ArticleFile[], doc: SourceDocument): string[] {
  const out: string[] = [];
  const count = doc.trends.size;
  const byOrder = Map.groupBy(files, (f) => f.data.order);
  for (const [order, same] of byOrder) {
    if (same.length > 1)
      out.push(
        `${same.map((f) => `${f.file}:${f.lineOf(['order'])}`).join(' and ')}: field "order": ${order} is used ${same.length} times; each of 1–${count} must be used once`,
      );
    else if (!doc.trends.has(order))
      out.push(`${same[0].file}:${same[0].lineOf(['order'])}: field "order": the source has no trend ${order} (it has ${count})`);
  }
  for (const [slug, same] of Map.groupBy(files, (f) => f.data.slug))
    if (same.length > 1) out.push(`${same.map((f) => f.file).join(' and ')}: field "slug": "${slug}" is used more than once`);
  for (const [order, t] of doc.trends)
    if (!byOrder.has(order))
      out.push(`content/trends: missing trend ${order} ("${t.heading.text}"): no article has field "order": ${order}`);
  return out;
}

/** At most this share of a paragraph is marked as 要点: a mark singles out the claim, it does not restate the paragraph. */
export const MAX_MARKED = 0.3;
/** A summary holding this much of the title's bigrams says the title again ("2014年，移动电商会走向成熟" under 移动电商走向成熟). */
const SUMMARY_REPEATS = 0.75;

/** The share of `a`'s character bigrams that also occur in `b`. */
function bigramShare(a: string, b: string): number {
  const grams = (t: string) => [...t].slice(0, -1).map((c, i) => c + [...t][i + 1]);
  const own = grams(a);
  const theirs = new Set(grams(b));
  return own.length ? own.filter((g) => theirs.has(g)).length / own.length : 0;
}

const everywhere = new WeakMap<SourceDocument, Map<string, boolean>>();
/** Whether every trend's heading or paragraph holds `topic` (once per topic, however many articles list it). */
function inEveryTrend(doc: SourceDocument, topic: string): boolean {
  const known = everywhere.get(doc) ?? everywhere.set(doc, new Map()).get(doc)!;
  if (!known.has(topic))
    known.set(topic, doc.trends.size > 1 && [...doc.trends.values()].every((t) => `${t.heading.text}\n${t.body.text}`.includes(topic)));
  return known.get(topic)!;
}

/**
 * Problems with one article's fields against its trend's heading and paragraph. `numbers` are the data without a problem of their own (undefined when numbers.yaml did not parse:
 * then no datum id is checked); `faulty` the ids of those with one, reported on numbers.yaml.
 */
export function articleProblems(
  { file, data, lineOf }: ArticleFile,
  doc: SourceDocument,
  numbers: readonly Datum[] | undefined,
  faulty: ReadonlySet<string> = new Set(),
): string[] {
  const src = doc.trends.get(data.order);
  if (!src) return [];
  const out: string[] = [];
  const report = (path: PropertyKey[], message: string) =>
    out.push(`${file}:${lineOf(path)}: field "${path.join('.').replace(/\.(\d+)/g, '[$1]')}": ${message}`);
  const paragraph = src.body.text;

  const summary = clauseProblem(data.summary, paragraph);
  if (summary) report(['summary'], `${summary}, got "${shown(data.summary)}"`);
  const deictic = DEICTIC.find((w) => data.summary.includes(w));
  if (deictic)
    report(
      ['summary'],
      `"${deictic}" points outside the clause, and the summary is read alone (cards, meta description): choose a clause that names what it is about, got "${data.summary}"`,
    );

  if (bigramShare(src.title, data.summary) >= SUMMARY_REPEATS)
    report(['summary'], `repeats the title "${src.title}": a standfirst says something the heading does not, got "${shown(data.summary)}"`);
  if (data.keyPoints.some((p) => p.includes(data.summary) || data.summary.includes(p)))
    report(['summary'], 'is also a key point: the standfirst and the marked clause would say the same thing twice on the page');
  const { spans, problem: overlap } = keySpans(data.keyPoints, paragraph);
  if (overlap) report(['keyPoints'], overlap);
  const share = spans.reduce((n, s) => n + s.end - s.start, 0) / paragraph.length;
  if (share > MAX_MARKED)
    report(
      ['keyPoints'],
      `mark ${Math.round(share * 100)}% of the paragraph: at most ${MAX_MARKED * 100}%, the one or two clauses that carry the trend's claim`,
    );

  const own = (numbers ?? []).filter((d) => d.trend === data.order);
  data.keyPoints.forEach((point, i) => {
    const clause = clauseProblem(point, paragraph);
    if (clause) report(['keyPoints', i], `${clause}, got "${shown(point)}"`);
    else if (data.keyPoints.indexOf(point) !== i) report(['keyPoints', i], `"${point}" is listed twice`);
    else for (const m of numberInPointProblems(point, paragraph, own)) report(['keyPoints', i], m);
  });
  if (data.keyFigure !== undefined && numbers && !faulty.has(data.keyFigure)) {
    const datum = numbers.find((d) => d.id === data.keyFigure);
    if (!datum)
      report(
        ['keyFigure'],
        `no datum "${data.keyFigure}" in content/data/numbers.yaml (this trend's: ${own.map((d) => d.id).join(', ') || 'none'})`,
      );
    else if (datum.trend !== data.order) report(['keyFigure'], `datum "${datum.id}" belongs to trend ${datum.trend}, not ${data.order}`);
  }
  data.topics.forEach((topic, i) => {
    if (!`${src.heading.text}\n${paragraph}`.includes(topic))
      report(['topics', i], `"${shown(topic)}" does not occur in the trend's heading or paragraph`);
    else if (data.topics.indexOf(topic) !== i) report(['topics', i], `"${topic}" is listed twice`);
    else if ([...topic].length < 2) report(['topics', i], `"${topic}" is one character: a topic is a term of two or more`);
    else if (inEveryTrend(doc, topic))
      report(['topics', i], `"${topic}" occurs in every trend, so it relates them all and distinguishes none`);
  });
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
    if (numberAt(d, point) < 0) continue;
    const hedge = hedgeBefore(d, paragraph);
    if (hedge && !point.includes(`${hedge}${number}`))
      out.push(`states ${number} without the hedge the source writes before it ("${hedge}${number}")`);
    if (paragraph.includes(d.period) && !point.includes(d.period)) out.push(`states ${number} without its period "${d.period}"`);
    if (d.measuredBy !== '原文' && !point.includes(d.measuredBy)) out.push(`states ${number} without who measured it ("${d.measuredBy}")`);
  }
  return out;
}

/**
 * Where each key point stands in the paragraph (its first occurrence), in reading order: the page
 * marks these runs in place. Overlapping points are a problem, as a mark cannot cross another.
 */
export function keySpans(points: readonly string[], paragraph: string): { spans: Span[]; problem?: string } {
  const spans = points
    .map((point) => ({ start: paragraph.indexOf(point), end: paragraph.indexOf(point) + point.length, point }))
    .filter((s) => s.start >= 0)
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end)
      return { spans: [], problem: `"${spans[i - 1].point}" and "${spans[i].point}" overlap in the paragraph` };
  return { spans };
}
