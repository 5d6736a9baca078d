import fs from 'node:fs';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import KeyFigure from '../../src/components/KeyFigure.astro';
import TrendHeading from '../../src/components/TrendHeading.astro';
import Tree from '../../src/components/figures/Tree.astro';
import type { Datum } from '../../src/edition/schema';
import { h } from '../../src/figures/tree';
import { standalone } from '../../src/lib/format';
import { source } from '../helpers/edition';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ATTACK = '<img src=x onerror=alert(1)>';

const datum: Datum = {
  id: 'hostile',
  trend: 2,
  label: ATTACK,
  value: 6.55,
  magnitude: '万亿',
  unit: '元',
  period: '</span><script>alert(2)</script>',
  measuredBy: '原文',
  qualifier: '约',
  quote: '约6.55万亿',
};

describe('data rendered as text, never as markup', () => {
  it('KeyFigure escapes a label and a period that contain HTML', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(KeyFigure, { props: { figure: standalone(datum), source } });
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/span&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    // The value still renders, so the component really ran with this datum.
    expect(html).toContain('6.55万亿');
  });

  it('TrendHeading escapes a title that contains HTML', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(TrendHeading, { props: { numeral: '一', title: ATTACK, level: 'h2' } });
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img');
  });

  it('a figure’s element tree writes its strings as text and its attributes escaped', async () => {
    const container = await AstroContainer.create();
    const node = h(
      'svg',
      { 'aria-label': '"><script>alert(3)</script>' },
      h('title', {}, ATTACK),
      h('text', { x: 1 }, '</text><script>alert(4)</script>'),
    );
    const html = await container.renderToString(Tree, { props: { node } });
    // Inside a quoted attribute only the quote matters: it is escaped, so the value cannot end early.
    expect(html).toContain('<svg aria-label="&quot;><script>alert(3)</script>">');
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

/** Every .astro/.ts/.mdx file under these folders, relative to the project root. */
function sources(dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(astro|ts|tsx|mdx|md|js|mjs)$/.test(e.name)) out.push(path.relative(ROOT, full));
    }
  };
  for (const d of dirs) if (fs.existsSync(path.join(ROOT, d))) walk(path.join(ROOT, d));
  return out;
}

/**
 * Places allowed to inject a string as raw HTML, each with the reason it is safe. A new entry
 * needs a reason a reviewer can check.
 */
const RAW_HTML_ALLOWED: Record<string, string> = {
  'src/layouts/Base.astro':
    'JSON-LD: the script body is jsonLdText(), JSON.stringify with every "<" written \\u003c, so no string can close the script (tests/unit/lib/structured-data.test.ts)',
};

describe('no raw HTML from strings', () => {
  it('src/ and content/ use no set:html, innerHTML, outerHTML or insertAdjacentHTML outside the allow-list', () => {
    const hits = sources(['src', 'content']).flatMap((file) =>
      fs
        .readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line }))
        .filter(({ text }) => /set:html|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML/.test(text))
        .filter(({ file }) => !(file in RAW_HTML_ALLOWED)),
    );
    expect(hits).toEqual([]);
  });
});
