import { describe, expect, it } from 'vitest';
import { kindOf } from '../../../../scripts/bench/weight.ts';

describe('kindOf (page weight)', () => {
  it('sorts Chromium resource types into the bench columns', () => {
    expect(['document', 'stylesheet', 'script', 'font', 'image', 'fetch'].map(kindOf)).toEqual([
      'html',
      'css',
      'js',
      'font',
      'other',
      'other',
    ]);
  });
});
