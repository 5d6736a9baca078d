/**
 * Parsing the source document. `seeds/` is the single source of truth: every word and number
 * on the site is checked against (or rendered from) this text. Pure, so tests outside Vite can
 * parse the seed themselves; the resolver (src/edition/resolve.ts) parses it once for the edition.
 */
import { fromChineseNumeral } from './numerals.ts';

export const SEED_PATH = 'seeds/000_0bcd0836c099145f.txt';

type ParagraphKind = 'title' | 'intro' | 'heading' | 'body';

export interface SourceParagraph {
  /** 1-based line number in the seed file; the stable anchor is derived from it. */
  line: number;
  /** The anchor on /source/ (`p6` for line 6). */
  anchor: string;
  kind: ParagraphKind;
  text: string;
  /** For trend headings and bodies: the trend's order, 1 to the number of headings. */
  trend?: number;
  /**
   * For prose (the intro and the trend bodies): its number among the document's paragraphs, as a
   * reader counts them (第1段 is the intro); titles and headings are not paragraphs.
   */
  number?: number;
}

export interface SourceDocument {
  raw: string;
  title: string;
  intro: SourceParagraph;
  paragraphs: SourceParagraph[];
  /** Trend headings and bodies keyed by order. */
  trends: Map<number, { heading: SourceParagraph; body: SourceParagraph; numeral: string; title: string }>;
}

// A heading is a Chinese numeral and 、; how many there are is the seed's to say (src/lib/numerals.ts reads them).
const HEADING = /^([零一二三四五六七八九十百千万]+)、(.+)$/;

/**
 * Parses the seed's line structure: title, intro, then numbered heading/body pairs (一、二 … in
 * order). The seed is plain text: a UTF-8 byte-order mark is an encoding artefact, not part of
 * the title, so it is dropped; every other character is kept and rendered as text (Astro escapes
 * {text}).
 */
export function parseSource(text: string): SourceDocument {
  const raw = text.replace(/^\uFEFF/, '');
  const lines = raw.split(/\r?\n/);
  const paragraphs: SourceParagraph[] = [];
  const trends: SourceDocument['trends'] = new Map();
  let current: { numeral: string; title: string; heading: SourceParagraph; order: number } | undefined;

  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    const base = { line, anchor: `p${line}`, text };
    const heading = HEADING.exec(text);
    let paragraph: SourceParagraph;
    if (line === 1) paragraph = { ...base, kind: 'title' };
    else if (heading) {
      const [, numeral, title] = heading;
      const order = fromChineseNumeral(numeral);
      const expected = (current?.order ?? 0) + 1;
      if (order !== expected) throw new Error(`${SEED_PATH}:${line}: heading "${text}" is numbered ${order}, expected ${expected}`);
      paragraph = { ...base, kind: 'heading', trend: order };
      current = { numeral, title, heading: paragraph, order };
    } else if (current) {
      paragraph = { ...base, kind: 'body', trend: current.order };
      if (trends.has(current.order)) {
        throw new Error(`${SEED_PATH}:${line}: trend ${current.numeral} has more than one paragraph`);
      }
      trends.set(current.order, { heading: current.heading, body: paragraph, numeral: current.numeral, title: current.title });
    } else paragraph = { ...base, kind: 'intro' };
    paragraphs.push(paragraph);
  });

  let count = 0;
  for (const p of paragraphs) if (p.kind === 'intro' || p.kind === 'body') p.number = ++count;

  const intro = paragraphs.find((p) => p.kind === 'intro');
  if (!intro) throw new Error(`${SEED_PATH}: no opening paragraph before the first trend heading`);
  return { raw, title: paragraphs[0].text, intro, paragraphs, trends };
}
