/**
 * Figures draw as element trees: plain objects naming a tag, its attributes and its children,
 * which one component (src/components/figures/Tree.astro) writes out, escaping every string. A
 * figure kind is then a pure function from data to a tree, testable as data, with no DOM and no
 * .astro file of its own (the share cards use the same idea for satori).
 */
import { numberRuns } from '../lib/format';

export type Attrs = Record<string, string | number | undefined>;

export interface El {
  tag: string;
  attrs: Attrs;
  children: Child[];
}

export type Child = El | string;

type ChildArg = Child | false | null | undefined | ChildArg[];

/** An element: h('text', { x: 4 }, 'label'). Falsy children are dropped, arrays flattened. */
export function h(tag: string, attrs: Attrs = {}, ...children: ChildArg[]): El {
  const flat: Child[] = [];
  const add = (c: ChildArg) => {
    if (Array.isArray(c)) c.forEach(add);
    else if (c || c === '') flat.push(c);
  };
  children.forEach(add);
  return { tag, attrs, children: flat };
}

/**
 * Site-written text with each number kept on one line with its unit and hedge ("从20亿", never
 * "从20|亿"): browsers may break between a digit and a Chinese character.
 */
export const keepNumbers = (text: string): Child[] =>
  numberRuns(text).map((r) => (r.keep ? h('span', { class: 'nowrap' }, r.text) : r.text));

/** All the text of a tree, in document order (for descriptions and tests). */
export const textOf = (node: Child): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));

/** Every element of a tree, depth first. */
export function* elements(node: Child): Generator<El> {
  if (typeof node === 'string') return;
  yield node;
  for (const c of node.children) yield* elements(c);
}
