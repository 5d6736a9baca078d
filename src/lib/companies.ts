/**
 * Finding companies in the source's text, given their spellings (content/data/companies.yaml): a
 * trend names a company exactly when one of its spellings occurs in the trend's paragraph
 * (阿里双十一 names 阿里巴巴 as "阿里"). Pure: the table is passed in.
 */
import { cutAt, findAll } from './spans';

interface Spelled {
  spellings: readonly string[];
}

/** The companies (in the order given) one of whose spellings occurs in `text`. */
export function companiesNamedIn<C extends Spelled>(text: string, companies: readonly C[]): C[] {
  return companies.filter((c) => c.spellings.some((s) => text.includes(s)));
}

/** A run of a sentence: plain text, or one of a company's spellings as the source writes it. */
export interface SentencePart {
  text: string;
  spelling?: boolean;
}

/**
 * Sentences of one paragraph: each ends at 。！？ (or the half-width ! ? the source also uses);
 * a trailing fragment without a stop is a sentence too. Semicolons join clauses, not sentences.
 */
export function sentences(paragraph: string): string[] {
  return (paragraph.match(/[^。！？!?]+[。！？!?]*/g) ?? []).filter((s) => s.trim() !== '');
}

/** `text` split around the spellings, the longest first (阿里巴巴 before 阿里). */
export function markSpellings(text: string, spellings: readonly string[]): SentencePart[] {
  return cutAt(text, findAll(text, spellings), (text, spelling) => (spelling ? { text, spelling: true } : { text }));
}

/** Every sentence of the given paragraphs naming one of the spellings, grouped by paragraph (those without one left out). */
export function sentencesNaming<P extends { text: string }>(paragraphs: readonly P[], spellings: readonly string[]) {
  return paragraphs
    .map((paragraph) => ({
      paragraph,
      sentences: sentences(paragraph.text)
        .filter((s) => spellings.some((sp) => s.includes(sp)))
        .map((text) => ({ text, parts: markSpellings(text, spellings) })),
    }))
    .filter((g) => g.sentences.length > 0);
}

/** The spellings that occur in `text`, in the order given ("阿里巴巴", "阿里"). */
export function spellingsUsed(text: string, spellings: readonly string[]): string[] {
  const found = new Set(markSpellings(text, spellings).flatMap((p) => (p.spelling ? [p.text] : [])));
  return spellings.filter((s) => found.has(s));
}
