import fs from 'node:fs';
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
