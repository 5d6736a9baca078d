/**
 * The /search/ page: reads the query and filters from the URL, searches as the reader types, and
 * keeps the URL in step (capped in length), so every search can be shared or bookmarked.
 */
import { readSearchState, writeSearchState } from '../../lib/search';
import type { SearchHit } from './engine';
import { appendRuns, el, pageUi } from './render';

/** Results shown at first, and added by each "show more" press. */
const PAGE_SIZE = 20;

export function attachSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const results = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const count = form.querySelector<HTMLElement>('[data-filter-count]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  // The suggested queries the page was served with, offered again whenever nothing is shown.
  const suggestions = [...status.querySelectorAll('a')];
  let generation = 0;
  let limit = PAGE_SIZE;
  const ui = pageUi();
  form.hidden = false;
  status.hidden = false;

  // The form's fields are named as the URL's parameters: its data is the search state.
  const fromForm = () => readSearchState(new URLSearchParams([...new FormData(form)] as string[][]));
  const showCount = () => {
    const n = boxes.filter((b) => b.checked).length;
    count.textContent = n ? ui.t('search.selected', { n }) : '';
  };
  const suggest = (lead: string) => {
    status.replaceChildren(lead);
    suggestions.forEach((a, i) => status.append(a.cloneNode(true), i < suggestions.length - 1 ? ui.t('list.enum') : ui.t('list.stop')));
  };
  const item = (hit: SearchHit) => {
    const a = el('a', 'search-result__link', hit.title);
    a.href = hit.href;
    const excerpt = appendRuns(el('p', 'search-result__excerpt'), hit.excerpt);
    const tags = el('p', 'search-result__tags', ui.t('search.tags', { topics: hit.topics.join(ui.t('list.enum')) }));
    return el('li', 'search-result', el('h2', 'search-result__title', a), excerpt, tags);
  };

  const run = async () => {
    const state = fromForm();
    const mine = ++generation;
    const filtered = state.topic.length + state.company.length > 0;
    if (!state.q.trim() && !filtered) {
      results.replaceChildren();
      more.hidden = true;
      suggest(ui.t('search.start'));
      results.dataset.state = 'idle';
      return;
    }
    // data-state lets tests and the benchmark wait for this search, not a stale one.
    results.dataset.state = 'busy';
    try {
      // Loaded on the first search, so opening /search/ without a query fetches no search code.
      const { search } = await import('./engine');
      const { hits, total } = await search(form.action, state.q, state, limit);
      if (mine !== generation) return;
      results.replaceChildren(...hits.map(item));
      more.hidden = total <= hits.length;
      // A search by filters alone says which ones: "企业“百度”", not "所选条件".
      const chosen = ui.list([
        ...state.topic.map((topic) => ui.t('search.chosenTopic', { topic })),
        ...state.company.map((company) => ui.t('search.chosenCompany', { company })),
      ]);
      const about = state.q.trim() ? ui.t('search.quoted', { query: state.q.trim() }) : chosen;
      if (total)
        status.textContent = ui.plural('search.results', total, { about, n: total, filtered: filtered ? ui.t('search.filtered') : '' });
      else suggest(ui.t('search.noResults', { about, filtered: filtered ? ui.t('search.noResultsFiltered') : '' }));
      results.dataset.state = 'done';
    } catch {
      if (mine !== generation) return;
      results.replaceChildren();
      more.hidden = true;
      status.textContent = ui.t('search.pageFailed');
      results.dataset.state = 'error';
    }
  };

  const update = (mode: 'push' | 'replace') => {
    limit = PAGE_SIZE;
    showCount();
    const next = `${location.pathname}${writeSearchState(fromForm())}`;
    if (next !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', next);
    void run();
  };

  // No debounce: see combobox.ts. Each keystroke searches; an older search never overwrites a newer one.
  input.addEventListener('input', () => update('replace'));
  form.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'checkbox') update('push');
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update('push');
  });
  more.addEventListener('click', () => {
    limit += PAGE_SIZE;
    void run();
  });
  // On arrival and on back/forward, the form shows what the URL says, and searches it.
  const fromUrl = () => {
    const state = readSearchState(new URLSearchParams(location.search));
    input.value = state.q;
    for (const b of boxes) b.checked = (b.name === 'topic' ? state.topic : state.company).includes(b.value);
    showCount();
    void run();
  };
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
