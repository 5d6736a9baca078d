/**
 * On arrival from a search result (`?hl=…`), marks the searched words in the article, as whole
 * words, and brings the first into view when the URL has no #anchor of its own. The parameter
 * carries the words already normalised (阿里 for "Alibaba", 京东 for "京東"), so only width and
 * case are folded here.
 */
import { highlightRuns, queryTerms } from '../../lib/search';
import { appendRuns } from './render';

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
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const runs = highlightRuns(node.data, terms);
    if (!runs.some((r) => r.hit)) continue;
    const holder = appendRuns(document.createElement('span'), runs);
    for (const mark of holder.querySelectorAll('mark')) mark.className = 'search-hit';
    node.replaceWith(...holder.childNodes);
  }
  if (!location.hash) document.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
