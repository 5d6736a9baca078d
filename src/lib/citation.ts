/**
 * Citing a page of this site: a GB/T 7714—2015 reference (the format Chinese readers are asked
 * for), CSL-JSON (what Zotero, Mendeley and pandoc import) and Highwire-style citation_* meta tags
 * (what Zotero and Google Scholar read from a page). A page of the English edition is cited as a
 * translation: its Chinese title as the original's, this site as translator, and an English
 * reference beside the GB/T one. Pure: the page supplies the data.
 *
 * The original names no author and no date. GB/T 7714—2015 (8.1.1) writes an unknown author as
 * “佚名” (“Anon.” in a Western-language resource); the date in round brackets is this site's edition
 * (the page's update date), the one in square brackets the citing date, which a reader replaces
 * with the day they read it.
 */
import { englishDate } from './english-words';

export interface CitationData {
  /** The cited page's title: "2014年电商行业十大趋势：二、移动电商走向成熟". */
  title: string;
  /** The publication the page belongs to. */
  container: string;
  /** The edition date, YYYY-MM-DD (this page's update date). */
  edition: string;
  /** The page's public URL; absent when the build has no SITE_URL (then no URL is printed). */
  url?: string;
  /** What the site infers about the original (its date), said wherever it is cited. */
  note: string;
  /** On an English page: the cited page's title in the source's Chinese. */
  original?: string;
}

export type EnglishCitationData = CitationData & { original: string };

const author = (c: CitationData) => (c.original === undefined ? '佚名.' : 'Anon.');
const urlPart = (c: CitationData) => (c.url ? ` ${c.url}.` : '');

/**
 * GB/T 7714—2015 electronic resource: 主要责任者. 题名[EB/OL]. (更新日期)[引用日期]. 获取和访问路径.
 * The citing date defaults to the edition date; the component asks readers to put theirs.
 */
export function gbt7714(c: CitationData, cited = c.edition): string {
  return `${author(c)} ${c.title}[EB/OL]. (${c.edition})[${cited}].${urlPart(c)}`;
}

/**
 * The English reference: Anon. “Title” [Chinese title]. English translation. In <edition>, edition
 * of <date>. URL. The original names no author and no date, so neither is given.
 */
export function englishReference(c: EnglishCitationData): string {
  return `${author(c)} “${c.title}” [${c.original}]. English translation. In ${c.container}, edition of ${englishDate(c.edition)}.${urlPart(c)}`;
}

/** The same reference as CSL-JSON (one item in an array, as citation managers expect). */
export function cslJson(c: CitationData, id: string): object[] {
  const translation = c.original === undefined ? {} : { 'original-title': c.original, translator: [{ literal: c.container }] };
  return [
    {
      id,
      type: 'webpage',
      title: c.title,
      ...translation,
      'container-title': c.container,
      language: c.original === undefined ? 'zh-CN' : 'en',
      // No author: the original names none (GB/T styles print 佚名 for that).
      issued: { 'date-parts': [c.edition.split('-').map(Number)] },
      ...(c.url ? { URL: c.url } : {}),
      note: c.note,
    },
  ];
}

/** citation_* meta tags as [name, content] pairs; no author tag, since the source names none. */
export function citationMeta(c: CitationData): [string, string][] {
  return [
    ['citation_title', c.title],
    ['citation_publisher', c.container],
    ['citation_date', c.edition.replaceAll('-', '/')],
    ['citation_language', c.original === undefined ? 'zh' : 'en'],
    ...(c.url ? ([['citation_public_url', c.url]] as [string, string][]) : []),
  ];
}
