/**
 * Synthetic publications for the bench: a copy of the project whose seed and articles are
 * generated, so build cost can be measured at 100 and 1,000 articles. The real project validates
 * exactly ten trends numbered 一…十 against the real seed; the copy relaxes only what a longer
 * publication must (listed in RELAXED, and printed by the bench), and every patch fails loudly
 * if the code it patches has changed, rather than silently measuring the real ten-article site.
 */
import fs from 'node:fs';
import path from 'node:path';

export const SEED = 'seeds/000_0bcd0836c099145f.txt';

/** What a synthetic copy differs in from the real project, for the bench output and README. */
export const RELAXED = [
  'seed: generated (synthetic title line + real intro + N heading/paragraph pairs; paragraph k is the real paragraph of trend ((k−1) mod 10)+1, heading k is its real title + "（合成第k篇）")',
  'content/trends: N generated MDX files, each the real article of that trend with order, slug, title and sourceLine rewritten',
  'src/lib/numerals.ts: numerals beyond 十 (十一 … 一千), so headings still parse and render',
  'src/lib/source.ts: heading pattern accepts 百, 千 and 零',
  'src/lib/validate.ts: expected article count 10 → N',
  'src/lib/schema.ts: order (and datum trend) bound 10 → N',
];

/** Files and folders never copied: dependencies are linked, outputs and caches are rebuilt. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'bench', 'test-results', 'playwright-report', '.tmp']);

/** Copies the project to `dest` and links its dependencies (without Astro's/Vite's caches). */
export function copyProject(root, dest) {
  fs.cpSync(root, dest, {
    recursive: true,
    filter: (src) => path.relative(root, src) === '' || !SKIP.has(path.relative(root, src).split(path.sep)[0]),
  });
  const modules = path.join(dest, 'node_modules');
  fs.mkdirSync(modules);
  for (const name of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules', name)), path.join(modules, name));
  }
}

/** 11 → "十一", 101 → "一百零一", 1000 → "一千": the ordinary Chinese reading, 1–9999. */
export function chineseNumeral(n) {
  const digits = '零一二三四五六七八九';
  const units = ['', '十', '百', '千'];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    if (d === 0) return void (zero = true);
    if (zero && out) out += '零';
    zero = false;
    out += digits[d] + units[ds.length - 1 - i];
  });
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

/** Replaces `from` with `to` in a copied file, or throws if the project no longer has `from`. */
function patch(dir, file, from, to) {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`synthetic: ${file} no longer contains ${JSON.stringify(from)}; update scripts/bench/synthetic.mjs`);
  fs.writeFileSync(full, text.split(from).join(to));
}

/**
 * Turns the copy at `dir` into a publication of `n` articles.
 * @param {string} dir a fresh copyProject() destination
 * @param {number} n
 */
export function makeSynthetic(dir, n) {
  const seedLines = fs.readFileSync(path.join(dir, SEED), 'utf8').split(/\r?\n/);
  const [, intro] = seedLines;
  const real = fs
    .readdirSync(path.join(dir, 'content/trends'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, 'content/trends', f), 'utf8');
      const field = (name) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1] ?? '';
      const order = Number(field('order'));
      const sourceLine = Number(field('sourceLine'));
      return { text, order, slug: field('slug'), title: seedLines[sourceLine - 2].replace(/^[一二三四五六七八九十]+、/, ''), paragraph: seedLines[sourceLine - 1] };
    })
    .sort((a, b) => a.order - b.order);
  if (real.length !== 10) throw new Error(`synthetic: expected the ten real articles as templates, found ${real.length}`);

  const seed = [`合成基准出版物（${n}篇）`, intro];
  fs.rmSync(path.join(dir, 'content/trends'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'content/trends'));
  for (let k = 1; k <= n; k++) {
    const t = real[(k - 1) % real.length];
    const title = `${t.title}（合成第${k}篇）`;
    seed.push(`${chineseNumeral(k)}、${title}`, t.paragraph);
    const slug = `${t.slug}-${k}`;
    const mdx = t.text
      .replace(/^order: .*$/m, `order: ${k}`)
      .replace(/^slug: .*$/m, `slug: ${slug}`)
      .replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)
      .replace(/^sourceLine: .*$/m, `sourceLine: ${seed.length}`);
    fs.writeFileSync(path.join(dir, 'content/trends', `${String(k).padStart(4, '0')}-${slug}.mdx`), mdx);
  }
  fs.writeFileSync(path.join(dir, SEED), seed.join('\n'));

  const table = Array.from({ length: n }, (_, i) => chineseNumeral(i + 1));
  fs.writeFileSync(
    path.join(dir, 'src/lib/numerals.ts'),
    `// Synthetic bench copy: numerals 1–${n}.\nconst TABLE: string[] = ${JSON.stringify(table)};\n` +
      `export function toChineseNumeral(n: number): string {\n  const s = TABLE[n - 1];\n  if (!Number.isInteger(n) || s === undefined) throw new RangeError(\`no numeral for \${n}\`);\n  return s;\n}\n` +
      `export function fromChineseNumeral(numeral: string): number {\n  const i = TABLE.indexOf(numeral);\n  if (i < 0) throw new RangeError(\`unknown numeral "\${numeral}"\`);\n  return i + 1;\n}\n` +
      `export const trendHeading = (order: number, title: string) => \`\${toChineseNumeral(order)}、\${title}\`;\n`,
  );
  patch(dir, 'src/lib/source.ts', 'const HEADING = /^([一二三四五六七八九十]+)、(.+)$/;', 'const HEADING = /^([零一二三四五六七八九十百千]+)、(.+)$/;');
  patch(dir, 'src/lib/validate.ts', 'const TREND_COUNT = 10;', `const TREND_COUNT = ${n};`);
  patch(dir, 'src/lib/schema.ts', '.int().min(1).max(10)', `.int().min(1).max(${n})`);
}
