/** Clauses of the source: what counts as a whole clause, the rule quotes and editorial fields share. */

/** Punctuation that ends a clause in the source (full-width and the ASCII forms the seed also uses). */
const CLAUSE_BREAK = /[，。、；：？！,;:?!—]/;
/** A "word": two Han characters, or a Latin letter or digit run. */
const WORD = /\p{Script=Han}{2}|[A-Za-z0-9]/u;

/**
 * Why `text` is not a whole clause of `paragraph` (undefined when it is): it must occur there
 * starting and ending at a clause break or the paragraph's ends, and hold at least one word, so
 * "，" or "…超过2" (cut mid-number) are rejected. Quotes and editorial fields share this rule.
 */
export function clauseProblem(text: string, paragraph: string): string | undefined {
  if (!paragraph.includes(text)) return 'expected a verbatim clause of the paragraph';
  if (!WORD.test(text)) return 'expected a clause holding at least one word';
  if (CLAUSE_BREAK.test(text[0]) || CLAUSE_BREAK.test(text.at(-1)!)) return 'a clause does not start or end with punctuation';
  for (let at = paragraph.indexOf(text); at >= 0; at = paragraph.indexOf(text, at + 1)) {
    const before = paragraph[at - 1];
    const after = paragraph[at + text.length];
    if ((before === undefined || CLAUSE_BREAK.test(before)) && (after === undefined || CLAUSE_BREAK.test(after))) return undefined;
  }
  return "expected a whole clause: the source has it only inside a longer clause (start and end it at the source's punctuation)";
}
