import { describe, expect, it } from 'vitest';
import { cutAcross, cutAt, findAll, matchSpans, type Span } from '../../../src/lib/spans';

const bracket = (text: string, span?: Span) => (span ? `[${text}]` : text);
const spans = (...pairs: [number, number][]) => pairs.map(([start, end]) => ({ start, end }));
/** The pieces, marked ones in brackets, joined by |. */
const cut = (text: string, ...pairs: [number, number][]) => cutAt(text, spans(...pairs), bracket).join('|');

describe('cutAt', () => {
  it('alternates plain and marked pieces that join to the text, none empty', () => {
    expect(cut('约6.55万亿，增长52%', [0, 7], [10, 13])).toBe('[约6.55万亿]|，增长|[52%]');
    expect(cut('甲乙', [0, 2])).toBe('[甲乙]');
    expect(cut('甲乙')).toBe('甲乙');
    expect(cutAt('', [], bracket)).toEqual([]);
  });

  it('takes spans in any order, joins overlapping ones, keeps touching ones apart and drops empty ones', () => {
    expect(cut('abcdefg', [4, 6], [1, 3])).toBe('a|[bc]|d|[ef]|g');
    expect(cut('abcdefg', [1, 4], [2, 6], [3, 5])).toBe('a|[bcdef]|g');
    expect(cut('abcdefg', [1, 3], [3, 5])).toBe('a|[bc]|[de]|fg');
    expect(cut('abc', [1, 1], [2, 1])).toBe('abc');
  });

  it('hands a marked piece its span, with what the span carries', () => {
    expect(cutAt('阿里与京东', [{ start: 3, end: 5, en: 'JD.com' }], (text, span) => span?.en ?? text)).toEqual(['阿里与', 'JD.com']);
  });
});

describe('cutAcross', () => {
  it('cuts each text at its part of the spans of the texts joined: a span crossing an edge marks both sides', () => {
    const cut = cutAcross(['交易金额统计', '约6.55万亿', '，增长52%'], spans([4, 8], [14, 19]), bracket);
    expect(cut.map((pieces) => pieces.join('|'))).toEqual(['交易金额|[统计]', '[约6]|.55万亿', '，|[增长52%]']);
    expect(cutAcross(['ab', '', 'cd'], spans([1, 3], [0, 2]), bracket)).toEqual([['[ab]'], [], ['[c]', 'd']]);
  });
});

describe('findAll and matchSpans', () => {
  it('find the longest needle at each place, a needle as written and a match with its pattern', () => {
    const text = '阿里巴巴与阿里';
    expect(cutAt(text, findAll(text, ['阿里', '阿里巴巴']), bracket).join('|')).toBe('[阿里巴巴]|与|[阿里]');
    expect(findAll('a.b a+b', ['a+b', '']).map((s) => s.start)).toEqual([4]);
    expect(findAll('abc', [])).toEqual([]);
    expect(matchSpans('2013年和2014年', /\d+年/g).map((s) => `${s.start}-${s.end} ${s.match[0]}`)).toEqual(['0-5 2013年', '6-11 2014年']);
  });
});
