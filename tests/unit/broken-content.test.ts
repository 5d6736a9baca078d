/**
 * Broken content must fail the real content pipeline (astro sync runs the same loaders and
 * checks as astro build), with a message naming the file and the field. Each case is a copy of
 * the project in a temp folder with one thing broken. Its node_modules holds links to the real
 * packages but is its own folder, so Astro's data store (node_modules/.astro) is not shared.
 * Faults that only show when pages render (and the seed cases) run a real `npm run build`.
 */
import { execFile, spawn } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { copyProject as copyProjectTo } from '../../scripts/lib/project.ts';
import { source } from '../helpers/seed';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-content-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }), 60_000);

/** A copy of the project (its own node_modules folder of links) in a temp folder. */
function copyProject(name: string): string {
  const project = path.join(tmp, name);
  copyProjectTo(project);
  return project;
}

/**
 * Runs a command in the copy; Node 24 (the one running the tests) first on PATH, as `npm run` does.
 * Asynchronous, so the cases run side by side (each is a separate copy and process): a sync or
 * build is mostly one core's work, and the machine has more than one.
 */
function run(project: string, command: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  const env = {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  return new Promise((resolve) =>
    execFile(command, args, { cwd: project, env, encoding: 'utf8', maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ ok: !error, output: error ? `${stdout}\n${stderr}` : stdout }),
    ),
  );
}

const sync = (project: string) => run(project, path.join(ROOT, 'node_modules/.bin/astro'), ['sync']);
const build = (project: string) => run(project, process.execPath, ['scripts/build.ts']);

function syncWith(name: string, breakIt: (dir: string) => void): Promise<{ ok: boolean; output: string }> {
  const project = copyProject(name);
  breakIt(path.join(project, 'content'));
  return sync(project);
}

const edit = (file: string, from: RegExp, to: string) => (dir: string) => {
  const p = path.join(dir, file);
  const text = fs.readFileSync(p, 'utf8');
  if (!from.test(text)) throw new Error(`fixture: ${from} not in ${file}`);
  fs.writeFileSync(p, text.replace(from, to));
};

describe.concurrent('a broken content file fails the build', () => {
  it('baseline: the real content syncs', async ({ expect }) => {
    const { ok, output } = await syncWith('ok', () => {});
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
    // Hole 3: file() would keep the second entry with a warning.
    [
      'a duplicate datum id',
      edit('data/numbers.yaml', /- id: jingbaobei-minutes/, '- id: jd-mobile-users'),
      /content\/data\/numbers\.yaml:\d+: datum "jd-mobile-users", field "id": used more than once \(first at line \d+\)/,
    ],
    // Hole 4: the quote trimmed to the number, the hedge dropped.
    [
      'a dropped hedge with a trimmed quote',
      edit(
        'data/numbers.yaml',
        /  qualifier: 约\n  hedge: about\n  status: reported\n  quote: 2013年前三季度，移动互联网的交易金额统计约6\.55万亿/,
        '  hedge: exact\n  status: reported\n  quote: 6.55万亿',
      ),
      [
        /datum "mobile-volume-2013", field "quote": expected a whole clause/,
        /datum "mobile-volume-2013", field "qualifier": the source writes "约"/,
      ],
    ],
    // Holes 1, 5, 6, 7 at once (one article each, so one sync shows them all): the original
    // hidden in an MDX comment, an unknown keyFigure, a summary of punctuation, an unknown
    // component, a prop a figure does not take. More variants in validate.test.ts.
    [
      'articles broken five ways',
      (dir: string) => {
        edit('trends/05-c2b.mdx', /<Original>\n/, '<Original>\n{/* ')(dir);
        edit('trends/02-mobile-commerce.mdx', /^keyFigure: .*$/m, 'keyFigure: mobile-volume-2031')(dir);
        edit('trends/04-cross-border.mdx', /^summary: .*$/m, "summary: '，'")(dir);
        edit('trends/07-big-data.mdx', /<\/Original>\n/, '</Original>\n\n<CompanyMatrix trend={7} />\n')(dir);
        edit('trends/08-smart-logistics.mdx', /<\/Original>\n/, '</Original>\n\n<Figure id="yuan-amounts" trend={8} />\n')(dir);
      },
      [
        /05-c2b\.mdx: field "body": the <Original> block must be the source paragraph \(line 12\) exactly/,
        /02-mobile-commerce\.mdx: field "keyFigure": no datum "mobile-volume-2031"/,
        /04-cross-border\.mdx: field "summary": expected a clause holding at least one word/,
        /07-big-data\.mdx: field "body": unknown component <CompanyMatrix>/,
        /08-smart-logistics\.mdx: field "body": <Figure> takes no prop "trend"/,
      ],
    ],
  ])('%s', async (name, breakIt, messages) => {
    const { ok, output } = await syncWith(name.replace(/\W+/g, '-'), breakIt);
    expect(ok, output).toBe(false);
    for (const message of [messages].flat()) expect(output).toMatch(message);
  });
});

describe.concurrent('a broken data file fails after a good build too (hole 2)', () => {
  it('a malformed numbers.yaml fails with its own parse error, not the previous data', async ({ expect }) => {
    const project = copyProject('yaml-after-good-sync');
    const first = await sync(project);
    expect(first.ok, first.output).toBe(true);
    edit(
      'data/numbers.yaml',
      /  label: 京东移动客户端用户\n/,
      '  label: 京东移动客户端用户\n   bad: [indent\n',
    )(path.join(project, 'content'));
    const { ok, output } = await sync(project);
    expect(ok, output).toBe(false);
    expect(output).toMatch(/content\/data\/numbers\.yaml:\d+:\d+: YAML syntax: /);
    expect(output).not.toMatch(/field "data"/);
  });
});

