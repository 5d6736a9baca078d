/**
 * The header search box as an ARIA combobox: type to search, ↑/↓ to move through the listbox,
 * Enter to open the active result (or the full /search/ page), Esc to close then to clear.
 * Focus stays in the input throughout; the active option is conveyed by aria-activedescendant.
 */
import { writeSearchState } from '../../lib/search';
import { loadIndex, search, type SearchHit } from './engine';
import { appendRuns, el, pageUi } from './render';

/** How many results the header box lists before pointing to the full page. */
const MAX_OPTIONS = 6;
// No typing debounce: after the first query a search is a few milliseconds of work on shards
// already fetched (at most one small new shard), and a slower, older search never overwrites a
// newer one (`generation`), so waiting would only add latency.

export function attachCombobox(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = form.querySelector<HTMLElement>('[data-site-search-popup]')!;
  const status = form.querySelector<HTMLElement>('[data-site-search-status]')!;
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  let active = -1;
  let generation = 0;
  let typedAt = 0;
  const ui = pageUi();

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const setOpen = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const setActive = (index: number) => {
    const all = options();
    active = all.length ? index : -1;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const option = (id: string, href: string, ...content: (string | Node)[]) => {
    // The link itself is the option (an option may not contain a focusable link): middle-click
    // and "copy link" keep working, and keyboard focus never leaves the input.
    const a = el('a', 'site-search__link', ...content);
    a.id = id;
    a.href = href;
    a.tabIndex = -1;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    const li = el('li', 'site-search__option', a);
    li.setAttribute('role', 'none');
    return li;
  };

  const render = (query: string, hits: SearchHit[], total: number) => {
    list.replaceChildren();
    hits.forEach((hit, i) => {
      const excerpt = appendRuns(el('span', 'site-search__excerpt'), hit.excerpt);
      list.append(option(`site-search-option-${i}`, hit.href, el('span', 'site-search__title', hit.title), excerpt));
    });
    const all = `${form.action}${writeSearchState({ q: query, topic: [], company: [] })}`;
    list.append(option('site-search-option-all', all, total ? ui.plural('search.all', total, { n: total }) : ui.t('search.open')));
    list.dataset.state = 'done';
    status.textContent = total ? ui.plural('search.found', total, { n: total }) : ui.t('search.none', { query: query.trim() });
    setActive(-1);
    // Results on screen, and the time since the keystroke, for the benchmark (scripts/bench/search.ts).
    performance.mark('search:results');
    if (typedAt) performance.measure('search:keystroke-to-results', { start: typedAt });
  };

  const run = async () => {
    const query = input.value;
    const mine = ++generation;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = ui.t('search.hint');
      list.dataset.state = 'idle';
      setActive(-1);
      return;
    }
    status.textContent = ui.t('search.searching');
    list.dataset.state = 'busy';
    try {
      const { hits, total } = await search(form.action, query, { topic: [], company: [] }, MAX_OPTIONS);
      // A slower, older search must not overwrite the results of what the reader typed since.
      if (mine === generation) render(query, hits, total);
    } catch {
      if (mine !== generation) return;
      list.replaceChildren();
      status.textContent = ui.t('search.failed');
      list.dataset.state = 'error';
    }
  };

  input.addEventListener('input', (e) => {
    typedAt = e.timeStamp;
    setOpen(true);
    void run();
  });
  input.addEventListener('focus', () => setOpen(true));
  input.addEventListener('keydown', (e) => {
    const count = options().length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (popup.hidden) setOpen(true);
      if (!count) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      options()[active].click();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (!popup.hidden) setOpen(false);
      else if (input.value) {
        input.value = '';
        void run();
      }
    }
  });
  // Enter without an active option submits the form: the full results on /search/?q=….
  form.addEventListener('submit', (e) => {
    if (!input.value.trim()) e.preventDefault();
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) setOpen(false);
  });
  // Keep focus in the input when an option is pressed with the mouse; the link still navigates.
  list.addEventListener('mousedown', (e) => e.preventDefault());

  setOpen(document.activeElement === input);
  // The reader has started searching: fetch the index's meta now so the first query is quick. A
  // failure here is reported when a query runs.
  loadIndex(form.action).catch(() => undefined);
  void run();
}
