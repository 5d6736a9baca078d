/**
 * The briefing as a PDF: runs `npm run pdf`'s function against the built dist/ once, writing to a
 * temporary file (dist/ is left alone: other specs read it meanwhile), then checks the file itself
 * with poppler (pdfinfo, pdffonts, pdftotext, pdftoppm), never only the CSS that made it. The PDF's
 * share of fidelity.spec.ts's audit (original text verbatim, no number the page does not show) is
 * here too, so the suite prints the briefing once.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { briefingAnchor } from '../../src/lib/urls';
import { edition, source } from '../helpers/edition';
import { DIST, squash } from './site';
import { destinations, makePdf } from '../../src/build/pdf';
import { SHORT_TITLE, firstLine, lastLine, pageFill, pdfPages, withoutFooter } from '../helpers/pdf';
import { numbersOnPage } from './numbers';

// One PDF for the whole file: tests share it, so they run in order in one worker. Not serial
// mode: a failing check must not skip the ones after it (a new worker prints the PDF again).
test.describe.configure({ mode: 'default' });

const headings = [...source.trends.values()].map((t) => t.heading.text);
const MAX_PAGES = 8;
const MAX_BYTES = 1.5 * 1024 * 1024;
let tmp: string;
/** The PDF `npm run build` made, and what it should hold: the contents' sections, no public address (the tests build without). */
const result = {
  file: path.join(DIST, 'briefing.pdf'),
  site: undefined as string | undefined,
  sections: [
    { id: 'briefing-summary', label: '摘要' },
    ...edition.trends.map((t) => ({ id: briefingAnchor(t.slug), label: t.heading })),
    { id: 'briefing-sources', label: '来源' },
  ],
};
let pages: string[];
/** For each trend heading, the 1-based page where it stands as a line of its own. */
let trendPages: number[];

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const lines = (page: string) =>
  page
    .split('\n')
    .map((l) => squash(l))
    .filter(Boolean);
/** The page (1-based, searching from `from`) whose text contains the snippet, whitespace aside. */
const pageOf = (snippet: string, from = 1) => pages.findIndex((p, i) => i + 1 >= from && squash(p).includes(squash(snippet))) + 1;
/** The page (1-based, from `from`) that has the text as a whole line. */
const pageWithLine = (text: string, from = 1) => pages.findIndex((p, i) => i + 1 >= from && lines(p).includes(squash(text))) + 1;

test.beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pdf-spec-'));
  // `npm run build` alone made it, and the page offers it.
  expect(fs.existsSync(result.file), 'dist/briefing.pdf').toBe(true);
  expect(fs.readFileSync(path.join(DIST, 'briefing/index.html'), 'utf8')).toContain('href="/briefing.pdf"');
  pages = pdfPages(result.file);
  const summary = pageWithLine('摘要', 2);
  let from = summary + 1;
  trendPages = headings.map((h) => (from = pageWithLine(h, from)));
});

test.afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test.describe('what the PDF says is what the source says (fidelity.spec.ts checks the pages)', () => {
  // Audited as fidelity.spec.ts audits the HTML: without JavaScript.
  test.use({ javaScriptEnabled: false });
  /** The pages without the running footer: a paragraph that runs on to the next page reads as one. */
  const bodyPages = () => pages.map((p) => withoutFooter(p));

  test('holds every paragraph, line breaks aside', () => {
    const text = squash(bodyPages().join(''));
    for (const b of source.trends.values()) expect(text, `seeds/ line ${b.body.line}`).toContain(squash(b.body.text));
  });

  test('shows no number the audited /briefing/ page does not, except page numbers', async ({ page }) => {
    await page.goto('/briefing/');
    const shown = new Set((await numbersOnPage(page)).map((n) => n.number));
    const breaches: string[] = [];
    bodyPages().forEach((text, i) => {
      for (const line of text.split('\n')) {
        // pdftotext sets a space between Chinese and digits where the page draws one (text-autospace);
        // a space between two numbers stays (the matrix heads its columns 9 10).
        const flat = line.replace(/\s+/g, ' ').trim();
        // A line that is only a page number: the contents' page column.
        if (/^\d+$/.test(flat) && Number(flat) <= pages.length) continue;
        for (const m of flat.matchAll(/\d+(?:\.\d+)?/g)) {
          if (!shown.has(m[0]))
            breaches.push(`PDF page ${i + 1}: "${flat.slice(Math.max(0, m.index! - 12), m.index! + m[0].length + 8)}": ${m[0]}`);
        }
      }
    });
    expect(shown.size).toBeGreaterThan(20);
    expect(breaches).toEqual([]);
  });
});

