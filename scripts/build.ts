// Usage: npm run build [-- <astro build flags>]
// Builds the site into a fresh temporary folder and moves it to dist/ only when `astro build`
// succeeds. A failed build leaves the previous dist/ as it was and removes its own partial
// output, so nothing half-built is ever served or deployed.
// (Astro writes into its outDir as it goes and empties it first: building into dist/ directly
// would wipe the last good site and leave pages that look complete but are not.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DIST as dist, ROOT as root } from './lib/paths.ts';

const next = path.join(root, `.dist-next-${process.pid}`);
const old = path.join(root, `.dist-old-${process.pid}`);
const astro = path.join(root, 'node_modules', '.bin', 'astro');

const run = spawnSync(astro, ['build', '--outDir', next, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (run.status !== 0 || !fs.existsSync(path.join(next, 'index.html'))) {
  fs.rmSync(next, { recursive: true, force: true });
  console.error(`\nBuild failed: dist/ was left as it was${fs.existsSync(dist) ? ' (the previous good build)' : ' (there is none)'}.`);
  process.exit(run.status || 1);
}
// Two renames: dist/ is missing for an instant, never half-written.
if (fs.existsSync(dist)) fs.renameSync(dist, old);
fs.renameSync(next, dist);
fs.rmSync(old, { recursive: true, force: true });
console.log('Build complete: dist/ replaced.');
