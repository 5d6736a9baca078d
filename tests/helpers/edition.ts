/**
 * The edition as the build resolves it, for tests in Vitest and Playwright alike: the files read by
 * src/edition/read.ts and resolved by src/edition/resolve.ts. Tests assert the built output against
 * this data instead of re-implementing what the resolver decides. `edited` and `problemsWith` make a
 * broken copy of the files in memory, for checks that need no build.
 */
import { ROOT } from '../../scripts/lib/paths.ts';
import { readEditionFiles } from '../../src/edition/read';
import { EditionError, resolveEdition, type EditionEnv, type EditionFiles, type SourceFile } from '../../src/edition/resolve';

export { ROOT };
export const ENV: EditionEnv = { base: '/', date: '2026-11-25' };
export const files = readEditionFiles(ROOT);
export const edition = resolveEdition(files, ENV);
export const source = edition.source;
export const numbers = edition.numbers;
export const datum = (id: string) => numbers.find((d) => d.id === id)!;

/** Every content file of the edition, flat. */
const all = (f: EditionFiles): SourceFile[] => [
  f.seed,
  ...f.articles,
  f.numbers,
  f.figures,
  f.editorial,
  f.companies,
  ...Object.values(f.en),
];

/** A copy of the files with `file` changed by `change` (a function, or [search, replacement] which must match). */
export function edited(
  file: string,
  change: ((text: string) => string) | [string | RegExp, string],
  from: EditionFiles = files,
): EditionFiles {
  const copy = structuredClone(from);
  const target = all(copy).find((f) => f.file === file);
  if (!target) throw new Error(`fixture: no content file ${file}`);
  const before = target.text;
  target.text = typeof change === 'function' ? change(before) : before.replace(change[0], change[1]);
  if (target.text === before)
    throw new Error(`fixture: ${String(typeof change === 'function' ? 'the edit' : change[0])} changed nothing in ${file}`);
  return copy;
}

/** The problems resolving `f` reports ([] when it resolves). */
export function problemsWith(f: EditionFiles, env: EditionEnv = ENV): string[] {
  try {
    resolveEdition(f, env);
    return [];
  } catch (error) {
    if (error instanceof EditionError) return error.problems;
    throw error;
  }
}
