/**
 * The README's "Adding or editing a trend" example is what a newcomer copies: it must be a real
 * article the resolver accepts (put in place of the article it shows), and it must show the
 * article as it is, so the example cannot drift from the content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, edited, files, problemsWith } from '../helpers/edition';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  const section = readme.slice(readme.indexOf('## Adding or editing a trend'));
  const example = /```mdx\n([\s\S]*?)```/.exec(section)?.[1];
  const file = /`(content\/trends\/[^`]+\.mdx)`/.exec(section)?.[1];

  it('shows an article example and names its file', () => {
    expect(example, 'an ```mdx block under "Adding or editing a trend"').toBeTruthy();
    expect(file, 'the file the example is').toBeTruthy();
  });

  it('its example is the article it names, and resolves', () => {
    expect(example).toBe(fs.readFileSync(path.join(ROOT, file!), 'utf8'));
    // The files as they are hold the example, so they must resolve.
    expect(problemsWith(files)).toEqual([]);
  });

  it('its example with the paragraph pasted in fails, naming the file', () => {
    const pasted = example!.replace('<Original />', '<Original>2014年跨境电商会更活跃</Original>');
    expect(problemsWith(edited(file!, () => pasted, files)).join('\n')).toContain(file!);
  });

  it('its layout names only paths that exist, and every folder of src/', () => {
    const layout = /## Layout\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(layout, 'a ``` block under "## Layout"').toBeTruthy();
    const named = [...layout!.matchAll(/(?<![\w/])((?:seeds|content|src|scripts|tests|docs)\/[\w./-]*)/g)].map((m) =>
      m[1]!.replace(/\.$/, ''),
    );
    expect(named.filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
    const folders = fs.readdirSync(path.join(ROOT, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(folders.map((d) => `src/${d.name}/`).filter((f) => !named.some((p) => p.startsWith(f)))).toEqual([]);
  });

  it('starts with the two commands a newcomer needs', () => {
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].slice(0, 2).map((m) => m[1]!.trim());
    expect(blocks).toEqual(['npm install && npm start', 'npm test']);
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('\n## '));
  });
});
