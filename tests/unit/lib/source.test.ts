import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_FILE, SEED_PATH } from '../../../scripts/lib/paths.ts';
import { parseSource } from '../../../src/lib/source';
import { source } from '../../helpers/edition';

const shared = path.join(ROOT, '../shared', SEED_PATH);

describe('source document', () => {
  // Only the CI/dev layout has shared/ beside the repo; elsewhere this is reported as skipped.
  it.skipIf(!fs.existsSync(shared))('is an unchanged copy of the shared seed', () => {
    expect(fs.readFileSync(SEED_FILE, 'utf8')).toBe(fs.readFileSync(shared, 'utf8'));
  });

  it('parses a title, an intro and ten heading/paragraph pairs in order', () => {
    expect(source.title).toBe('2014年电商行业十大趋势');
    expect(source.intro.text.startsWith('2013年，用一个词来概括电商')).toBe(true);
    expect([...source.trends.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(source.trends.get(4)?.heading.text).toBe('四、跨境电商与国际化起步');
    expect(source.trends.get(10)?.body.line).toBe(22);
  });

  it('keeps every line of the seed, so /source/ can render it whole', () => {
    expect(source.paragraphs.map((p) => p.text).join('\n')).toBe(source.raw);
    expect(new Set(source.paragraphs.map((p) => p.anchor)).size).toBe(source.paragraphs.length);
  });

  it('takes as many trends as the seed numbers, in order, and names a heading out of sequence', () => {
    expect([...parseSource('标题\n导语\n一、甲\n甲段\n二、乙\n乙段\n三、丙\n丙段').trends.keys()]).toEqual([1, 2, 3]);
    expect(() => parseSource('标题\n导语\n一、甲\n甲段\n三、丙\n丙段')).toThrow(/:5: heading "三、丙" is numbered 3, expected 2/);
  });

  it('rejects a trend with two paragraphs instead of guessing', () => {
    expect(() => parseSource('标题\n导语\n一、甲\n第一段\n第二段')).toThrow(/more than one paragraph/);
  });
});
