/** Every number a page shows, with its context: what fidelity.spec audits and pdf.spec compares the PDF with. */
import type { Page } from '@playwright/test';

/** One number as shown: its text with magnitude and unit, the text before it, and its context. */
export interface Shown {
  token: string;
  number: string;
  before: string;
  after: string;
  block: string;
  kind?: string;
  /** The tick values (base units) of the figure the number stands in, if any. */
  ticks?: number[];
  /** The language of the text it stands in (its closest lang attribute): 'en' or 'zh-CN'. */
  lang?: string;
  /** Inside the site's translation or a clause of it ([data-translation]). */
  translated?: boolean;
}

/** Every number in a page's text nodes (and its title and meta description), with its context. */
export function numbersOnPage(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    // A whole number token with its magnitude and unit; digits glued to Latin letters (O2O, 4G) are names.
    const NUMBER = /(?<![\d.A-Za-z])(\d+(?:\.\d+)?)(万亿|亿|万)?(元|人|%|分钟)?(?![\d.]*[A-Za-z])/g;
    const out: Shown[] = [];
    const scan = (
      text: string,
      block: string,
      kind?: string,
      figure?: Element | null,
      lang = document.documentElement.lang,
      translated = false,
    ) => {
      const ticks = figure ? [...figure.querySelectorAll('[data-tick]')].map((t) => Number(t.getAttribute('data-tick'))) : undefined;
      for (const m of text.matchAll(NUMBER)) {
        const at = m.index ?? 0;
        out.push({
          token: m[0],
          number: m[1],
          before: text.slice(0, at),
          after: text.slice(at + m[0].length),
          block,
          kind,
          ticks,
          lang,
          translated,
        });
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (el.closest('script, style, template')) continue;
      const marked = el.closest('[data-tick], [data-number-kind], time, code');
      const kind = marked
        ? (marked.getAttribute('data-number-kind') ?? (marked.matches('time') ? 'date' : marked.matches('code') ? 'code' : 'tick'))
        : undefined;
      const blockEl =
        el.closest('tr, p, li, caption, figcaption, h1, h2, h3, h4, h5, h6, blockquote, dd, dt, title, desc, g, div, section, a') ?? el;
      scan(
        node.textContent ?? '',
        blockEl.textContent ?? '',
        kind,
        el.closest('figure'),
        el.closest('[lang]')?.getAttribute('lang') ?? undefined,
        el.closest('[data-translation]') !== null,
      );
    }
    scan(document.title, document.title);
    const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    scan(description, description);
    return out;
  });
}
