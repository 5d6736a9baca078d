import { describe, expect, it } from 'vitest';
import { clauseProblem } from '../../../src/lib/clauses';
import { source } from '../../helpers/edition';

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
