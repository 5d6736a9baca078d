/**
 * Broken content fails the real build, naming the file and line, and leaves the last good dist/;
 * the seed is text; `astro dev` shows a broken edit, the seed's included. Each case is a copy of
 * the project in a temp folder (scripts/lib/project.ts) with one thing changed. The resolver's own
 * tests (tests/unit/edition/) cover every fault in memory; these prove the build runs them.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { copyProject } from '../../../scripts/lib/project.ts';
import { seedDigest } from '../../../src/edition/resolve';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'content-build-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }), 60_000);

const ENV = {
  ...process.env,
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  BRIEFING_PDF: '0',
};

/** `npm run build` in a copy, as an editor runs it. */
function build(project: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      ['scripts/build.ts'],
      { cwd: project, env: ENV, encoding: 'utf8', maxBuffer: 64 << 20 },
      (error, stdout, stderr) => resolve({ ok: !error, output: `${stdout}\n${stderr}` }),
    ),
  );
}

function copy(name: string): string {
  const project = path.join(tmp, name);
  copyProject(project);
  return project;
}

const append = (project: string, file: string, text: string) => {
  const p = path.join(project, file);
  fs.writeFileSync(p, `${fs.readFileSync(p, 'utf8').trimEnd()}\n\n${text}\n`);
  return fs.readFileSync(p, 'utf8').trimEnd().split('\n').length;
};

describe.concurrent('an article holds only its blocks: anything else fails the build, naming the file and line', () => {
  it.each([
    ['a sentence after the original block', '这是编者加的一句。', /text "这是编者加的一句。" is not allowed/],
    ['an export line', "export const pwned = require('node:fs').writeFileSync('/tmp/pwned-by-an-article', '1')", /an import\/export line/],
    ['a computed number', '{6.55*2}万亿', /an expression \{6\.55\*2\}/],
    ['a raw <div>', '<div>编者按</div>', /raw HTML <div> is not allowed/],
    ['a Markdown list item', '- 编者的要点', /a Markdown list is not allowed/],
  ])('%s', async (name, text, message) => {
    const project = copy(name.replace(/\W+/g, '-'));
    const line = append(project, 'content/trends/07-big-data.mdx', text);
    fs.mkdirSync(path.join(project, 'dist'));
    fs.writeFileSync(path.join(project, 'dist/index.html'), 'the last good build');
    const { ok, output } = await build(project);
    expect(ok, output).toBe(false);
    expect(output).toMatch(message);
    expect(output).toContain(`content/trends/07-big-data.mdx:${line}: `);
    // Nothing half-built is published, and nothing an article wrote ran.
    expect(fs.readFileSync(path.join(project, 'dist/index.html'), 'utf8')).toBe('the last good build');
    expect(fs.readdirSync(project).filter((f) => f.startsWith('.dist-'))).toEqual([]);
    expect(fs.existsSync('/tmp/pwned-by-an-article')).toBe(false);
  });
});

it('the seed is text: a byte-order mark is dropped and markup in it shows as characters', async () => {
  const project = copy('seed-text');
  const markup = '<b onmouseover="alert(1)">';
  const seed = path.join(project, 'seeds', fs.readdirSync(path.join(project, 'seeds'))[0]);
  const text = fs.readFileSync(seed, 'utf8').replace('大打国际牌', `大打${markup}国际牌`).replace('就是务实', `就是${markup}务实`);
  fs.writeFileSync(seed, `\uFEFF${text}`);
  // A changed seed is a new source: the edition pins its fingerprint (a byte-order mark aside).
  const editorial = path.join(project, 'content/data/edition.yaml');
  fs.writeFileSync(editorial, fs.readFileSync(editorial, 'utf8').replace(/sha256: [0-9a-f]{64}/, `sha256: ${seedDigest(text)}`));
  // The translation follows its source: the same markup where the English says the same (without
  // straight quotes, which the English never writes).
  const english = path.join(project, 'content/translations/en/source.yaml');
  const markupEn = '<b onmouseover=alert(1)>';
  fs.writeFileSync(
    english,
    fs
      .readFileSync(english, 'utf8')
      .replace('the international card', `the ${markupEn}international card`)
      .replace('pragmatic!', `${markupEn}pragmatic!`),
  );
  const { ok, output } = await build(project);
  expect(ok, output).toBe(true);
  const pages = ['index.html', 'source/index.html', 'trends/c2b/index.html', 'briefing/index.html'].map((p) =>
    fs.readFileSync(path.join(project, 'dist', p), 'utf8'),
  );
  for (const html of pages) {
    expect(html).not.toContain('\uFEFF');
    expect(html).not.toContain('<b onmouseover');
  }
  expect(pages[1]).toContain('&lt;b onmouseover');
  expect(pages[2]).toContain('&lt;b onmouseover');
});

describe('astro dev shows a broken edit', () => {
  /** A port the OS says is free (ephemeral, so it collides with no fixed test port). */
  const freePort = () =>
    new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });

  /** Polls `url` until `done(status)` holds; the limit is only against a hang (a busy dev server can take minutes). */
  async function poll(url: string, done: (status: number) => boolean, ms = 4 * 60_000) {
    const end = Date.now() + ms;
    let last = { status: 0, body: '' };
    while (Date.now() < end) {
      try {
        const res = await fetch(url);
        last = { status: res.status, body: await res.text() };
        if (done(last.status)) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    return last;
  }

  it('an edited article or seed fails the page with the file and what is wrong, and recovers', async () => {
    const project = copy('dev');
    const port = await freePort();
    // Vitest's NODE_ENV=test would make `astro dev` something else than an editor's dev server.
    const env = Object.fromEntries(Object.entries(ENV).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
    const dev = spawn(path.join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: project,
      env,
      detached: true,
    });
    let log = '';
    dev.stdout.on('data', (b) => (log += b));
    dev.stderr.on('data', (b) => (log += b));
    const edit = (file: string, from: string, to: string) => {
      const p = path.join(project, file);
      fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(from, to));
    };
    const seed = `seeds/${fs.readdirSync(path.join(project, 'seeds'))[0]}`;
    try {
      const url = `http://127.0.0.1:${port}/trends/o2o/`;
      expect((await poll(url, (s) => s === 200)).status, log).toBe(200);

      edit('content/trends/01-o2o.mdx', '<Original />', '<Original />\n\n这是编者加的一句。');
      const broken = await poll(url, (s) => s === 500);
      expect(broken.status, log).toBe(500);
      expect(log).toMatch(/content\/trends\/01-o2o\.mdx:\d+: text "这是编者加的一句。" is not allowed/);
      edit('content/trends/01-o2o.mdx', '<Original />\n\n这是编者加的一句。', '<Original />');
      expect((await poll(url, (s) => s === 200)).status, log).toBe(200);

      // The seed is watched too: a heading numbered out of order stops every page.
      edit(seed, '三、互联网金融体系化', '四、互联网金融体系化');
      expect((await poll(url, (s) => s === 500)).status, log).toBe(500);
      expect(log).toMatch(/heading "四、互联网金融体系化" is numbered 4, expected 3/);
      edit(seed, '四、互联网金融体系化', '三、互联网金融体系化');
      const healed = await poll(url, (s) => s === 200);
      expect(healed.status, log).toBe(200);
      expect(healed.body).toContain('O2O“很忙”');
    } finally {
      process.kill(-dev.pid!);
    }
  });
});
