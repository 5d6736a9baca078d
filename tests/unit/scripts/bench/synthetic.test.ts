import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chineseNumeral, copyProject, makeSynthetic, SEED } from '../../../../scripts/bench/synthetic.mjs';
import type { TrendFile } from '../../../../src/lib/validate';
import type { TrendData } from '../../../../src/lib/schema';
import { readMdx, ROOT } from '../../../helpers/content';

describe('a synthetic publication', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-test-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const N = 23;

  it(`of ${N} articles passes the project's own (relaxed) validation, and the real project is untouched`, async () => {
    const before = fs.readFileSync(path.join(ROOT, SEED), 'utf8');
    const dir = path.join(tmp, 'copy');
    copyProject(ROOT, dir);
    makeSynthetic(dir, N);
    expect(fs.readFileSync(path.join(ROOT, SEED), 'utf8')).toBe(before);

    // The copy's own modules, patched as the bench builds them.
    const { parseSource } = await import(/* @vite-ignore */ path.join(dir, 'src/lib/source.ts'));
    const { validateTrends } = await import(/* @vite-ignore */ path.join(dir, 'src/lib/validate.ts'));
    const doc = parseSource(fs.readFileSync(path.join(dir, SEED), 'utf8'));
    expect(doc.trends.size).toBe(N);
    expect(doc.trends.get(21).heading.text).toMatch(/^二十一、.+（合成第21篇）$/);

    const trendsDir = path.join(dir, 'content/trends');
    const files: TrendFile[] = fs
      .readdirSync(trendsDir)
      .sort()
      .map((f) => {
        const { data, body } = readMdx(path.join(trendsDir, f));
        return { file: f, data: data as TrendData, body };
      });
    expect(files).toHaveLength(N);
    expect(validateTrends(files, doc)).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'src/lib/schema.ts'), 'utf8')).toContain(`.max(${N})`);
  });
});
