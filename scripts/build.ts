// Usage: npm run build [-- <astro build flags>]
// Builds the site into a fresh temporary folder and moves it to dist/ only when `astro build`
// succeeds. A failed or interrupted build leaves the previous dist/ as it was and removes its own
// partial output, so nothing half-built is ever served or deployed.
// (Astro writes into its outDir as it goes and empties it first: building into dist/ directly
// would wipe the last good site and leave pages that look complete but are not.)
// Two builds in one clone each get their own temporary folder, and the swap into dist/ is done
// under a lock, so the last to finish wins whole and neither fails on the other's half-swap.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DIST, ROOT } from './lib/paths.ts';

export interface BuildOptions {
  /** The folder to replace; temporary folders and the lock go beside it. */
  dist: string;
  /** The program and arguments that build the site into `outDir`. */
  command: (outDir: string) => [string, ...string[]];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  error?: (line: string) => void;
  /** The rename used for the swap (a test passes one that fails, as a read-only or busy dist/ would). */
  rename?: (from: string, to: string) => void;
  /** How long a build waits for another build's swap before giving up. */
  lockTimeoutMs?: number;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const SIGNAL_NUMBER = { SIGINT: 2, SIGTERM: 15 };
/** How long a child may take to stop after the signal is passed on, before it is killed. */
const STOP_GRACE_MS = 10_000;

/** The lock folder that guards the swap into `dist`. */
export function lockPath(dist: string): string {
  return path.join(path.dirname(dist), `.${path.basename(dist)}-next-lock`);
}

/** Whether a process with this id is running (a lock left by a killed build is taken over). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in a lock folder; 0 while its owner is between mkdir and write; undefined once the lock is gone. */
function lockOwner(lock: string): number | undefined {
  try {
    return Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8')) || 0;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    return fs.existsSync(lock) ? 0 : undefined;
  }
}

/**
 * Takes the swap lock: a folder made with mkdir (atomic, so only one build holds it) holding the
 * owner's pid. A lock whose owner is gone (a build killed with SIGKILL mid-swap) is removed.
 * Resolves to false, without the lock, as soon as `stop()` says so.
 */
async function acquireLock(lock: string, timeoutMs: number, stop: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let since = Date.now();
  for (;;) {
    if (stop()) return false;
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = lockOwner(lock);
    if (owner === undefined) continue;
    if (owner !== 0) since = Date.now();
    // A lock with no pid for seconds was left by a build killed between mkdir and write.
    if ((owner !== 0 && !alive(owner)) || Date.now() - since > 5_000) fs.rmSync(lock, { recursive: true, force: true });
    else if (Date.now() > deadline) throw new Error(`another build (pid ${owner}) has held ${lock} for over ${timeoutMs / 1000} s`);
    else await sleep(25);
  }
}

/** Runs `command` into a temporary folder, then puts the result in place of `dist`; resolves to an exit code. */
export async function buildAndReplace({
  dist,
  command,
  cwd = path.dirname(dist),
  env = process.env,
  log = console.log,
  error = console.error,
  rename = fs.renameSync,
  lockTimeoutMs = 60_000,
}: BuildOptions): Promise<number> {
  const parent = path.dirname(dist);
  const name = path.basename(dist);
  const shown = `${name}/`;
  const next = fs.mkdtempSync(path.join(parent, `.${name}-next-`));
  const left = () => (fs.existsSync(dist) ? ' (the previous good build)' : ' (there is none)');

  // A signal stops the child and waits for it, then removes what it wrote; dist/ is never touched.
  let interrupted: (typeof SIGNALS)[number] | undefined;
  const [file, ...args] = command(next);
  const child = spawn(file, args, { cwd, env, stdio: 'inherit' });
  const onSignal = (signal: (typeof SIGNALS)[number]) => {
    interrupted ??= signal;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS).unref();
    }
  };
  const stopped = () => {
    fs.rmSync(next, { recursive: true, force: true });
    error(`\nBuild interrupted (${interrupted}): its temporary folder was removed and ${shown} was left as it was${left()}.`);
    return 128 + SIGNAL_NUMBER[interrupted!];
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    const status = await new Promise<number>((resolve) => {
      child.once('error', (e) => {
        error(`Could not start ${file}: ${e.message}`);
        resolve(1);
      });
      // Killed by a signal, code is null: a failure.
      child.once('close', (code) => resolve(code ?? 1));
    });
    if (interrupted) return stopped();
    if (status !== 0 || !fs.existsSync(path.join(next, 'index.html'))) {
      fs.rmSync(next, { recursive: true, force: true });
      error(`\nBuild failed: ${shown} was left as it was${left()}.`);
      return status || 1;
    }

    const lock = lockPath(dist);
    try {
      if (!(await acquireLock(lock, lockTimeoutMs, () => interrupted !== undefined))) return stopped();
    } catch (e) {
      fs.rmSync(next, { recursive: true, force: true });
      error(`\nBuild done but ${shown} was not replaced: ${(e as Error).message}; ${shown} was left as it was${left()}.`);
      return 1;
    }
    // Synchronous from here to the release: no signal handler can run in the middle of the swap.
    const aside = fs.mkdtempSync(path.join(parent, `.${name}-old-`));
    const old = path.join(aside, name);
    let failure: string | undefined;
    try {
      // Two renames: dist/ is missing for an instant, never half-written.
      try {
        if (fs.existsSync(dist)) rename(dist, old);
      } catch (e) {
        failure = `the previous ${shown} could not be moved aside (${(e as Error).message})`;
      }
      if (!failure) {
        try {
          rename(next, dist);
        } catch (e) {
          failure = `the new build could not be moved to ${shown} (${(e as Error).message})`;
          try {
            if (fs.existsSync(old)) rename(old, dist);
          } catch (back) {
            error(`\nThe previous ${shown} could not be put back either (${(back as Error).message}): it is in ${old}.`);
            return 1;
          }
        }
      }
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
    fs.rmSync(aside, { recursive: true, force: true });
    if (failure) {
      fs.rmSync(next, { recursive: true, force: true });
      error(`\nBuild done but ${shown} was not replaced: ${failure}; ${shown} was left as it was${left()}.`);
      return 1;
    }
    log(`Build complete: ${shown} replaced.`);
    return 0;
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
}

if (import.meta.main) {
  const astro = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  process.exitCode = await buildAndReplace({
    dist: DIST,
    cwd: ROOT,
    command: (outDir) => [process.execPath, astro, 'build', '--outDir', outDir, ...process.argv.slice(2)],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
