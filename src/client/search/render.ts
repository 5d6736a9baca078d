/** DOM helpers shared by the header box and the /search/ page. Text only: never innerHTML. */
import type { Run } from '../../lib/search';
import { browserUi } from '../../i18n/browser';

/** The interface words of the page's language (its <html lang>). */
export const pageUi = () => browserUi(document.documentElement.lang === 'en' ? 'en' : 'zh-CN');

/** Appends runs to `parent`, each hit as a <mark>, all as text nodes; returns `parent`. */
export function appendRuns<T extends Element>(parent: T, runs: Run[]): T {
  parent.append(...runs.map((run) => (run.hit ? el('mark', '', run.text) : run.text)));
  return parent;
}

/** An element with a class (if any) and children (text or nodes), the building block of every result. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (string | Node)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}
