/**
 * Renders share cards to PNG at build time: satori lays the card out and turns its text into
 * vector paths with the project's own font (Noto Sans SC from @fontsource/noto-sans-sc, so no
 * system font decides what a card looks like), and resvg rasterises the SVG.
 *
 * Why these: satori (Vercel's og-image engine) and resvg-js are the maintained, widely used pair for
 * exactly this job, run in plain Node with no browser, and are deterministic (same input, same
 * bytes), which makes the cache below and the tests' re-rendering possible. Playwright could
 * screenshot an HTML card too, but a browser per build costs more than the whole build does today.
 *
 * @fontsource ships Noto Sans SC cut into ~100 unicode-range subsets; a card loads only the subsets
 * its characters fall in (WOFF: satori reads WOFF, not WOFF2), each as its own font family, and lists
 * them all so satori falls back from one subset to the next.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Font } from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardText, cardTree, type CardContent } from '../lib/share-card';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const FONT_PACKAGE = '@fontsource/noto-sans-sc';
const FONT_DIR = path.dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
const WEIGHTS = [400, 700] as const;
/** Latin-only subsets: what a card can draw without the CJK font (the tests' comparison). */
const LATIN = ['latin', 'latin-ext'];

const version = (pkg: string) =>
  (JSON.parse(fs.readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
let versions: string[] | undefined;

type Range = [number, number];
let subsets: [name: string, ranges: Range[]][] | undefined;

/** @fontsource's unicode.json: subset name → "U+4e00-4e01,U+4e03,…". */
function fontSubsets() {
  subsets ??= Object.entries(JSON.parse(fs.readFileSync(path.join(FONT_DIR, 'unicode.json'), 'utf8')) as Record<string, string>).map(
    ([name, ranges]) => [
      name.replace(/^\[(\d+)\]$/, '$1'),
      ranges.split(',').map((r): Range => {
        const [lo, hi = lo] = r.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(lo, 16), parseInt(hi, 16)];
      }),
    ],
  );
  return subsets;
}

/** The subset that holds a character, if any. */
function subsetOf(ch: string): string | undefined {
  const code = ch.codePointAt(0)!;
  return fontSubsets().find(([, ranges]) => ranges.some(([lo, hi]) => code >= lo && code <= hi))?.[0];
}

/** The subsets that hold the given characters (Latin always, for digits and spaces). */
function subsetsFor(text: string, cjk = true): string[] {
  const out = new Set(LATIN);
  if (!cjk) return [...out];
  for (const ch of new Set(text)) {
    const subset = subsetOf(ch);
    if (subset) out.add(subset);
  }
  return [...out];
}

/** Characters of `text` that no subset of the font covers (they would be drawn as boxes). */
export const uncovered = (text: string): string[] => [...new Set(text)].filter((ch) => !subsetOf(ch));

const fontCache = new Map<string, Buffer>();
function fontFile(subset: string, weight: number): Buffer {
  const file = path.join(FONT_DIR, 'files', `noto-sans-sc-${subset}-${weight}-normal.woff`);
  let data = fontCache.get(file);
  if (!data) {
    if (!fs.existsSync(file)) throw new Error(`${FONT_PACKAGE}: missing ${file} (run npm install)`);
    data = fs.readFileSync(file);
    fontCache.set(file, data);
  }
  return data;
}

/** The card as satori input: its tree and the fonts it needs. `cjk: false` draws it with Latin subsets only. */
function cardInput(card: CardContent, { cjk = true } = {}) {
  const names = subsetsFor(cardText(card), cjk);
  const fonts: Font[] = names.flatMap((subset) =>
    WEIGHTS.map((weight) => ({ name: `NotoSansSC-${subset}`, data: fontFile(subset, weight), weight, style: 'normal' as const })),
  );
  return { tree: cardTree(card, names.map((n) => `NotoSansSC-${n}`).join(', ')), fonts };
}

/** Renders a card to PNG bytes, without any cache. */
export async function renderCard(card: CardContent, options: { cjk?: boolean } = {}): Promise<Buffer> {
  return renderInput(cardInput(card, options));
}

/** Draws a laid-out card (satori, then resvg). */
async function renderInput({ tree, fonts }: ReturnType<typeof cardInput>): Promise<Buffer> {
  const [{ default: satori }, { renderAsync }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  // satori's types want a ReactNode; its documented object form ({ type, props }) is what we pass.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  // renderAsync rasterises on libuv's thread pool: cards drawn together use both cores while the
  // main thread goes on rendering pages.
  return (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng();
}

/** Where rendered cards are kept between builds: Astro's cache folder (npm run build never clears it). */
const CACHE_DIR = path.join(process.cwd(), 'node_modules/.astro/share-cards');

/**
 * Renders a card, or reuses the PNG of an identical earlier render. The key covers everything
 * that decides the pixels: the laid-out tree (all text, sizes, colours), the font subsets, and the
 * versions of the font, satori and resvg; so a changed card is always re-rendered.
 */
async function cachedCard(card: CardContent): Promise<Buffer> {
  const input = cardInput(card);
  const { tree, fonts } = input;
  const key = createHash('sha256')
    .update(
      JSON.stringify({
        tree,
        fonts: fonts.map((f) => `${f.name}/${f.weight}`),
        versions: (versions ??= [FONT_PACKAGE, 'satori', '@resvg/resvg-js'].map((p) => `${p}@${version(p)}`)),
      }),
    )
    .digest('hex');
  const file = path.join(CACHE_DIR, `${key}.png`);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const png = await renderInput(input);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // Write then rename: a build stopped half-way never leaves a truncated card to be reused.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, png);
  fs.renameSync(tmp, file);
  return png;
}

/** The cards the endpoint will ask for, in its order, and the drawings begun ahead of it. */
let queue: string[] = [];
const byId = new Map<string, CardContent>();
const position = new Map<string, number>();
const started = new Map<string, Promise<Buffer>>();
/** How many cards are drawn ahead of the one asked for: both cores busy, and memory bounded however many pages there are. */
const AHEAD = 2 * os.availableParallelism();

/** Starts the drawing of the card at `i` of the queue, unless it has been. */
function start(i: number): void {
  const id = queue[i];
  if (id === undefined || started.has(id)) return;
  const png = cachedCard(byId.get(id)!);
  // Awaited by cardPng; until then a failure must not count as an unhandled rejection.
  png.catch(() => {});
  started.set(id, png);
}

/**
 * Tells the renderer which cards will be asked for, in order (the endpoint calls this from
 * getStaticPaths), so drawing runs a few cards ahead of the build instead of adding to it card by
 * card; resvg rasterises on libuv's thread pool, so drawings overlap the rendering of pages.
 */
export function startCards(cards: CardContent[]): void {
  queue = cards.map((c) => JSON.stringify(c));
  cards.forEach((c, i) => (byId.set(queue[i], c), position.set(queue[i], i)));
  for (let i = 0; i < AHEAD; i++) start(i);
}

/** The card's PNG: the drawing begun for it (which it hands over), or a new one; the next ones start. */
export async function cardPng(card: CardContent): Promise<Buffer> {
  const id = JSON.stringify(card);
  const at = position.get(id);
  if (at !== undefined) for (let i = at; i <= at + AHEAD; i++) start(i);
  const png = started.get(id) ?? cachedCard(card);
  started.delete(id);
  return png;
}
