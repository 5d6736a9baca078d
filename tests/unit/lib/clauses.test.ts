import { describe, expect, it } from 'vitest';
import { clauseProblem, markClauses } from '../../../src/lib/clauses';
import { source } from '../../../src/lib/seed';

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

describe('clauseProblem: quotes and editorial fields are whole clauses', () => {
  const paragraph = source.trends.get(4)!.body.text;
  it('accept a clause that starts and ends at the source’s punctuation', () => {
    expect(clauseProblem('2014年跨境电商会更活跃', paragraph)).toBeUndefined();
    expect(clauseProblem('同比增长超过25%', paragraph)).toBeUndefined();
  });
  it('reject punctuation alone, a cut mid-number and a fragment of a clause', () => {
    expect(clauseProblem('，', paragraph)).toMatch(/at least one word/);
    expect(clauseProblem('2012年跨境电商交易额达2万亿元，同比增长超过2', paragraph)).toMatch(/whole clause/);
    expect(clauseProblem('在境外本地化、外贸进出口两种模式上或将有所起色', paragraph)).toMatch(/whole clause/);
    expect(clauseProblem('跨境电商会更活跃。', paragraph)).toMatch(/start or end with punctuation/);
  });
});
