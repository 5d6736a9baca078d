/**
 * What English search should find, worked out from the translation files (content/translations/en/)
 * and the seed with this module's own folding, never from src/'s normaliser: case, every punctuation
 * mark but % a space (so hyphens and both apostrophes), and a name finds every trend naming it in
 * either language. Shared by the engine's unit test and the browser's precision spec.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { NAMES_FILE, TRANSLATION_FILE, namesSchema, translationSchema } from '../../src/edition/translation';
import { ROOT, source } from './edition';

const read = (file: string): unknown => parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
export const translation = translationSchema.parse(read(TRANSLATION_FILE));
export const names = namesSchema.parse(read(NAMES_FILE));

/** NFKC, lower case, every punctuation mark but % a space. */
export const foldEn = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{P}/gu, (c) => (c === '%' ? c : ' '));

/** Each trend's text as the English page holds it: the English heading and paragraph, and the Chinese. */
export const englishTexts = translation.trends.map((t) => ({
  order: t.order,
  text: foldEn([t.heading, t.paragraph, source.trends.get(t.order)!.heading.text, source.trends.get(t.order)!.body.text].join('\n')),
}));

/** The trends holding every word (a word given as a list: any of its forms), in order. */
export function expectedEnglish(words: (string | readonly string[])[]): number[] {
  return englishTexts
    .filter(({ text }) => words.every((w) => [w].flat().some((form) => text.includes(foldEn(form).trim()))))
    .map((t) => t.order)
    .sort((a, b) => a - b);
}

/** A name's English form and every Chinese spelling, from names.yaml ("JD" → JD.com, 京东). */
export const nameForms = (en: string) => {
  const entry = names.names.find((n) => n.en === en || n.variants.includes(en));
  if (!entry) throw new Error(`${NAMES_FILE}: no name "${en}"`);
  return [entry.en, ...entry.zh];
};
