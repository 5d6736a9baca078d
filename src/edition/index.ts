/**
 * The edition as pages get it: the files the content loader stored (src/content.config.ts),
 * resolved once per version of them. In a build that is once; in `astro dev` again after each
 * edit, so a page always shows the content as it is, or the error that stops it.
 */
import { getEntry } from 'astro:content';
import { BUILD } from '../build/site';
import { resolveEdition, type Edition, type EditionFiles } from './resolve';

let resolved: { digest: string; edition: Edition } | undefined;

export async function getEdition(): Promise<Edition> {
  const entry = await getEntry('edition', 'files');
  if (!entry) throw new Error('the content loader stored no edition (src/content.config.ts)');
  const data = entry.data as EditionFiles | { error: string };
  // A dev edit the loader could not resolve: the page shows what is wrong (Astro's error overlay).
  if ('error' in data) throw new Error(data.error);
  const digest = String(entry.digest ?? '');
  if (resolved?.digest !== digest) resolved = { digest, edition: resolveEdition(data, BUILD) };
  return resolved.edition;
}

export type { Company, Edition, Figure, Placement, Trend } from './resolve';
export type { EnglishCompany, EnglishEdition, EnglishParagraph, EnglishProduct, EnglishTrend } from './english';
export type { EnglishDatum } from './english-numbers';
export type { EnglishFigure, EnglishPlacement } from './english-figures';
export type { EnglishFinding } from './english-findings';
export type { EnglishPageRecord } from './english-pages';
