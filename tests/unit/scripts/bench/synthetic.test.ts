/**
 * The seed decides how many trends there are: a copy of the project with an eleventh heading and
 * paragraph in its seed and an eleventh article builds, with no other change, and serves the new
 * trend's page. The same helper grows the bench's 100- and 1,000-article publications.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSynthetic } from '../../../../scripts/bench/synthetic.ts';
import { SEED_PATH } from '../../../../scripts/lib/paths.ts';
import { astroBuild, copyProject } from '../../../../scripts/lib/project.ts';
import { serveStatic } from '../../../../scripts/lib/server.ts';
import { source } from '../../../helpers/edition';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Files under `dir` (relative paths), skipping the linked dependencies and build output. */
function files(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = path.join(rel, e.name);
    if (['node_modules', 'dist', '.astro', '.git'].includes(p)) return [];
    return e.isDirectory() ? files(dir, p) : [p];
  });
}

describe('a publication one trend longer than the seed', () => {
  const n = source.trends.size + 1;
  const dir = path.join(tmp, 'copy');
  copyProject(dir);
  const before = new Map(files(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
  const [added] = makeSynthetic(dir, n);

  it('changes only the seed (and its pinned fingerprint) and the English, and adds one article', () => {
    const changed = files(dir).filter((f) => before.get(f) !== fs.readFileSync(path.join(dir, f), 'utf8'));
    expect(changed.sort()).toEqual(
      [
        added.file,
        SEED_PATH,
        'content/data/edition.yaml',
        'content/translations/en/source.yaml',
        'content/translations/en/data.yaml',
      ].sort(),
    );
    const seed = fs.readFileSync(path.join(dir, SEED_PATH), 'utf8');
    expect(seed).toBe(`${source.raw.replace(/\n+$/, '')}\n${added.heading}\n${added.paragraph}`);
    expect(added.heading).toMatch(/^十一、/);
  });

  it(`builds and serves /trends/${added.slug}/`, async () => {
    await astroBuild(dir, { env: { BRIEFING_PDF: '0' } });
    const server = await serveStatic({ root: path.join(dir, 'dist') });
    try {
      const response = await fetch(`${server.url}trends/${added.slug}/`);
      expect(response.status).toBe(200);
      const html = await response.text();
      // The 要点 are marked inside the paragraph (<mark>), numbers kept whole (<span>): the text runs through them unchanged.
      expect(html.replace(/<\/?(?:mark|span)[^>]*>/g, '')).toContain(added.paragraph);
      expect(html).toContain('十一');
      // The front page lists it beside the real ones, and its description counts them from the seed.
      const front = await (await fetch(server.url)).text();
      expect(front).toContain(`trends/${added.slug}/`);
      expect(front).toMatch(/<meta name="description" content="[^"]*十一个趋势/);
    } finally {
      await server.close();
    }
  });
});
