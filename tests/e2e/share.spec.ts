/**
 * On the built site (dist/): every page's share card exists, is a
 * 1200 × 630 PNG drawn with the project's CJK font; every JSON-LD block parses and has the
 * properties its schema.org type needs; the GB/T 7714 reference matches the page's data; the
 * /source/ permalinks show on hover and focus.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, edition, source } from '../helpers/edition';
import { builtPages, DIST } from './site';
import { jsonLdOf, metaContent, pngSize } from './share-build';
import { pageFile } from '../../scripts/lib/pages.ts';
import { renderCard, uncovered } from '../../src/build/share-cards';
import { CARD_HEIGHT, CARD_WIDTH, cardText } from '../../src/lib/share-card';
import { formatDatum, numberContext } from '../../src/lib/format';

const html = (page: string) => fs.readFileSync(pageFile(page), 'utf8');
/** The edition date the build used: the last commit's (astro.config.mjs). */
const EDITION = execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: ROOT, encoding: 'utf8' }).trim();
/** The edition's record of each built page, by the path it is served at. */
const recordOf = new Map([...edition.pages.values(), ...edition.en.pages.values()].map((p) => [`/${p.path}`, p]));

/** dist/ file of an og:image value (site path, or absolute when dist/ was built with SITE_URL). */
const fileOfImage = (value: string) => path.join(DIST, new URL(value, 'http://site.invalid/').pathname.replace(/^\//, ''));

test('every page has its own share card: a 1200 × 630 PNG drawn with the CJK font, with alt text', async () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThanOrEqual(16);
  for (const page of pages) {
    const h = html(page);
    const image = metaContent(h, 'property', 'og:image');
    expect(image, page).toBeTruthy();
    expect(metaContent(h, 'name', 'twitter:card'), page).toBe('summary_large_image');
    expect(metaContent(h, 'property', 'og:image:alt'), page).toMatch(/.{10,}/);
    const file = fileOfImage(image!);
    expect(fs.existsSync(file), `${page} → ${image}`).toBe(true);
    const bytes = fs.readFileSync(file);
    expect(pngSize(bytes), image).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });

    // The page's own card (not a shared fallback), re-drawn here from the edition's record of the page.
    const card = recordOf.get(page)?.card;
    expect(card, `${page}: the edition has no record of it`).toBeDefined();
    expect(image!.endsWith(`og/${recordOf.get(page)!.key}.png`), page).toBe(true);
    const rendered = await renderCard(card!);
    expect(rendered.equals(bytes), `${image} is not the card drawn with the CJK font`).toBe(true);
    // A card with Chinese on it is drawn with the CJK font (an English card may have none).
    if (/\p{Script=Han}/u.test(cardText(card!))) {
      const withoutCjk = await renderCard(card!, { cjk: false });
      expect(withoutCjk.equals(bytes), `${image} looks the same without the CJK font`).toBe(false);
    }
  }
});

test('every character on every card is in a subset of the project font (none would be drawn as a box)', () => {
  for (const { card } of [...edition.pages.values(), ...edition.en.pages.values()]) expect(uncovered(cardText(card)), card.key).toEqual([]);
});

test('a trend card states its key figure with hedge, period and source', () => {
  for (const t of edition.trends) {
    const card = edition.pages.get(`trends/${t.slug}`)!.card;
    expect(card.title).toBe(t.heading);
    const d = t.keyFigure;
    if (!d) {
      expect(card.lead).toContain(t.summary);
      continue;
    }
    expect(card.figure!.value).toBe(formatDatum(d));
    expect(card.figure!.value.startsWith(d.qualifier ?? '')).toBe(true);
    expect(card.figure!.context).toBe(numberContext(d));
  }
});

/** The properties each schema.org type used here must have, and those it may have (schema.org's definitions). */
const SCHEMA: Record<string, { required: string[]; allowed: string[] }> = {
  Article: {
    required: ['headline', 'inLanguage', 'isBasedOn', 'publisher', 'dateModified', 'image'],
    allowed: ['@context', '@type', 'description', 'url', 'mainEntityOfPage', 'name', 'translationOfWork'],
  },
  Dataset: {
    required: ['name', 'description', 'distribution', 'isBasedOn'],
    allowed: ['@context', '@type', 'inLanguage', 'creator', 'dateModified', 'url', 'translationOfWork'],
  },
  // A CreativeWork may say what it is based on and translates (the English edition's do).
  WebSite: { required: ['name', 'inLanguage'], allowed: ['@context', '@type', 'description', 'url', 'isBasedOn', 'translationOfWork'] },
  DataDownload: { required: ['contentUrl', 'encodingFormat'], allowed: ['@type', 'name'] },
  Organization: { required: ['name'], allowed: ['@type', 'url'] },
};

function checkNode(node: Record<string, unknown>, where: string, problems: string[]) {
  const type = node['@type'] as string;
  const schema = SCHEMA[type];
  if (!schema) return void problems.push(`${where}: unexpected @type ${type}`);
  for (const p of schema.required) if (node[p] === undefined || node[p] === '') problems.push(`${where}: ${type} lacks ${p}`);
  for (const p of Object.keys(node))
    if (![...schema.required, ...schema.allowed].includes(p)) problems.push(`${where}: ${type} has no property ${p}`);
}

