import { describe, expect, it } from 'vitest';
import { markClauses } from '../../../src/lib/clauses';

const html = '<h2>x</h2><blockquote class="original" data-original><p>甲乙丙，丁戊己“庚”。</p></blockquote><figure>丁戊</figure>';
const text = (s: string) => s.replace(/<[^>]+>/g, '');

describe('markClauses', () => {
  it('wraps each clause inside the original block and changes no character', () => {
    const out = markClauses(html, ['丁戊己“庚”', '甲乙']);
    expect(out).toContain('<mark class="key-clause">甲乙</mark>');
    expect(out).toContain('<mark class="key-clause">丁戊己“庚”</mark>');
    expect(text(out)).toBe(text(html));
    // Outside the original nothing is marked, even where the clause's words recur.
    expect(out).toContain('<figure>丁戊</figure>');
  });

  it('escapes like the renderer, so a clause with & or < is found', () => {
    const escaped = '<blockquote data-original data-source-line="4"><p>A&amp;B &lt;C&gt; &quot;D&#39;</p></blockquote>';
    expect(markClauses(escaped, ['A&B <C>'])).toContain('<mark class="key-clause">A&amp;B &lt;C&gt;</mark>');
    expect(markClauses(escaped, [`"D'`])).toContain('<mark class="key-clause">&quot;D&#39;</mark>');
  });

  it('fails, naming the clause, when a 要点 is not a run of the paragraph or two overlap', () => {
    expect(() => markClauses(html, ['甲丙'], 'o2o')).toThrow(/o2o: keyPoints entry "甲丙"/);
    expect(() => markClauses(html, ['甲乙丙', '丙，丁'])).toThrow(/overlap/);
    expect(() => markClauses('<p>甲</p>', ['甲'])).toThrow(/no <Original> block/);
  });
});
