import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildAndReplace, lockPath, type BuildOptions } from '../../../scripts/build.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const FAKE = path.join(FIXTURES, 'fake-astro.mjs');
const RUNNER = path.join(FIXTURES, 'build-runner.ts');

let dir: string;
let dist: string;
const leftovers: number[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-test-'));
  dist = path.join(dir, 'dist');
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, 'index.html'), 'old');
});

afterEach(() => {
  for (const pid of leftovers.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone, as it should be
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every file under dist/ holds this one marker (and there are all 21 of them). */
function markerOfDist(): string {
  const files = fs.readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  const markers = new Set(files.map((f) => fs.readFileSync(path.join(f.parentPath, f.name), 'utf8')));
  expect(markers.size, `dist/ mixes builds: ${[...markers].join(', ')}`).toBe(1);
  return [...markers][0];
}

/** What build.ts leaves beside dist/ besides dist/ itself: nothing. */
const besideDist = () => fs.readdirSync(dir).filter((name) => name !== 'dist');

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** buildAndReplace in this process with fake-astro.mjs; its messages collected. */
async function build(marker: string, mode: string, options: Partial<BuildOptions> = {}) {
  const lines: string[] = [];
  const code = await buildAndReplace({
    dist,
    command: (outDir) => [process.execPath, FAKE, outDir, marker, mode],
    log: (line) => lines.push(line),
    error: (line) => lines.push(line),
    ...options,
  });
  return { code, said: lines.join('\n') };
}

/** build-runner.ts as its own process (as `npm run build` is), its stderr collected. */
function runner(marker: string, mode: string, extra = '') {
  const child = spawn(process.execPath, [RUNNER, dist, marker, mode, extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  // Resolves when the runner exits, even if a child it failed to stop still holds its stderr open.
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('exit', (code) => {
      const finish = () => resolve({ code, stderr });
      const timer = setTimeout(finish, 2000);
      child.on('close', () => (clearTimeout(timer), finish()));
    }),
  );
  return { child, done };
}

describe('buildAndReplace', () => {
  test('a successful build replaces dist/ and leaves nothing beside it', async () => {
    const { code, said } = await build('new', 'ok');
    expect(code).toBe(0);
    expect(markerOfDist()).toBe('new');
    expect(besideDist()).toEqual([]);
    expect(said).toContain('Build complete: dist/ replaced.');
  });

  test('a failed build leaves the old dist/ and removes its partial output', async () => {
    const { code, said } = await build('new', 'fail');
    expect(code).toBe(1);
    expect(markerOfDist()).toBe('old');
    expect(besideDist()).toEqual([]);
    expect(said).toContain('Build failed: dist/ was left as it was (the previous good build).');
  });

  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s stops the child, removes the temporary folder and leaves dist/',
    async (signal, exitCode) => {
      const pidFile = path.join(os.tmpdir(), `build-test-child-${process.pid}-${signal}`);
      const { child, done } = runner('new', 'hang', pidFile);
      leftovers.push(child.pid!);
      while (!fs.existsSync(pidFile) || !fs.readFileSync(pidFile, 'utf8')) {
        if (child.exitCode !== null) throw new Error(`the runner exited early (${child.exitCode})`);
        await sleep(20);
      }
      const astro = Number(fs.readFileSync(pidFile, 'utf8'));
      fs.rmSync(pidFile);
      leftovers.push(astro);
      // The fake has written its pages into the temporary folder by now.
      expect(besideDist()).toHaveLength(1);
      child.kill(signal);
      const { code, stderr } = await done;
      expect(code).toBe(exitCode);
      expect(running(astro)).toBe(false);
      expect(besideDist()).toEqual([]);
      expect(markerOfDist()).toBe('old');
      expect(stderr).toContain(`Build interrupted (${signal}): its temporary folder was removed and dist/ was left as it was`);
    },
    60_000,
  );

  test('two builds finishing together: both succeed, dist/ is one of them whole, nothing is left beside it', async () => {
    for (let round = 0; round < 3; round++) {
      const barrier = fs.mkdtempSync(path.join(os.tmpdir(), 'build-test-barrier-'));
      try {
        const runs = [runner(`a${round}`, 'together', barrier), runner(`b${round}`, 'together', barrier)];
        const results = await Promise.all(runs.map((r) => r.done));
        expect(results.map((r) => [r.code, r.stderr])).toEqual([
          [0, ''],
          [0, ''],
        ]);
        expect([`a${round}`, `b${round}`]).toContain(markerOfDist());
        expect(besideDist()).toEqual([]);
      } finally {
        fs.rmSync(barrier, { recursive: true, force: true });
      }
    }
  }, 60_000);

  test('the swap waits while another build holds the lock, then replaces dist/', async () => {
    const lock = lockPath(dist);
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
    let finished = false;
    const pending = build('new', 'ok').finally(() => (finished = true));
    // The fake is done once a temporary folder holds its index.html; give the swap time to (wrongly) happen.
    const built = () => besideDist().some((name) => fs.existsSync(path.join(dir, name, 'index.html')));
    while (!built() && !finished) await sleep(20);
    await sleep(300);
    expect(finished).toBe(false);
    expect(markerOfDist()).toBe('old');
    fs.rmSync(lock, { recursive: true });
    expect((await pending).code).toBe(0);
    expect(markerOfDist()).toBe('new');
    expect(besideDist()).toEqual([]);
  }, 60_000);

  test('a lock left by a build that was killed mid-swap is taken over', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    fs.mkdirSync(lockPath(dist));
    fs.writeFileSync(path.join(lockPath(dist), 'pid'), String(dead));
    expect((await build('new', 'ok')).code).toBe(0);
    expect(markerOfDist()).toBe('new');
    expect(besideDist()).toEqual([]);
  });

  test('when dist/ cannot be moved aside, it stays and the message says why', async () => {
    const refuse = (from: string, to: string) => {
      if (from === dist) throw Object.assign(new Error(`EACCES: permission denied, rename '${from}' -> '${to}'`), { code: 'EACCES' });
      fs.renameSync(from, to);
    };
    const { code, said } = await build('new', 'ok', { rename: refuse });
    expect(code).toBe(1);
    expect(markerOfDist()).toBe('old');
    expect(besideDist()).toEqual([]);
    expect(said).toMatch(
      /Build done but dist\/ was not replaced: the previous dist\/ could not be moved aside \(EACCES: permission denied/,
    );
    expect(said).toContain('dist/ was left as it was (the previous good build)');
  });

  test('when the new build cannot be moved in, the old dist/ is put back', async () => {
    const refuse = (from: string, to: string) => {
      if (to === dist && path.basename(from).startsWith('.dist-next-')) throw new Error('EBUSY: resource busy or locked');
      fs.renameSync(from, to);
    };
    const { code, said } = await build('new', 'ok', { rename: refuse });
    expect(code).toBe(1);
    expect(markerOfDist()).toBe('old');
    expect(besideDist()).toEqual([]);
    expect(said).toMatch(/the new build could not be moved to dist\/ \(EBUSY/);
  });
});
