/**
 * The English edition as a reader meets it: every Chinese page has its English counterpart under
 * /en/ and back, each declaring its language and linking the other with hreflang; the visible
 * switch keeps the reader's place; every English trend page says the English is the site's
 * translation and links the Chinese paragraph; the Chinese of a name follows it once, marked as
 * Chinese; the English PDF is offered only where the build made it. (Accessibility of these pages:
 * a11y.spec.ts, which walks every built page.)
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { parenthesized } from '../../src/lib/format';
import { edition } from '../helpers/edition';
import { DIST, builtPages, pageFile } from './site';

/** A page's <html lang> and its hreflang alternates, read from the built file. */
function head(page: string) {
  const html = fs.readFileSync(pageFile(page), 'utf8');
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  const alternates = new Map([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  return { lang, alternates };
}

/** The address path of an alternate's href (absolute with a public address, a path without). */
const pathOf = (href: string) => new URL(href, 'http://site.invalid').pathname;

/** The English counterpart of a Chinese page: the same path under /en/ (the root 404 file: /en/404/). */
const english = (page: string) => (page === '/404.html' ? '/en/404/' : `/en${page}`);

const pages = builtPages();
const chinese = pages.filter((p) => !p.startsWith('/en/'));
const englishPages = pages.filter((p) => p.startsWith('/en/'));

test('every Chinese page has an English counterpart and back, each with its lang and hreflang both ways', () => {
  expect(chinese.length).toBeGreaterThan(20);
  expect(englishPages.map((p) => p).sort()).toEqual(chinese.map(english).sort());
  for (const zh of chinese) {
    const en = english(zh);
    const a = head(zh);
    const b = head(en);
    expect(a.lang, zh).toBe('zh-CN');
    expect(b.lang, en).toBe('en');
    if (zh === '/404.html') continue; // an error page is no address to offer as an alternate
    expect(pathOf(a.alternates.get('en') ?? ''), `${zh} → en`).toBe(en);
    expect(pathOf(a.alternates.get('zh-CN') ?? ''), `${zh} → itself`).toBe(zh);
    expect(pathOf(b.alternates.get('zh-CN') ?? ''), `${en} → zh-CN`).toBe(zh);
    expect(pathOf(b.alternates.get('en') ?? ''), `${en} → itself`).toBe(en);
    expect(pathOf(b.alternates.get('x-default') ?? ''), `${en}: x-default is the Chinese`).toBe(zh);
  }
});

test('the root 404 page, served for every missing address, points English readers to the English edition', () => {
  const html = fs.readFileSync(pageFile('/404.html'), 'utf8');
  expect(html).toMatch(/<p lang="en">[^<]*<a href="\/en\/" hreflang="en">/);
});

test('the language switch goes to the counterpart and keeps the paragraph (a #fragment; on the source pages, each paragraph’s own link)', async ({
  page,
}) => {
  const anchor =
    edition.source.paragraphs.find((p) => p.kind === 'body' && p.number === 12)?.anchor ?? edition.source.trends.get(5)!.body.anchor;
  await page.goto(`/source/#${anchor}`);
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/en/source/#${anchor}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // A reader scrolled to a paragraph switches there, and back.
  const target = edition.source.trends.get(7)!.body.anchor;
  await page.goto('/en/source/');
  await page.locator(`#${target} [data-paragraph-lang]`).click();
  await expect(page).toHaveURL(new RegExp(`/source/#${target}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator(`#${target}`)).toBeInViewport();
  await page.locator(`#${target} [data-paragraph-lang]`).click();
  await expect(page).toHaveURL(new RegExp(`/en/source/#${target}$`));

  // A search carries across with its words.
  await page.goto('/en/search/?q=logistics');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/search\/\?q=logistics$/);
});

test('without JavaScript the switch is a plain link to the counterpart', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/trends/o2o/');
  await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', '/en/trends/o2o/');
  await expect(page.locator('[data-lang-switch]')).toHaveAttribute('hreflang', 'en');
  await context.close();
});

for (const t of edition.en.trends) {
  test(`/en/trends/${t.slug}/: marked as the site's translation, linking the Chinese paragraph; the original unchanged and marked Chinese`, async ({
    page,
  }) => {
    await page.goto(`/en/trends/${t.slug}/`);
    const note = page.locator('.article__source-link');
    await expect(note).toContainText('this site’s translation');
    await expect(note).toContainText('the Chinese original is authoritative');
    await expect(note.locator('a')).toHaveAttribute('href', `/source/#${t.trend.paragraph.anchor}`);
    await expect(page.locator('h1')).toHaveText(new RegExp(`^\\s*${t.order}\\.\\s*${t.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`));
    // The translation as source.yaml writes it, each name's Chinese once in brackets.
    const translation = page.locator('.translation');
    const text = (await translation.textContent())!.replace(/\s+/g, ' ').trim();
    const plain = text.replace(/ \([^()]*[\u4e00-\u9fff][^()]*\)/g, '');
    expect(plain).toBe(t.paragraph.replace(/\s+/g, ' ').trim());
    for (const zh of await translation.locator('[lang="zh-CN"]').allTextContents()) {
      expect(text.split(`(${zh})`).length - 1, `${t.slug}: (${zh}) once`).toBe(1);
      expect(edition.en.name(zh), `${t.slug}: ${zh} is in the names table`).toBeDefined();
    }
    const original = page.locator('blockquote.original');
    await expect(original).toHaveAttribute('lang', 'zh-CN');
    expect((await original.textContent())!.replace(/\s+/g, '')).toBe(t.trend.paragraph.text.replace(/\s+/g, ''));
  });
}

test('/en/source/: each Chinese paragraph unchanged beside its English, under the Chinese page’s anchors', async ({ page }) => {
  await page.goto('/en/source/');
  for (const { paragraph, en } of edition.en.source) {
    if (paragraph.kind === 'title' || paragraph.kind === 'heading') continue;
    const block = page.locator(`#${paragraph.anchor}`);
    await expect(block.locator('.source-doc__zh')).toHaveAttribute('lang', 'zh-CN');
    expect((await block.locator('.source-doc__zh').textContent())!.replace(/\s+/g, ''), paragraph.anchor).toBe(
      paragraph.text.replace(/\s+/g, ''),
    );
    const english = (await block.locator('.source-doc__en').textContent())!.replace(/\s+/g, ' ').trim();
    expect(english.replace(/ \([^()]*[\u4e00-\u9fff][^()]*\)/g, ''), paragraph.anchor).toBe(en.replace(/\s+/g, ' ').trim());
  }
});

test('the English front page offers the English PDF exactly when the build made it', async ({ page }) => {
  await page.goto('/en/');
  const made = fs.existsSync(`${DIST}/en/briefing.pdf`);
  await expect(page.locator('a[href="/en/briefing.pdf"]')).toHaveCount(made ? 1 : 0);
  await page.goto('/en/briefing/');
  await expect(page.locator('a[href="/en/briefing.pdf"]')).toHaveCount(made ? 1 : 0);
});

test('a number standing alone reads as English in its text (what a screen reader or a copy gets): a word space before its unit, its period and source and its paragraph link; the Chinese pages write none', async ({
  page,
}) => {
  for (const [path, lead, summary, lang, space] of [
    ['', edition.lead, edition.summary, 'zh-CN', ''],
    ['en/', edition.en.lead, edition.en.summary, 'en', ' '],
  ] as const) {
    await page.goto(`/${path}`);
    for (const d of lead) {
      const callout = page.locator(`.callouts .key-figure[data-datum="${d.id}"]`);
      const added = d.addedUnit ?? (d.unitRemark && parenthesized(d.unitRemark, lang));
      await expect(callout.locator('.key-figure__value')).toHaveText(added ? `${d.value}${space}${added}` : d.value);
      await expect(callout.locator('.key-figure__label')).toHaveText(`${d.label}${space}${parenthesized(d.context, lang)}`);
      await expect(callout.locator('.key-figure__quote')).toHaveText(new RegExp(`”${space}\\S`));
    }
    await page.goto(`/${path}briefing/`);
    for (const d of summary) {
      const label = page.locator(`.briefing-summary .callout[data-datum="${d.id}"] .callout__label`);
      await expect(label).toHaveText(d.unitRemark ? `${d.label}${space}${parenthesized(d.unitRemark, lang)}` : d.label);
    }
  }
});
