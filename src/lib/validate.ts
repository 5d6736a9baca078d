/**
 * Whole-collection checks that a per-file schema cannot express: one article per trend of the seed,
 * headings and paragraphs identical to the source, editorial fields derivable from it.
 * Each problem names the file and the field so a broken article is fixed in one look.
 */
import { companiesNamedIn } from './companies';
import { trendHeading } from './numerals';
import type { TrendData } from './schema';
import type { SourceDocument } from './source';

export interface TrendFile {
  file: string;
  data: TrendData;
  body: string;
}

const problem = (file: string, field: string, message: string) => `${file}: field "${field}": ${message}`;

/** Returns every problem found (empty when the collection is sound). */
export function validateTrends(files: TrendFile[], doc: SourceDocument): string[] {
  const problems: string[] = [];
  // The seed decides how many trends there are.
  const count = doc.trends.size;
  const byOrder = new Map<number, TrendFile[]>();
  const bySlug = new Map<string, TrendFile[]>();
  for (const f of files) {
    byOrder.set(f.data.order, [...(byOrder.get(f.data.order) ?? []), f]);
    bySlug.set(f.data.slug, [...(bySlug.get(f.data.slug) ?? []), f]);
  }

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
  for (const f of files) if (byOrder.get(f.data.order)?.length === 1) problems.push(...validateAgainstSource(f, doc));
  return problems;
}

function validateAgainstSource({ file, data, body }: TrendFile, doc: SourceDocument): string[] {
  const src = doc.trends.get(data.order);
  if (!src) return [problem(file, 'order', `the source has no trend ${data.order}`)];
  const out: string[] = [];
  const paragraph = src.body.text;
  const headingText = trendHeading(data.order, data.title);

  if (headingText !== src.heading.text) {
    out.push(problem(file, 'title', `expected "${src.title}" (source line ${src.heading.line}), got "${data.title}"`));
  }
  if (data.sourceLine !== src.body.line) {
    out.push(problem(file, 'sourceLine', `expected ${src.body.line} (trend ${data.order}'s paragraph), got ${data.sourceLine}`));
  }
  if (!body.replace(/\r\n/g, '\n').includes(paragraph)) {
    out.push(problem(file, 'body', `must contain the source paragraph (line ${src.body.line}) unchanged inside <Original>`));
  }
  if (!paragraph.includes(data.summary)) {
    out.push(problem(file, 'summary', `expected a verbatim clause of the paragraph, got "${data.summary}"`));
  }
  data.keyPoints.forEach((point, i) => {
    if (!paragraph.includes(point))
      out.push(problem(file, `keyPoints[${i}]`, `expected a verbatim clause of the paragraph, got "${point}"`));
  });
  data.topics.forEach((topic, i) => {
    if (!`${src.heading.text}\n${paragraph}`.includes(topic)) {
      out.push(problem(file, `topics[${i}]`, `"${topic}" does not occur in the trend's heading or paragraph`));
    }
  });
  const named = companiesNamedIn(paragraph);
  const missing = named.filter((c) => !data.companies.includes(c));
  const extra = data.companies.filter((c) => !named.includes(c));
  if (missing.length || extra.length) {
    out.push(
      problem(
        file,
        'companies',
        `expected exactly the companies the paragraph names [${named.join(', ')}]` +
          (missing.length ? `; missing ${missing.join(', ')}` : '') +
          (extra.length ? `; not named in the paragraph: ${extra.join(', ')}` : ''),
      ),
    );
  }
  return out;
}
