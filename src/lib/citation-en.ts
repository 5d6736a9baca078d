/**
 * Citing a page of the English edition: an English reference (the translation named as such, its
 * title in English and in Chinese), the GB/T 7714—2015 form beside it (for Chinese readers and
 * journals; an unknown author in a Western-language resource is "Anon.", as 佚名 is in Chinese),
 * CSL-JSON and citation_* meta tags, as src/lib/citation.ts does for the Chinese pages. Pure: the
 * page supplies the data.
 */
import type { CitationData } from './citation';
import { englishDate } from './english-words';

const UNKNOWN_AUTHOR = 'Anon.';

export interface EnglishCitationData extends CitationData {
  /** The cited page's title in the source's Chinese: "2014年电商行业十大趋势：二、移动电商走向成熟". */
  original: string;
}

/**
 * The English reference: Anon. “Title” [Chinese title]. Translated by this site. In <edition>,
 * edition of <date>. URL. The original names no author and no date, so neither is given.
 */
export function englishReference(c: EnglishCitationData): string {
  return `${UNKNOWN_AUTHOR} “${c.title}” [${c.original}]. English translation. In ${c.container}, edition of ${englishDate(c.edition)}.${c.url ? ` ${c.url}.` : ''}`;
}

/** GB/T 7714—2015 electronic resource: Anon. Title[EB/OL]. (edition date)[citing date]. URL. */
export function gbt7714En(c: EnglishCitationData, cited = c.edition): string {
  return `${UNKNOWN_AUTHOR} ${c.title}[EB/OL]. (${c.edition})[${cited}].${c.url ? ` ${c.url}.` : ''}`;
}

/** CSL-JSON for citation managers: an English webpage, its Chinese title as the original's, this site as translator. */
export function cslJsonEn(c: EnglishCitationData, id: string): object[] {
  return [
    {
      id,
      type: 'webpage',
      title: c.title,
      'original-title': c.original,
      'container-title': c.container,
      language: 'en',
      translator: [{ literal: c.container }],
      issued: { 'date-parts': [c.edition.split('-').map(Number)] },
      ...(c.url ? { URL: c.url } : {}),
      note: c.note,
    },
  ];
}

/** citation_* meta tags as [name, content] pairs; no author tag, since the source names none. */
export function citationMetaEn(c: EnglishCitationData): [string, string][] {
  return [
    ['citation_title', c.title],
    ['citation_publisher', c.container],
    ['citation_date', c.edition.replaceAll('-', '/')],
    ['citation_language', 'en'],
    ...(c.url ? ([['citation_public_url', c.url]] as [string, string][]) : []),
  ];
}