test(`an A4, tagged PDF of at most ${MAX_PAGES} pages and 1.5 MB`, () => {
  const info = run('pdfinfo', [result.file]);
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  expect(info).toMatch(/Tagged:\s+yes/);
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(count).toBe(pages.length);
  expect(count).toBeLessThanOrEqual(MAX_PAGES);
  expect(fs.statSync(result.file).size).toBeLessThanOrEqual(MAX_BYTES);
  // How long it takes is measured by `npm run bench` (its PDF row), not here: a time limit in a
  // test fails a slow machine, not a slow renderer.
});

test('named, embedded CJK fonts, and the same faces as Ctrl+P lays the briefing out with', async ({ page }) => {
  // Every font in the file is embedded and maps back to Unicode…
  const rows = run('pdffonts', [result.file]).split('\n').slice(2).filter(Boolean);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const [emb, , uni] = row.trim().split(/\s+/).slice(-5, -2);
    expect(`${emb} ${uni}`, row).toBe('yes yes');
  }
  // …so the headings come back out of the PDF as text (boxes would not)…
  for (const h of headings) expect(squash(pages.join(''))).toContain(squash(h));
  // …and pdffonts names the TrueType faces the print stylesheet asks for (Chromium embeds them as
  // named CID fonts rather than anonymous Type 3 ones): two CJK faces and the serif's Latin face.
  const names = rows.map((r) =>
    r
      .trim()
      .split(/\s+/)[0]
      .replace(/^[A-Z]{6}\+/, ''),
  );
  for (const face of ['WenQuanYiMicroHei', 'UMingCN', 'DejaVuSerif']) {
    const row = rows.find((r) => r.trim().split(/\s+/)[0].endsWith(`+${face}`));
    expect(row, `${face} among ${names.join(', ')}`).toBeDefined();
    expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes/);
  }
  // Ctrl+P on /briefing/ (print media, as the PDF is made) lays the text out with faces the PDF
  // names: the same typefaces on paper either way.
  await page.goto('/briefing/');
  await page.emulateMedia({ media: 'print' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  // Every element that holds text, not a sample: one fallback face anywhere would be embedded
  // under another name (an OpenType/CFF face such as Noto CJK as an anonymous Type 3 font).
  // The Type 3 fonts pdffonts still lists are the named faces' synthetic bold: WenQuanYi Micro Hei
  // and AR PL UMing have no bold, and Chromium draws emboldened glyphs as Type 3 (found by
  // printing one bold line alone).
  type Node = { nodeId: number; nodeType: number; nodeName: string; nodeValue: string; children?: Node[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: Node };
  const holders: Node[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 1 && n.children?.some((c) => c.nodeType === 3 && c.nodeValue.trim())) holders.push(n);
    if (!['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE'].includes(n.nodeName)) n.children?.forEach(walk);
  };
  walk(root);
  expect(holders.length).toBeGreaterThan(100);
  const faces = new Map<string, string>();
  for (const n of holders) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: n.nodeId });
    for (const f of fonts)
      faces.set(
        f.postScriptName || f.familyName.replace(/\s+/g, ''),
        `${n.nodeName.toLowerCase()} «${n
          .children!.find((c) => c.nodeType === 3)!
          .nodeValue.trim()
          .slice(0, 20)}»`,
      );
  }
  // The two CJK faces the print stylesheet names set the text (an empty list would pass the loop).
  for (const face of ['WenQuanYiMicroHei', 'UMingCN'])
    expect(
      [...faces.keys()].some((f) => f.endsWith(face)),
      face,
    ).toBe(true);
  for (const [face, where] of faces) {
    expect(
      names.some((n) => face.endsWith(n) || n.endsWith(face.replace(/^ARPL/, ''))),
      `${where}: ${face} is not among the PDF's named fonts ${names.filter((n) => n !== '[none]').join(', ')}`,
    ).toBe(true);
  }
});

