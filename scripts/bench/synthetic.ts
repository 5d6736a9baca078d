/**
 * Synthetic publications for the bench and the tests: a copy of the project (scripts/lib/project.ts)
 * whose seed gains numbered heading/paragraph pairs after the real ones and whose content/trends
 * gains one article for each. Nothing else changes: the seed decides how many trends there are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SEED_PATH } from '../lib/paths.ts';
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { toChineseNumeral } from '../../src/lib/numerals.ts';

const TRANSLATION = 'content/translations/en/source.yaml';
const ENGLISH_DATA = 'content/translations/en/data.yaml';

/** How a synthetic copy differs from the real project, for the bench output and README. */
export const DIFFERENCES = [
  `${SEED_PATH}: the real seed, then pairs 十一、… up to N; pair k repeats real trend ((k−1) mod 10)+1: its paragraph, and its title + "（合成第k篇）"; content/data/edition.yaml pins the longer seed's fingerprint`,
  'content/trends: one more article per added pair, a copy of that trend’s article with order and slug rewritten, and without its figures and key figure (they draw the real trend’s numbers)',
  `${TRANSLATION}, ${ENGLISH_DATA}: the English of each added pair, the real trend’s, its heading + " (synthetic no. k)", and its summary under the new slug`,
];

export interface SyntheticTrend {
  order: number;
  slug: string;
  heading: string;
  paragraph: string;
  file: string;
}

/** Grows the copy at `dir` (a fresh copyProject() destination) to `n` trends; returns the trends it added. */
export function makeSynthetic(dir: string, n: number): SyntheticTrend[] {
  const seedFile = path.join(dir, SEED_PATH);
  const seed = fs.readFileSync(seedFile, 'utf8').replace(/\n+$/, '').split('\n');
  const trendsDir = path.join(dir, 'content/trends');
  // The seed's headings and paragraphs by order: line 3 is 一、…, each trend two lines.
  const real = fs
    .readdirSync(trendsDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = fs.readFileSync(path.join(trendsDir, f), 'utf8');
      const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1] ?? '';
      const order = Number(field('order'));
      const heading = seed[2 * order];
      return { text, order, slug: field('slug'), title: heading.slice(heading.indexOf('、') + 1), paragraph: seed[2 * order + 1] };
    })
    .sort((a, b) => a.order - b.order);
  if (real.length === 0 || n < real.length) throw new Error(`synthetic: cannot make ${n} trends from ${real.length} real ones`);

  // The English edition covers every trend: each added pair gets the real trend's English.
  const translationFile = path.join(dir, TRANSLATION);
  const dataFile = path.join(dir, ENGLISH_DATA);
  const english = parse(fs.readFileSync(translationFile, 'utf8')) as { trends: { order: number; heading: string; paragraph: string }[] };
  const summaries = (parse(fs.readFileSync(dataFile, 'utf8')) as { summaries: Record<string, string> }).summaries;
  const translated: string[] = [];
  const summarised: string[] = [];

  const added: SyntheticTrend[] = [];
  for (let k = real.length + 1; k <= n; k++) {
    const t = real[(k - 1) % real.length];
    const heading = `${toChineseNumeral(k)}、${t.title}（合成第${k}篇）`;
    seed.push(heading, t.paragraph);
    const slug = `${t.slug}-${k}`;
    const file = `content/trends/${String(k).padStart(5, '0')}-${slug}.mdx`;
    const mdx = t.text
      .replace(/^order: .*$/m, `order: ${k}`)
      .replace(/^slug: .*$/m, `slug: ${slug}`)
      // Figures and the key figure draw the real trend's numbers (content/data names its trend):
      // a copy has none of its own, and the build rejects a figure or key figure of another trend.
      .replace(/^keyFigure: .*\n/m, '')
      .replace(/^<Figure\b[^>]*\/>\n*/gm, '');
    fs.writeFileSync(path.join(dir, file), mdx);
    added.push({ order: k, slug, heading, paragraph: t.paragraph, file });
    const en = english.trends.find((x) => x.order === t.order)!;
    // The English writes k as the translation check reads the Chinese 第k篇: digits grouped ("1,000"), a year-like k as a year.
    const number = /^(?:19|20)\d\d$/.test(String(k)) ? String(k) : new Intl.NumberFormat('en').format(k);
    translated.push(
      `  - order: ${k}`,
      `    heading: ${JSON.stringify(`${en.heading} (synthetic no. ${number})`)}`,
      `    paragraph: ${JSON.stringify(en.paragraph)}`,
    );
    summarised.push(`  ${slug}: ${JSON.stringify(summaries[t.slug])}`);
  }
  fs.writeFileSync(seedFile, seed.join('\n'));
  if (translated.length) {
    // trends: is the translation's last key; summaries: gains the new slugs in its block.
    fs.writeFileSync(translationFile, `${fs.readFileSync(translationFile, 'utf8').trimEnd()}\n${translated.join('\n')}\n`);
    fs.writeFileSync(dataFile, fs.readFileSync(dataFile, 'utf8').replace(/^summaries:\n/m, `summaries:\n${summarised.join('\n')}\n`));
  }
  // The build refuses a seed other than the one the edition pins: the longer seed is this copy's source.
  const editorial = path.join(dir, 'content/data/edition.yaml');
  const digest = createHash('sha256').update(seed.join('\n')).digest('hex');
  fs.writeFileSync(editorial, fs.readFileSync(editorial, 'utf8').replace(/sha256: [0-9a-f]{64}/, `sha256: ${digest}`));
  return added;
}
