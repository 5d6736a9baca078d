/**
 * The figures in English: the words the kinds draw with (FigureWords, src/figures/kind.ts), taken
 * from the English views of the data (src/edition/english-numbers.ts), the names table and
 * data.yaml, and one English view of every figure, drawn by the same kind module as the Chinese
 * one, so geometry and the uncertainty encoding are the same code. Pure.
 */
import type { MarkEnd, MarkFill } from '../charts/marks';
import type { FigureInput, FigureView, FigureWords } from '../figures/kind';
import { KINDS } from '../figures/registry';
import { h, type Child } from '../figures/tree';
import { tableCsv, type Column } from '../lib/csv';
import { HEDGE_WORDS, baseAmount, quoteMeaning } from '../lib/format';
import { capitalized } from '../lib/english-words';
import { cutAt, type Span } from '../lib/spans';
import { csvFile } from '../lib/urls';
import type { Figure } from './resolve';
import type { Datum } from './schema';
import { englishFacts, HEDGES_EN, type Names } from './translation';
import { useTranslations } from '../i18n/ui';
import { measuredByEn, type EnglishDatum } from './english-numbers';

const ui = useTranslations('en');

/** A figure in English: the Chinese figure it renders and its English view. */
export interface EnglishFigure {
  id: string;
  figure: Figure;
  view: FigureView;
  /** Path below the base of its English CSV. */
  csv: string;
}

/** A figure where an English page places it, numbered as the Chinese page numbers it. */
export interface EnglishPlacement {
  figure: EnglishFigure;
  number?: number;
}

/** The English hedges for the source's words of one meaning ("about", "nearly"), quoted, for the legend. */
function hedgesMeaning(meanings: readonly string[]): string {
  const words = HEDGE_WORDS.filter(([, hedge, status]) => status === 'reported' && meanings.includes(hedge)).flatMap(
    ([w]) => HEDGES_EN[w] ?? [],
  );
  return [...new Set(words)].map((w) => `“${w}”`).join(', ');
}

export const FILL_WORD_EN: Record<MarkFill, string> = {
  reported: 'The source’s number',
  forecast: 'The source’s estimate or forecast',
  derived: 'Calculated by this site',
};
export const END_WORD_EN: Record<MarkEnd, string> = {
  exact: '',
  approx: `Approximate (${hedgesMeaning(['about', 'nearly'])})`,
  lower: `Lower bound: at least this (${hedgesMeaning(['over'])})`,
  upper: 'Upper bound: below this',
};

// Axis ticks at three significant digits, in English scale words (2 trillion, 500 billion), as the
// Chinese ticks are in 万/亿/万亿.
const TICK = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });

/** English text cut so each number stays on one line with its hedge and unit ("about 6.55 trillion"). */
export function englishNumberRuns(text: string, names: Names): { text: string; keep: boolean }[] {
  const spans: Span[] = [];
  for (const fact of englishFacts(text, names)) {
    const start = text.lastIndexOf(fact.text, fact.at);
    // A number overlapping the one before it is left out, not joined to it as cutAt would join them.
    if (!fact.year && start >= (spans.at(-1)?.end ?? 0)) spans.push({ start, end: start + fact.text.length });
  }
  return cutAt(text, spans, (text, kept) => ({ text, keep: kept !== undefined }));
}

/** The datum CSV in English: the English label, value, period and source beside the source's own number, hedge and quote. */
function englishCsv(views: ReadonlyMap<string, EnglishDatum>) {
  const columns: Column<EnglishDatum>[] = [
    ['id', (v) => v.id],
    ['label', (v) => v.label],
    ['value_as_written', (v) => v.value],
    ['value', (v) => v.datum.value],
    ['magnitude', (v) => v.datum.magnitude],
    ['unit_added_by_site', (v) => v.addedUnit],
    ['value_in_units', (v) => baseAmount(v.datum)],
    ['qualifier', (v) => v.datum.qualifier],
    ['hedge', (v) => v.hedge],
    ['status', (v) => (v.datum.derived ? 'derived' : quoteMeaning(v.datum.qualifier).status)],
    ['period', (v) => v.when],
    ['measured_by', (v) => v.by],
    ['derived_formula', (v) => v.derived?.formula],
    ['derived_bound', (v) => v.datum.derived?.bound],
    ['quote', (v) => v.datum.quote],
  ];
  const byId = (d: Datum) => views.get(d.id)!;
  return (data: Datum[]) => tableCsv(columns, data.map(byId));
}

/** The words the English figures are drawn with. */
export function englishFigureWords(views: ReadonlyMap<string, EnglishDatum>, names: Names): FigureWords {
  const v = (d: Datum) => {
    const view = views.get(d.id);
    if (!view) throw new Error(`english figures: no English view of datum "${d.id}"`);
    return view;
  };
  const company = new Map(names.names.filter((n) => n.kind === 'company').flatMap((n) => n.zh.map((zh) => [zh, n.en] as const)));
  const rowLabel = (d: Datum, withLabel = true) => {
    const period = [v(d).short, d.derived ? 'calculated' : ''].filter(Boolean).join(', ');
    return withLabel ? (period ? `${v(d).label} (${period})` : v(d).label) : period;
  };
  return {
    lang: 'en',
    label: (d) => v(d).label,
    period: (d) => v(d).when,
    value: (d) => v(d).value,
    attribution: (d) => capitalized(v(d).by),
    rowLabel,
    growth: (rate) => `, up ${v(rate).value} year on year`,
    derivedNote: (d) => `${v(d).label}, ${v(d).when}: calculated by this site, ${v(d).derived!.formula}. ${v(d).derived!.note}`,
    tick: (unit) => (unit === '%' ? (x) => `${x}%` : (x) => TICK.format(x)),
    who: (measuredBy) =>
      measuredBy === '原文' ? ui.t('figure.whoAuthor') : ui.t('figure.whoBody', { body: measuredByEn(measuredBy, names) }),
    company: (name) => company.get(name) ?? name,
    keep: (text): Child[] => englishNumberRuns(text, names).map((r) => (r.keep ? h('span', { class: 'nowrap' }, r.text) : r.text)),
    fill: FILL_WORD_EN,
    end: END_WORD_EN,
    table: { item: 'Item', value: 'Value and source' },
    csv: englishCsv(views),
  };
}

/** The English view of each figure: its FigureInput with the English title and notes (data.yaml), drawn in English words. */
export function englishFigures(
  figures: ReadonlyMap<string, Figure>,
  input: (figure: Figure) => FigureInput,
  text: Readonly<Record<string, { title?: string; notes: string[] }>>,
  words: FigureWords,
): Map<string, EnglishFigure> {
  const out = new Map<string, EnglishFigure>();
  for (const [id, figure] of figures) {
    const base = input(figure);
    const entry = { ...base.entry, title: text[id]?.title, notes: text[id]?.notes ?? [] };
    out.set(id, { id, figure, view: KINDS[figure.entry.kind].view({ ...base, entry }, words), csv: `en/${csvFile(id)}` });
  }
  return out;
}
