import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from 'html-validate';
import { builtPages, pageFile } from './site';

// Runs with the e2e tests because it needs the build. The one config, .htmlvalidate.json, is loaded
// explicitly so the pages and the control below are held to exactly the same rules.
const config = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) as ConfigData;
const htmlvalidate = new HtmlValidate(new StaticConfigLoader(config));
const text = formatterFactory('text');

for (const page of builtPages()) {
  test(`${page} is valid HTML`, async () => {
    const report = await htmlvalidate.validateFile(pageFile(page));
    expect(report.valid, text(report.results)).toBe(true);
  });
}

test('the validator does catch errors (a control)', async () => {
  const report = await htmlvalidate.validateString(
    '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><p id="a">x</p><p id="a"><img src="x.png"></p></body></html>',
  );
  expect(report.valid).toBe(false);
  expect(report.results[0].messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37']));
});

// The W3C Nu validator (the reference checker; npm vnu-jar, needs Java: scripts/ensure-system-deps.sh)
// catches what html-validate does not, e.g. role="combobox" on <input type="search">. One JVM run
// for every page and a control that must fail, since starting Java is the slow part.
const NU_CONTROL =
  '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><input type="search" role="combobox" aria-expanded="false" aria-label="x"></body></html>';
let nu: Map<string, string[]> | undefined;
function nuErrors(): Map<string, string[]> {
  if (nu) return nu;
  const control = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nu-')), 'control.html');
  fs.writeFileSync(control, NU_CONTROL);
  const jar = createRequire(import.meta.url)('vnu-jar') as string;
  const files = [...builtPages().map((p) => pageFile(p)), control];
  const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw new Error(`Nu validator: could not run java (${run.error.message}); run: bash scripts/ensure-system-deps.sh`);
  const messages = (JSON.parse(run.stderr) as { messages: { type: string; url: string; message: string; lastLine?: number }[] }).messages;
  nu = new Map(files.map((f) => [f, []]));
  for (const m of messages.filter((m) => m.type === 'error'))
    nu.get(decodeURIComponent(new URL(m.url).pathname))?.push(`${m.lastLine}: ${m.message}`);
  nu.set('control', nu.get(control)!);
  return nu;
}

test.describe('W3C Nu validator', () => {
  // In order in one worker, so Java starts once when all pass (in parallel each worker would start its own);
  // unlike serial mode, a page that fails does not skip the pages after it.
  test.describe.configure({ mode: 'default' });
  test('the Nu validator does catch errors (a control: role="combobox" on type="search")', () => {
    expect(nuErrors().get('control')!.join('\n')).toMatch(/Bad value “search” for attribute “type” on element “input”/);
  });
  for (const page of builtPages()) {
    test(`${page} is valid for the Nu validator`, () => {
      expect(nuErrors().get(pageFile(page))).toEqual([]);
    });
  }
});
