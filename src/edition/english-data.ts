/**
 * The checks on content/translations/en/data.yaml, the English of what the site writes from its
 * data. The Chinese is authoritative: every datum, figure, trend and topic has its English, and
 * nothing else does; each entry says what its Chinese says, number for number and name for name
 * (translationProblems, src/edition/translation.ts); every number, period and research body in a
 * figure's English title or note is one of the figure's data as the English pages write it; a
 * summary is a whole clause of its trend's English paragraph; a topic is written in every trend
 * that lists it. Each problem names file:line, the entry and what was expected. Pure.
 */
import type { Datum, EnglishData, FigureEntry } from './schema';
import { englishClaimProblems, englishPeriod, type EnglishDatum } from './english-numbers';
import { NAMES_FILE, TRANSLATION_FILE, translationProblems, type Names, type Translation } from './translation';

export const DATA_FILE = 'content/translations/en/data.yaml';

/** What the checks read: the file, the Chinese it translates, and the English views of the data. */
export interface EnglishDataContext {
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number;
  data: EnglishData;
  numbers: readonly Datum[];
  figures: readonly FigureEntry[];
  trends: readonly { order: number; slug: string; summary: string; topics: readonly string[] }[];
  translation: Translation;
  names: Names;
  views: ReadonlyMap<string, EnglishDatum>;
  /** content/data/edition.yaml dating.written. */
  written: string;
}

/**
 * Where an English clause may start and end in a paragraph: at its ends, or at the punctuation that
 * separates clauses (a clause after a comma may open with the conjunction English adds: "and").
 */
const CLAUSE_BEFORE = /(?:^|[.?!;:,—]\s+(?:(?:and|but|or|so|while|then)\s+)?)$/;
const CLAUSE_AFTER = /^(?:$|[.?!;:,]|\s+—)/;