test('O2O reads as letters in the serif: the original text sets O and 0 as different glyphs', async ({ page }) => {
  await page.goto('/briefing/');
  await page.emulateMedia({ media: 'print' });
  // AR PL UMing draws Latin letters monospaced, its capital O as wide as the digit 0 and shaped
  // like it. Rendered in the original block, the letter must be visibly wider than the digit.
  const widths = await page.evaluate(() => {
    const box = document.querySelector('.briefing .original')!;
    const measure = (text: string) => {
      const span = document.createElement('span');
      span.textContent = text;
      box.append(span);
      const w = span.getBoundingClientRect().width;
      span.remove();
      return w;
    };
    return { letters: measure('OOOOOOOOOO'), digits: measure('0000000000') };
  });
  expect(widths.letters / widths.digits, JSON.stringify(widths)).toBeGreaterThan(1.15);
  // And the PDF's text says O2O where the source does (not 020).
  expect(squash(pages.join(''))).toContain('O2O模式真正落地');
});

test('body text at 10.5–11 pt, at most 40 Chinese characters a line', async ({ page }) => {
  await page.goto('/briefing/');
  await page.emulateMedia({ media: 'print' });
  const sizes = await page.evaluate(() =>
    ['.briefing .original', '.briefing-findings'].map((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize) * 0.75),
  );
  for (const pt of sizes) {
    expect(pt).toBeGreaterThanOrEqual(10.5);
    expect(pt).toBeLessThanOrEqual(11);
  }
  // Counted on the PDF's own lines of body text (the original paragraphs; notes are smaller type):
  // full-width characters (CJK and its punctuation) per line.
  const bodies = [source.intro, ...[...source.trends.values()].map((t) => t.body)].map((p) => squash(p.text));
  const bodyLines = pages.flatMap((p) => p.split('\n').map(squash)).filter((l) => l.length >= 10 && bodies.some((b) => b.includes(l)));
  expect(bodyLines.length).toBeGreaterThan(50);
  const widest = Math.max(...bodyLines.map((l) => (l.match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g) ?? []).length));
  expect(widest).toBeGreaterThan(30);
  expect(widest).toBeLessThanOrEqual(40);
});

test('cover: title, what the source is and how it is dated, the edition date; no footer', () => {
  const cover = squash(pages[0]);
  expect(squash(firstLine(pages[0]))).toBe('简报');
  expect(cover).toContain(squash(source.title));
  expect(cover).toContain(squash(`一篇写于${edition.dating.written}的行业文章，原文未注明作者与发布机构`));
  for (const { quote } of edition.dating.evidence) {
    expect(source.raw, 'the dating evidence is verbatim').toContain(quote);
    expect(cover).toContain(squash(quote));
  }
  const date = execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8' }).trim();
  const [y, m, d] = date.split('-').map(Number);
  expect(cover).toContain(`本版${y}年${m}月${d}日`);
  // Built without SITE_URL: no address rather than a local one.
  if (!result.site) expect(cover).not.toContain('网址');
  expect(pages[0]).not.toContain(SHORT_TITLE);
  expect(pages[0]).not.toMatch(/(^|\n)1\s*\/\s*\d+(\n|$)/);
});

test('contents: every section (摘要, the ten trends, 来源) with the page it starts on', () => {
  const contents = pages.findIndex((p) => firstLine(p) === '目录') + 1;
  expect(contents).toBe(2);
  const sections = ['摘要', ...headings, '来源'];
  // -layout keeps each entry and its page number on one line.
  const layout = run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', `${contents}`, '-l', `${contents}`, result.file, '-']).split('\n');
  const dests = destinations(result.file);
  let from = contents + 1;
  for (const [i, label] of sections.entries()) {
    const line = layout.find((l) => squash(l).startsWith(squash(label)));
    expect(line, label).toBeDefined();
    const printed = Number(/(\d+)\s*$/.exec(line!)?.[1]);
    // The page the heading really stands on, read from the page texts (in reading order)…
    const actual =
      i === 0 ? pageWithLine('摘要', from) : i <= headings.length ? trendPages[i - 1] : pageWithLine('来源', trendPages.at(-1));
    expect(actual, `${label} found in the PDF`).toBeGreaterThan(0);
    expect(printed, label).toBe(actual);
    from = actual;
    // …and where the contents link jumps to (the entry's named destination).
    expect(dests.get(result.sections[i].id), label).toBe(actual);
  }
  expect(result.sections.map((s) => squash(s.label))).toEqual(sections.map(squash));
});

