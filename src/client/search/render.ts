/** DOM helpers shared by the header box and the /search/ page. Text only: never innerHTML. */
import type { Run } from '../../lib/search';

/** Appends runs to `parent`, each hit as a <mark>, all as text nodes. */
export function appendRuns(parent: Element, runs: Run[]): void {
  for (const run of runs) {
    if (!run.hit) parent.append(run.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      parent.append(mark);
    }
  }
}

/** An element with a class and text, the building block of every result. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