test('every JSON-LD block parses and carries what its schema.org type needs', () => {
  const problems: string[] = [];
  const byType = new Map<string, string[]>();
  for (const page of builtPages()) {
    for (const node of jsonLdOf(html(page))) {
      expect(node['@context'], page).toBe('https://schema.org');
      checkNode(node, page, problems);
      byType.set(node['@type'] as string, [...(byType.get(node['@type'] as string) ?? []), page]);
      if (node['@type'] === 'Article') {
        const english = page.startsWith('/en/');
        // An English page is a translation of the Chinese original, and says so.
        expect(node.inLanguage, page).toBe(english ? 'en' : 'zh-CN');
        if (english) expect(node.translationOfWork, page).toEqual(node.isBasedOn);
        expect(node.dateModified).toBe(EDITION);
        const original = node.isBasedOn as Record<string, unknown>;
        // The original is an article with no stated author or date: the site says so and does not invent them.
        expect(original).toMatchObject({ '@type': 'Article', name: source.title });
        expect(original.author).toBeUndefined();
        expect(String(original.description)).toMatch(page.startsWith('/en/') ? /infers/ : /推断/);
        checkNode(node.publisher as Record<string, unknown>, page, problems);
        expect(fs.existsSync(fileOfImage(String(node.image))), `${page}: ${node.image}`).toBe(true);
      }
      if (node['@type'] === 'Dataset') {
        const files = node.distribution as Record<string, unknown>[];
        for (const f of files) {
          checkNode(f, page, problems);
          expect(fs.existsSync(fileOfImage(String(f.contentUrl))), String(f.contentUrl)).toBe(true);
        }
        // One distribution per CSV the site publishes.
        expect(files.map((f) => path.basename(String(f.contentUrl), '.csv')).sort()).toEqual([...edition.figures.keys()].sort());
      }
    }
  }
  expect(problems).toEqual([]);
  const trends = edition.trends.map((t) => `/trends/${t.slug}/`);
  const articles = [...trends, '/briefing/'];
  expect((byType.get('Article') ?? []).sort()).toEqual([...articles, ...articles.map((p) => `/en${p}`)].sort());
  expect(byType.get('Dataset')).toEqual(['/', '/en/']);
  expect(byType.get('WebSite')).toEqual(['/', '/en/']);
});

test('each trend page and the briefing cite themselves in GB/T 7714—2015 from their own data', async ({ page, request }) => {
  const pages = [
    ...edition.trends.map((t) => ({ path: `/trends/${t.slug}/`, title: `${source.title}：${t.heading}` })),
    { path: '/briefing/', title: `${source.title}：简报` },
  ];
  const canonical = (h: string) => /<link\s[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(h)?.[1];
  for (const p of pages) {
    await page.goto(p.path);
    await expect(page.locator('.citation')).toHaveCount(1);
    const url = canonical(html(p.path));
    const expected = `佚名. ${p.title}[EB/OL]. (${EDITION})[${EDITION}].${url ? ` ${url}.` : ''}`;
    await expect(page.locator('[data-citation="gbt7714"]')).toHaveText(expected);
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', p.title);
    await expect(page.locator('meta[name="citation_author"]')).toHaveCount(0);
    const href = await page.locator('.citation a[download]').getAttribute('href');
    const csl = (await (await request.get(href!)).json()) as Record<string, unknown>[];
    expect(csl).toHaveLength(1);
    expect(csl[0]).toMatchObject({
      type: 'webpage',
      title: p.title,
      language: 'zh-CN',
      issued: { 'date-parts': [EDITION.split('-').map(Number)] },
    });
    expect(csl[0].author).toBeUndefined();
  }
});

test('/source/: every heading and paragraph has a permalink, shown on hover and on keyboard focus', async ({ page }) => {
  await page.goto('/source/');
  const headings = source.paragraphs.filter((p) => p.kind === 'heading');
  const prose = source.paragraphs.filter((p) => p.number !== undefined);
  for (const p of [...headings, ...prose]) await expect(page.locator(`.permalink[href="#${p.anchor}"]`)).toHaveCount(1);
  // Paragraph numbers count prose only (the intro is 1), anchors stay the seed's line numbers.
  for (const p of prose) await expect(page.locator(`.permalink[href="#${p.anchor}"]`)).toHaveText(`¶${p.number}`);

  const link = page.locator(`.permalink[href="#${prose[1].anchor}"]`);
  const opacity = () => link.evaluate((a) => getComputedStyle(a).opacity);
  await page.mouse.move(0, 0);
  await expect.poll(opacity).toBe('0');
  await page.locator(`#${prose[1].anchor} > p`).first().hover();
  await expect.poll(opacity).toBe('1');
  await page.mouse.move(0, 0);
  await expect.poll(opacity).toBe('0');
  await link.focus();
  await expect.poll(opacity).toBe('1');
  // Reached with Tab like any link, and it goes where it says.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${prose[1].anchor}$`));
});

test('/source/ sets the original in the same face as the trend pages', async ({ page }) => {
  await page.goto('/trends/o2o/');
  const trendFace = await page.locator('.original').evaluate((e) => getComputedStyle(e).fontFamily);
  await page.goto('/source/');
  const sourceFace = await page
    .locator('.source-doc__para > p')
    .first()
    .evaluate((e) => getComputedStyle(e).fontFamily);
  expect(sourceFace).toBe(trendFace);
});
