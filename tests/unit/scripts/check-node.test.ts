import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MINIMUM, nodeProblem } from '../../../scripts/check-node.mjs';
import { ROOT } from '../../../scripts/lib/paths.ts';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const CHECK = 'node scripts/check-node.mjs && ';

/** The machine's own Node (Debian's), when it is older than the project needs: the case the check is for. */
const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
  if (!fs.existsSync(p)) return false;
  const version = spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return nodeProblem(version) !== undefined;
});

describe('check-node.mjs', () => {
  test("the minimum is astro's engines.node, so the two move together", () => {
    const astro = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { engines: { node: string } };
    expect(astro.engines.node).toBe(`>=${MINIMUM}`);
  });

  test.each([
    ['v20.20.2', true],
    ['v22.12.0', true],
    [`v${MINIMUM.replace(/\d+$/, (n) => String(Number(n) - 1))}`, true],
    [`v${MINIMUM}`, false],
    ['v22.30.0', false],
    ['v24.21.0', false],
    ['v26.0.0', false],
  ])('Node %s refused: %s', (version, refused) => {
    expect(nodeProblem(version) !== undefined).toBe(refused);
  });

  test('the refusal is one sentence naming the version found and the fix', () => {
    const message = nodeProblem('v20.20.2')!;
    expect(message).toContain('found Node 20.20.2');
    expect(message).toContain('run `npm ci` (or `npm install`) with install scripts allowed');
    expect(message.split('\n')).toHaveLength(1);
    expect(message.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });

  test('every npm script checks the Node first (start runs build, which does)', () => {
    const unchecked = Object.entries(pkg.scripts)
      .filter(([name]) => name !== 'postinstall' && name !== 'start')
      .filter(([, command]) => !command.startsWith(CHECK))
      .map(([name]) => name);
    expect(unchecked).toEqual([]);
    expect(pkg.scripts.start).toMatch(/^npm run build && /);
  });

  test.skipIf(!systemNode)('on an old Node it exits 1 with the sentence alone, not a stack trace', () => {
    const run = spawnSync(systemNode!, ['scripts/check-node.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(/^This project needs Node \S+ or newer but `npm run` found Node \d+\.\d+\.\d+: run `npm ci`.*\.$/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('on this Node it passes silently', () => {
    const run = spawnSync(process.execPath, ['scripts/check-node.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
  });
});