describe.concurrent('faults that show only when pages render fail the build, and dist/ stays as it was', () => {
  const seedFile = (project: string) => path.join(project, 'seeds', fs.readdirSync(path.join(project, 'seeds'))[0]);

  it('markup MDX makes of the original fails the build naming the article; the old dist/ survives (holes 1, 7)', async ({ expect }) => {
    const project = copyProject('render-time');
    // Seed and article agree character for character, so the loader passes; MDX renders the
    // asterisks as <em>, so the page would differ from /source/.
    for (const file of [seedFile(project), path.join(project, 'content/trends/05-c2b.mdx')]) {
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('一片蓝海', '一片*蓝海*'));
    }
    fs.mkdirSync(path.join(project, 'dist'));
    fs.writeFileSync(path.join(project, 'dist/index.html'), 'the last good build');
    const { ok, output } = await build(project);
    expect(ok, output).toBe(false);
    expect(output).toMatch(
      /content\/trends\/05-c2b\.mdx: field "body": the <Original> block renders markup \(<em>\) where seeds\/ line 12 has plain text/,
    );
    expect(fs.readFileSync(path.join(project, 'dist/index.html'), 'utf8')).toBe('the last good build');
    expect(fs.readdirSync(project).filter((f) => f.startsWith('.dist-'))).toEqual([]);
  });

  it('the seed is text: a BOM is stripped and markup renders as characters (hole 9)', async ({ expect }) => {
    const project = copyProject('seed-text');
    const markup = '<b onmouseover="alert(1)">';
    const seed = seedFile(project);
    fs.writeFileSync(
      seed,
      `\uFEFF${fs.readFileSync(seed, 'utf8').replace('一片蓝海', `一片${markup}蓝海`).replace('就是务实', `就是${markup}务实`)}`,
    );
    // The article writes the seed's "<" as a character reference, as the loader's message says.
    edit('trends/05-c2b.mdx', /一片蓝海/, '一片&lt;b onmouseover="alert(1)"&gt;蓝海')(path.join(project, 'content'));
    const { ok, output } = await build(project);
    expect(ok, output).toBe(true);
    const pages = ['index.html', 'source/index.html', 'trends/c2b/index.html', 'briefing/index.html'].map((p) =>
      fs.readFileSync(path.join(project, 'dist', p), 'utf8'),
    );
    for (const html of pages) {
      expect(html).not.toContain('\uFEFF');
      expect(html).not.toContain('<b onmouseover');
      expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).not.toMatch(/^\s*\uFEFF/);
    }
    expect(pages[1]).toContain('&lt;b onmouseover');
    expect(pages[2]).toContain('&lt;b onmouseover');
  });
});

describe('astro dev shows a broken edit (hole 8)', () => {
  /** A port the OS says is free (ephemeral, so it collides with no fixed test port). */
  const freePort = () =>
    new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });

  /**
   * Polls `url` until `done(status, body)` holds or the time is up; returns the last answer. The
   * limit is only against a hang: on a busy machine a dev server can take minutes to re-render.
   */
  async function poll(url: string, done: (status: number, body: string) => boolean, ms = 4 * 60_000) {
    const end = Date.now() + ms;
    let last = { status: 0, body: '' };
    while (Date.now() < end) {
      try {
        const res = await fetch(url);
        last = { status: res.status, body: await res.text() };
        if (done(last.status, last.body)) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    return last;
  }

  it('an edited 原文 character fails the page with the file and field, and the terminal says so', async () => {
    const project = copyProject('dev');
    const port = await freePort();
    // Vitest's NODE_ENV=test would make `astro dev` something else than an editor's dev server.
    const env: NodeJS.ProcessEnv = {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))),
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    };
    const dev = spawn(path.join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: project,
      env,
      detached: true,
    });
    let log = '';
    dev.stdout.on('data', (b) => (log += b));
    dev.stderr.on('data', (b) => (log += b));
    try {
      const url = `http://127.0.0.1:${port}/trends/o2o/`;
      expect((await poll(url, (status) => status === 200)).status, log).toBe(200);
      edit('trends/01-o2o.mdx', /O2O“很忙”/, 'O2O“很闲”')(path.join(project, 'content'));
      const broken = await poll(url, (status) => status === 500);
      expect(broken.status, log).toBe(500);
      // The page is Astro's error page (its overlay shows the message in the browser); the
      // terminal has it from the loader's recheck.
      expect(broken.body).toContain('<title>Error</title>');
      // The terminal names the file and the field (the render-time check or the loader's recheck,
      // whichever runs first; the loader's waits for the save to settle).
      const named = /content\/trends\/01-o2o\.mdx: field "body": the <Original> block/;
      const end = Date.now() + 4 * 60_000;
      while (!named.test(log) && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
      expect(log).toMatch(named);
      edit('trends/01-o2o.mdx', /O2O“很闲”/, 'O2O“很忙”')(path.join(project, 'content'));
      expect((await poll(url, (status) => status === 200)).status, log).toBe(200);
    } finally {
      process.kill(-dev.pid!);
    }
  });
});
