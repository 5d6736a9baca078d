/**
 * On arrival from a search result (`?hl=…`), marks the searched words in the article, as whole
 * words, and brings the first into view when the URL has no #anchor of its own. The parameter
 * carries the words already normalised (阿里 for "Alibaba", 京东 for "京東"), so only width and
 * case are folded here.
 */
import { highlightAcross, queryTerms } from '../../lib/search';
import { appendRuns } from './render';

/** Elements whose text reads as one line of prose: a word never runs from one into the next. */
const BLOCK = 'p, li, h1, h2, h3, h4, figcaption, blockquote, td, th, dt, dd, caption, summary';

export function highlightArticle(query: string): void {
  const terms = queryTerms(query);
  const body = document.querySelector('[data-search-body]');
  if (!body || terms.length === 0) return;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    // Its own marks only: a key clause (mark.key-clause) is text to search like any other.
    acceptNode: (n) =>
      n.parentElement?.closest('[data-search-ignore], script, style, mark.search-hit')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  // A word may run across inline elements (a key clause's <mark>, a number kept on one line), so
  // each block's text nodes are searched as one text and every node is cut at the hits it holds.
  const blocks: Text[][] = [];
  let block: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const holder = n.parentElement!.closest(BLOCK);
    if (holder !== block || blocks.length === 0) blocks.push([]);
    block = holder;
    blocks.at(-1)!.push(n as Text);
  }
  for (const nodes of blocks) {
    highlightAcross(
      nodes.map((n) => n.data),
      terms,
    ).forEach((runs, i) => {
      if (!runs.some((r) => r.hit)) return;
      const holder = appendRuns(document.createElement('span'), runs);
      for (const mark of holder.querySelectorAll('mark')) mark.className = 'search-hit';
      nodes[i].replaceWith(...holder.childNodes);
    });
  }
  if (!location.hash) document.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
