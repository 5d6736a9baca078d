/** Throwaway copies of the project, for tests and benchmarks that must build something other than the real content. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths.ts';

/** Never copied: dependencies are linked, outputs and caches are rebuilt. */
const SKIP = new Set(['node_modules', 'dist', 'dist-sub', '.astro', '.git', 'bench', 'test-results', 'playwright-report', '.tmp']);

/**
 * Copies the project to `dest` and links each dependency (not Astro's or Vite's caches, so the
 * copy's data store is its own). The copy builds with `astro build` like the original.
 */
export function copyProject(dest: string, root: string = ROOT): void {
  fs.cpSync(root, dest, {
    recursive: true,
    filter: (src) => !SKIP.has(path.relative(root, src).split(path.sep)[0]),
  });
  const modules = path.join(dest, 'node_modules');
  fs.mkdirSync(modules);
  for (const name of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite')
      fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules', name)), path.join(modules, name));
  }
}

/**
 * `astro build` in the project at `dir` (a copy, or ROOT with an `outDir`), with this Node and
 * `env` over this process's (an undefined value unsets a variable); resolves to the build's log.
 * A failure's message ends with the build's last lines.
 */
export async function astroBuild(dir: string, { outDir, env }: { outDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const args = [astro, 'build', ...(outDir ? ['--outDir', outDir] : [])];
  try {
    // A 1,000-article build logs a line per page: room for all of it.
    const { stdout } = await promisify(execFile)(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 1 << 28,
    });
    return stdout;
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    throw new Error(`astro build in ${dir} failed:\n${(stdout + stderr).trim().split('\n').slice(-15).join('\n')}`);
  }
}