test('the summary after the contents, in the site’s voice; the trends in order, the sources last', () => {
  expect(firstLine(pages[2])).toBe('摘要');
  // The summary page says what the site finds, marked as the site's, with the count finding first,
  // and the numbers that matter: its findings and callouts are on its page.
  const summary = squash(pages[2]);
  expect(summary).toContain('本站归纳');
  for (const f of edition.findings) expect(summary, f.text).toContain(squash(f.text));
  expect(edition.findings[0].text).toMatch(/京东.*十个趋势/);
  expect(pageOf('关键数字', 3)).toBe(3);
  // Two columns of callouts: pdftotext interleaves their lines, so each label is looked for alone.
  for (const d of edition.summary) expect(summary, d.id).toContain(squash(d.label));
  for (let i = 1; i < trendPages.length; i++) expect(trendPages[i]).toBeGreaterThanOrEqual(trendPages[i - 1]);
  const sources = pageWithLine('来源', trendPages.at(-1));
  expect(sources).toBe(pages.length);
});

test('each trend’s lines stay on its heading’s page: paragraph, figures, companies and topics', () => {
  for (const [i, t] of edition.trends.entries()) {
    const text = squash(withoutFooter(pages[trendPages[i] - 1]));
    const start = text.indexOf(squash(t.heading));
    const next = edition.trends[i + 1] ? text.indexOf(squash(edition.trends[i + 1].heading), start) : -1;
    const own = text.slice(start, next < 0 ? undefined : next);
    expect(own, `${t.heading}: its paragraph's end`).toContain(squash(t.paragraph.text.slice(-12)));
    expect(own, `${t.heading}: 提及的企业`).toContain('提及的企业');
    expect(own, `${t.heading}: its companies`).toContain(squash(t.companies.map((c) => c.name).join('、')));
    expect(own, `${t.heading}: its topics line`).toContain(squash(`主题：${t.topics.join('、')}`));
    for (const p of edition.briefingFigures.get(t.order) ?? [])
      expect(own, `${t.heading}: its figure “${p.figure.view.title}”`).toContain(squash(p.figure.view.title));
  }
});

test('no trend heading or section heading is the last line of a page', async ({ page }) => {
  await page.goto('/briefing/');
  await page.emulateMedia({ media: 'print' });
  // Headings printed on paper: the hidden 原文 heading (for screen readers) is clipped text that
  // pdftotext lists wherever Chromium happens to place it.
  const printed = await page
    .locator('.briefing :is(h2, h3):not(.visually-hidden), .briefing-summary__label')
    .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => (e as HTMLElement).innerText));
  const names = new Set([...printed, ...headings].map(squash).filter(Boolean));
  expect(names.size).toBeGreaterThan(headings.length);
  for (const [i, text] of pages.entries()) {
    const last = squash(lastLine(text));
    expect(names.has(last), `page ${i + 1} ends with the heading “${last}”`).toBe(false);
    // A heading wrapped over two lines ends a page with its second half: check the pair too.
    const body = lines(withoutFooter(text));
    expect(names.has(body.slice(-2).join('')), `page ${i + 1} ends with a heading`).toBe(false);
  }
});

test('no figure, table or callout is split across pages', async ({ page }) => {
  await page.goto('/briefing/');
  await page.emulateMedia({ media: 'print' });
  // For each printed table, figure and callout: its first line (a caption or title) and, as late
  // in it as possible, a line that is unmistakable: it occurs once in the block and nowhere in its
  // chapter before it, so finding it on the first line's page means the block had not yet broken
  // there. Snippets are a line's first 10 characters, whitespace aside: pdftotext may interleave
  // table columns, but a cell's first line stays whole.
  const blocks = await page.locator('.briefing table:not(figure table), .briefing figure, .briefing .callout').evaluateAll((els) => {
    const squash = (t: string) => t.replace(/\s+/g, '');
    const count = (hay: string, needle: string) => hay.split(needle).length - 1;
    return els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const lines = (el as HTMLElement).innerText
          .split('\n')
          .flatMap((l) => l.split('\t'))
          .map((l) => squash(l).slice(0, 10))
          .filter((l) => l.length >= 2);
        const chapter = el.closest('[data-trend], .briefing-summary, .briefing-sources')!;
        const range = document.createRange();
        range.setStart(chapter, 0);
        range.setEndBefore(el);
        const before = squash(range.toString());
        const own = squash((el as HTMLElement).innerText);
        const last = [...lines].reverse().find((l) => !before.includes(l) && count(own, l) === 1);
        const trend = chapter.getAttribute('data-trend');
        return {
          what: `${el.tagName.toLowerCase()} “${lines[0]}”`,
          first: lines[0],
          last: last ?? '',
          trend: trend ? Number(trend) : undefined,
        };
      });
  });
  expect(blocks.length).toBeGreaterThan(4);
  for (const b of blocks) {
    expect(b.last, `${b.what}: has a line that marks its end`).not.toBe('');
    const top = pageOf(b.first, b.trend ? trendPages[b.trend - 1] : 3);
    expect(top, `${b.what}: first line found`).toBeGreaterThan(0);
    expect(pageOf(b.last, top), `${b.what}: “${b.last}…” on the page of its first line`).toBe(top);
  }
});

