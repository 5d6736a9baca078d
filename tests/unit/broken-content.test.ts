/**
 * Broken content must fail the real content pipeline (astro sync runs the same loaders and
 * checks as astro build), with a message naming the file and the field. Each case is a copy of
 * the project in a temp folder with one thing broken. Its node_modules holds links to the real
 * packages but is its own folder, so Astro's data store (node_modules/.astro) is not shared.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { source } from '../helpers/seed';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-content-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function syncWith(name: string, breakIt: (dir: string) => void): { ok: boolean; output: string } {
  const project = path.join(tmp, name);
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'seeds']) {
    fs.cpSync(path.join(ROOT, f), path.join(project, f), { recursive: true });
  }
  fs.mkdirSync(path.join(project, 'node_modules'));
  for (const pkg of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (pkg !== '.astro' && pkg !== '.vite') fs.symlinkSync(path.join(ROOT, 'node_modules', pkg), path.join(project, 'node_modules', pkg));
  }
  breakIt(path.join(project, 'content'));
  try {
    const output = execFileSync(path.join(ROOT, 'node_modules/.bin/astro'), ['sync'], {
      cwd: project,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return { ok: false, output: `${e.stdout}\n${e.stderr}` };
  }
}

const edit = (file: string, from: RegExp, to: string) => (dir: string) => {
  const p = path.join(dir, file);
  const text = fs.readFileSync(p, 'utf8');
  if (!from.test(text)) throw new Error(`fixture: ${from} not in ${file}`);
  fs.writeFileSync(p, text.replace(from, to));
};

describe('a broken content file fails the build', () => {
  it('baseline: the real content syncs', () => {
    const { ok, output } = syncWith('ok', () => {});
    expect(ok, output).toBe(true);
  });

  it.each([
    ['a missing title', edit('trends/05-c2b.mdx', /^title: .*\n/m, ''), [/05-c2b\.mdx/, /title: .*(Required|expected string)/]],
    [
      'an order the seed has no trend for',
      edit('trends/06-local-services.mdx', /^order: 6$/m, `order: ${source.trends.size + 1}`),
      [/06-local-services\.mdx: field "order": the source has no trend 11/, /missing trend 6/],
    ],
    [
      'two articles with one order',
      edit('trends/08-smart-logistics.mdx', /^order: 8$/m, 'order: 7'),
      /08-smart-logistics\.mdx[\s\S]*field "order": 7 is used 2 times/,
    ],
    [
      'an eleventh trend',
      (dir: string) => fs.copyFileSync(path.join(dir, 'trends/01-o2o.mdx'), path.join(dir, 'trends/11-extra.mdx')),
      new RegExp(`${source.trends.size + 1} articles, expected exactly ${source.trends.size}[\\s\\S]*11-extra\\.mdx`),
    ],
    [
      'a missing trend',
      (dir: string) => fs.rmSync(path.join(dir, 'trends/09-smart-hardware.mdx')),
      /missing trend 9 \("九、智能硬件兴起"\)[\s\S]*"order": 9/,
    ],
    [
      'a datum whose quote is not in the source',
      edit('data/numbers.yaml', /quote: 市场规模有望突破1200亿元/, 'quote: 市场规模有望突破1300亿元'),
      /datum "local-market-2013", field "quote"/,
    ],
  ])('%s', (name, breakIt, messages) => {
    const { ok, output } = syncWith(name.replace(/\W+/g, '-'), breakIt);
    expect(ok, output).toBe(false);
    for (const message of [messages].flat()) expect(output).toMatch(message);
  });
});
