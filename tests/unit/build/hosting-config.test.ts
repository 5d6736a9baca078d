import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../../scripts/lib/paths.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('GitHub Pages workflow', () => {
  const workflow = parse(read('.github/workflows/pages.yml')) as Workflow;
  const steps = workflow.jobs.build.steps;
  const using = (action: string) => steps.find((s) => s.uses?.startsWith(`${action}@`));

  test('parses, builds with npm ci and npm run build, uploads dist/ and deploys it', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    const runs = steps.map((s) => s.run ?? '');
    expect(runs).toContain('npm ci');
    expect(runs.indexOf('npm run build')).toBeGreaterThan(runs.indexOf('npm ci'));
    expect(using('actions/upload-pages-artifact')?.with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.environment?.name).toBe('github-pages');
    expect(workflow.jobs.deploy.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });

  test("SITE_URL and BASE_PATH come from configure-pages' outputs", () => {
    const pages = using('actions/configure-pages')!;
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env).toMatchObject({
      SITE_URL: `\${{ steps.${pages.id}.outputs.base_url }}`,
      BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}`,
    });
    expect(steps.indexOf(pages)).toBeLessThan(steps.indexOf(build));
  });

  test('installs the fonts and tools the PDF needs, as scripts/ensure-system-deps.sh names them, and a browser', () => {
    const install = steps.map((s) => s.run ?? '').join('\n');
    const needed = [...read('scripts/ensure-system-deps.sh').matchAll(/missing\+=\(([\w-]+)\)/g)].map((m) => m[1]);
    expect(needed).toEqual(expect.arrayContaining(['fonts-noto-cjk', 'fonts-wqy-microhei', 'fonts-arphic-uming', 'poppler-utils']));
    // Java is for the HTML validator in the tests, not the build.
    for (const name of needed.filter((n) => n !== 'default-jre-headless' && n !== 'chromium')) expect(install).toContain(name);
    expect(install).toMatch(/CHROMIUM_PATH=/);
  });
});

describe('netlify.toml', () => {
  test('builds with npm run build and publishes dist/', () => {
    const toml = read('netlify.toml');
    expect(toml).toMatch(/^\s*command = "npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
  });
});