test('figures are numbered 图1, 图2… in the order they are printed', async ({ page }) => {
  await page.goto('/briefing/');
  await page.emulateMedia({ media: 'print' });
  const numbers = await page
    .locator('.briefing .fig__num')
    .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => (e as HTMLElement).innerText.trim()));
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers).toEqual(numbers.map((_, i) => `图${i + 1}`));
  // The PDF's captions agree, in order.
  const text = squash(pages.join(''));
  let at = 0;
  for (const n of numbers) {
    at = text.indexOf(n, at);
    expect(at, n).toBeGreaterThanOrEqual(0);
  }
});

test('from the summary on, no page but the last is under 60 % filled (ink on the rendered pages)', () => {
  const fill = pageFill(result.file);
  expect(fill).toHaveLength(pages.length);
  // The cover and the contents are set as pages of their own; they stand aside.
  for (const [i, f] of fill.entries()) {
    if (i < 2 || i === fill.length - 1) continue;
    expect(f, `page ${i + 1} is ${Math.round(f * 100)} % filled`).toBeGreaterThanOrEqual(0.6);
  }
});

test('running footer: short title and page number / total on every page after the cover', () => {
  for (const [i, text] of pages.entries()) {
    if (i === 0) continue;
    expect(text, `page ${i + 1}`).toContain(SHORT_TITLE);
    expect(text, `page ${i + 1}`).toMatch(new RegExp(`(^|\\n)${i + 1}\\s*/\\s*${pages.length}(\\n|$)`));
  }
});

test('bookmarks for the ten trends; contents links jump inside; no local address anywhere', () => {
  const raw = fs.readFileSync(result.file).toString('latin1');
  const titles = [...raw.matchAll(/\/Title <FEFF([0-9A-F]+)>/g)].map((m) => Buffer.from(m[1], 'hex').swap16().toString('utf16le'));
  const trendBookmarks = titles.filter((t) => headings.some((h) => squash(h) === squash(t)));
  expect(trendBookmarks.map(squash)).toEqual(headings.map(squash));
  expect((raw.match(/\/Subtype \/Link/g) ?? []).length).toBeGreaterThanOrEqual(result.sections.length);
  const text = pages.join('\n');
  for (const local of ['localhost', '127.0.0.1']) {
    expect(text).not.toContain(local);
    expect(raw).not.toContain(local);
  }
  // Built without SITE_URL (as the tests build): no absolute link to the site at all.
  const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
  if (!result.site) expect(uris).toEqual([]);
});

test('with a public address, every link points at it and source references print it', async () => {
  // A copy of the built site that records a public address, as SITE_URL=https://example.org
  // would: the PDF made from it must link there and nowhere else.
  const site = 'https://example.org/';
  const dist = path.join(tmp, 'dist');
  fs.cpSync(DIST, dist, { recursive: true });
  const html = path.join(dist, 'briefing/index.html');
  fs.writeFileSync(
    html,
    fs.readFileSync(html, 'utf8').replace('<div class="briefing"', `<div class="briefing" data-public-site="${site}"`),
  );
  const made = await makePdf({ dist, out: path.join(tmp, 'site.pdf') });
  expect(made.site).toBe(site);
  const raw = fs.readFileSync(made.file).toString('latin1');
  const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
  expect(uris.length).toBeGreaterThan(0);
  for (const uri of uris) expect(uri.startsWith(site), uri).toBe(true);
  // A paper reader can read where each figure's source reference points.
  const text = squash(pdfPages(made.file).join(''));
  for (const uri of uris.filter((u) => u.includes('/source/#'))) expect(text).toContain(squash(uri));
  expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
});
