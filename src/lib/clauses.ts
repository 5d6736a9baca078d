/**
 * Clauses of the source: what counts as a whole clause (the rule quotes and editorial fields share),
 * and marking an article's key clauses (要点) inside its original paragraph. The paragraph's text must
 * stay exactly the source's, so marking only wraps runs of it in <mark>; it never adds or drops a
 * character. It works on the rendered HTML of the article body, inside the `data-original` block only.
 */

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

// As Astro escapes an expression's text (html-escaper): & < > " '.
const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const ORIGINAL = /(<blockquote\b[^>]*\bdata-original\b[^>]*>)([\s\S]*?)(<\/blockquote>)/;

/**
 * Wraps the first occurrence of each clause inside the original block in
 * `<mark class="key-clause">`. Throws, naming the clause, when one is missing from the block,
 * crosses markup or overlaps another: a 要点 that cannot be shown in place is a content error.
 */
export function markClauses(html: string, clauses: readonly string[], where = 'article'): string {
  const block = ORIGINAL.exec(html);
  if (!block) throw new Error(`${where}: no <Original> block to mark the 要点 in`);
  const [whole, open, inner, close] = block;
  const spans = clauses.map((clause) => {
    const at = inner.indexOf(escapeText(clause));
    if (at < 0) throw new Error(`${where}: keyPoints entry "${clause}" is not a run of the original paragraph's text`);
    return { at, end: at + escapeText(clause).length, clause };
  });
  spans.sort((a, b) => a.at - b.at);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].at < spans[i - 1].end)
      throw new Error(`${where}: keyPoints entries "${spans[i - 1].clause}" and "${spans[i].clause}" overlap`);
  }
  let marked = inner;
  for (const { at, end } of [...spans].reverse()) {
    marked = `${marked.slice(0, at)}<mark class="key-clause">${marked.slice(at, end)}</mark>${marked.slice(end)}`;
  }
  return html.replace(whole, () => `${open}${marked}${close}`);
}