/** Every problem of data.yaml, in the file's order: labels, figures, summaries, topics, chart periods, the date. */
export function englishDataProblems(c: EnglishDataContext): string[] {
  const { file, lineOf, data, names } = c;
  const out: string[] = [];
  const at = (path: PropertyKey[]) => `${file}:${lineOf(path)}`;
  const faithful = (path: PropertyKey[], entry: string, zh: string, en: string) =>
    out.push(...translationProblems({ file: at(path), where: entry, zh, en, data: [] }, names));
  const unknown = (section: string, keys: readonly string[], what: string, where: string) => {
    for (const key of Object.keys((data as unknown as Record<string, Record<string, unknown>>)[section]))
      if (!keys.includes(key))
        out.push(`${at([section, key])}: field "${section}.${key}": no ${what} "${key}" in ${where} (known: ${keys.join(', ')})`);
  };

  // Labels: one per datum, no number in it, a derived value's its amount's, saying what the Chinese label says.
  const ids = c.numbers.map((d) => d.id);
  unknown('labels', ids, 'datum', 'content/data/numbers.yaml');
  for (const d of c.numbers) {
    const label = data.labels[d.id];
    const field = `datum "${d.id}", field "labels.${d.id}"`;
    if (label === undefined) {
      out.push(`${at(['labels'])}: ${field}: missing: expected the English of "${d.label}"`);
      continue;
    }
    if (/\d/.test(label)) out.push(`${at(['labels', d.id])}: ${field}: a label names what is counted and holds no number, got "${label}"`);
    const amount = d.derived && data.labels[d.derived.inputs[0]];
    if (amount !== undefined && amount !== label)
      out.push(
        `${at(['labels', d.id])}: ${field}: expected "${amount}", the label of ${d.derived!.inputs[0]} (the same quantity a year earlier), got "${label}"`,
      );
    faithful(['labels', d.id], field, d.label, label);
    if (englishPeriod(d.period, names) === undefined)
      out.push(`${at(['labels', d.id])}: datum "${d.id}": the period ${d.period} has no English form in ${NAMES_FILE} (periods)`);
  }

  // Figures: a title where the Chinese has one (the matrix computes its own), as many notes, each checked against the figure's data.
  unknown(
    'figures',
    c.figures.map((f) => f.id),
    'figure',
    'content/data/figures.yaml',
  );
  for (const f of c.figures) {
    const en = data.figures[f.id];
    const field = (name: string) => `figure "${f.id}", field "figures.${f.id}${name}"`;
    if (!en) {
      out.push(
        `${at(['figures'])}: ${field('')}: missing: expected ${f.title ? `the English of its title "${f.title}"` : 'an entry'}${f.notes.length ? ` and of its ${f.notes.length} note(s)` : ''}`,
      );
      continue;
    }
    const views = f.data.flatMap((id) => c.views.get(id) ?? []);
    const claims = (path: PropertyKey[], name: string, text: string) =>
      englishClaimProblems(text, views, names).forEach((p) => out.push(`${at(path)}: ${field(name)}: ${p}`));
    if (f.title && en.title === undefined)
      out.push(`${at(['figures', f.id])}: ${field('.title')}: missing: expected the English of "${f.title}"`);
    else if (!f.title && en.title !== undefined)
      out.push(`${at(['figures', f.id, 'title'])}: ${field('.title')}: the ${f.kind} computes its own title: leave it out`);
    else if (f.title && en.title !== undefined) {
      faithful(['figures', f.id, 'title'], field('.title'), f.title, en.title);
      claims(['figures', f.id, 'title'], '.title', en.title);
    }
    if (en.notes.length !== f.notes.length)
      out.push(
        `${at(['figures', f.id])}: ${field('.notes')}: expected ${f.notes.length} note(s), the English of each of the Chinese (content/data/figures.yaml), got ${en.notes.length}`,
      );
    en.notes.forEach((note, i) => {
      if (f.notes[i] !== undefined) faithful(['figures', f.id, 'notes', i], field(`.notes[${i}]`), f.notes[i], note);
      claims(['figures', f.id, 'notes', i], `.notes[${i}]`, note);
    });
  }

  // Summaries: a whole clause of the trend's English paragraph, saying what the Chinese summary says.
  unknown(
    'summaries',
    c.trends.map((t) => t.slug),
    'trend',
    'content/trends/',
  );
  for (const t of c.trends) {
    const summary = data.summaries[t.slug];
    const field = `trend ${t.order}, field "summaries.${t.slug}"`;
    if (summary === undefined) {
      out.push(
        `${at(['summaries'])}: ${field}: missing: expected the clause of trend ${t.order}'s English paragraph that says "${t.summary}"`,
      );
      continue;
    }
    faithful(['summaries', t.slug], field, t.summary, summary);
    const paragraph = c.translation.trends.find((x) => x.order === t.order)?.paragraph ?? '';
    const where = paragraph.indexOf(summary);
    if (where < 0)
      out.push(
        `${at(['summaries', t.slug])}: ${field}: not in trend ${t.order}'s English paragraph (${TRANSLATION_FILE}): expected its words exactly, got "${summary}"`,
      );
    else if (!CLAUSE_BEFORE.test(paragraph.slice(0, where)) || !CLAUSE_AFTER.test(paragraph.slice(where + summary.length)))
      out.push(
        `${at(['summaries', t.slug])}: ${field}: expected a whole clause of trend ${t.order}'s English paragraph (from one comma, semicolon or stop to the next), got "${summary}"`,
      );
  }

  // Topics: each topic the articles use, written in the English of every trend listing it.
  const topics = [...new Set(c.trends.flatMap((t) => t.topics))];
  unknown('topics', topics, 'topic', 'content/trends/ (topics)');
  for (const zh of topics) {
    const en = data.topics[zh];
    const field = `topic "${zh}", field "topics.${zh}"`;
    if (en === undefined) {
      out.push(`${at(['topics'])}: ${field}: missing: expected its English, as the English of trend(s) ${trendsOf(c, zh)} writes it`);
      continue;
    }
    faithful(['topics', zh], field, zh, en);
    for (const t of c.trends.filter((x) => x.topics.includes(zh))) {
      const english = c.translation.trends.find((x) => x.order === t.order);
      const text = `${english?.heading ?? ''}\n${english?.paragraph ?? ''}`.toLowerCase();
      if (!text.includes(en.toLowerCase()))
        out.push(
          `${at(['topics', zh])}: ${field}: trend ${t.order} lists it, but its English (${TRANSLATION_FILE}) does not write "${en}"`,
        );
    }
  }

  // Chart periods: a period the data have, shortened, with its year.
  const periods = new Set(c.numbers.map((d) => d.period));
  for (const [zh, en] of Object.entries(data.chartPeriods)) {
    const field = `field "chartPeriods.${zh}"`;
    if (!periods.has(zh))
      out.push(`${at(['chartPeriods', zh])}: ${field}: no datum has the period ${zh} (they have ${[...periods].join('、')})`);
    const years = (s: string) => (s.match(/\d{4}/g) ?? []).join(', ');
    if (years(zh) !== years(en))
      out.push(`${at(['chartPeriods', zh])}: ${field}: expected the year(s) of ${zh} (${years(zh) || 'none'}), got "${en}"`);
  }

  faithful(['written'], 'field "written"', c.written, data.written);
  return out;
}

const trendsOf = (c: EnglishDataContext, topic: string) =>
  c.trends
    .filter((t) => t.topics.includes(topic))
    .map((t) => t.order)
    .join(', ');
