/**
 * Share cards (og:image): what each 1200 × 630 card says, taken from the page's own data, and its
 * layout as a satori element tree. Pure (no astro:*, no fs), so the endpoint that renders the cards,
 * Base.astro that links them and the tests that re-render them share one definition.
 */
import { standalone, type Standalone } from './format';
import { toChineseNumeral, trendHeading } from './numerals';
import type { Datum } from '../edition/schema';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Card colours: the light theme's tokens (src/styles/tokens.css), since a card has no dark mode. */
const INK = '#1c1b19';
const MUTED = '#5a5750';
const ACCENT = '#8f2d1f';
const PAPER = '#fdfcf9';
const RULE = '#d8d4c8';

/** What a card shows of its key figure: hedge and value, label, period and source, and the unit remark. */
export type CardFigure = Pick<Standalone, 'value' | 'label' | 'context' | 'unitRemark'>;

export interface CardContent {
  /** The page's path below the base, without slashes: "trends/o2o", "index", "404"; the card is og/<key>.png. */
  key: string;
  kicker: string;
  title: string;
  /** A line under the title where there is no key figure. */
  lead?: string;
  figure?: CardFigure;
  /** The publication's name, at the foot of every card. */
  site: string;
}

/** A card: kicker and title, then the page's key figure where it has one, else a lead line. */
export const card = (key: string, kicker: string, title: string, site: string, lead?: string, figure?: CardFigure): CardContent => ({
  key,
  kicker,
  title,
  ...(figure ? { figure } : { lead }),
  site,
});

/** The key figure as a card shows it, in either language: hedge, value, period and source together (never the number alone). */
export const cardFigure = (s: Standalone): CardFigure => ({ value: s.value, label: s.label, context: s.context, unitRemark: s.unitRemark });

/** A trend page's card: its number, its heading, and its key figure (or its summary when it has none). */
export function trendCard(
  trend: { order: number; slug: string; title: string; summary: string },
  keyFigure: Datum | undefined,
  site: string,
): CardContent {
  const heading = trendHeading(trend.order, trend.title);
  const kicker = `十大趋势之${toChineseNumeral(trend.order)}`;
  return card(`trends/${trend.slug}`, kicker, heading, site, `原文：“${trend.summary}”`, keyFigure && cardFigure(standalone(keyFigure)));
}

/**
 * The cards of the pages that are not trends, the front page first; `title` is the publication's,
 * `trends` how it counts its trends ("十个趋势").
 */
export function pageCards(title: string, trends: string): CardContent[] {
  const page = (key: string, kicker: string, pageTitle: string, lead: string) => card(key, kicker, pageTitle, title, lead);
  return [
    page('index', '可检索、可打印版', title, `${trends}的原文、要点、提及企业与数据图表，每个数字都附原文出处`),
    page('briefing', '简报', title, `封面、目录、摘要与关键数字、${trends}、来源：一份文件读完`),
    page('source', '原文', title, '全文一字未改，逐段可链接'),
    page('search', '搜索', '全文搜索', `按企业、数字或主题查找${trends}`),
    page('changes', '更新记录', '本站的版本与更新', '每一版改了什么'),
    page('404', '页面不存在', '找不到这个页面', '可从首页或原文重新开始'),
  ];
}

/** A company the source names, as its cards need it: the name, its page slug, how many trends name it. */
export interface NamedCompany {
  company: string;
  slug: string;
  trends: number;
}

/**
 * The companies index and one card per company page. Counts are written as Chinese numerals
 * (`numeral`), as the pages write them: a count is not one of the source's figures.
 */
export function companyCards(title: string, companies: readonly NamedCompany[], numeral: (n: number) => string): CardContent[] {
  return [
    card('companies', '企业', '原文提到的企业', title, '每家企业在哪些趋势中被提到，附原文的每一句话'),
    ...companies.map((c) =>
      card(`companies/${c.slug}`, '企业', c.company, title, `原文在${numeral(c.trends)}个趋势中提到${c.company}：每一句原话，按趋势排列`),
    ),
  ];
}

/** Every character a card draws, so the renderer loads exactly the font subsets it needs. */
export function cardText(card: CardContent): string {
  const f = card.figure;
  return [card.kicker, card.title, card.lead, f?.value, f?.label, f?.context, f?.unitRemark, card.site].filter(Boolean).join('');
}

/** The element tree satori lays out (its React-free object form). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/**
 * The card's layout: kicker, title, then the figure block (value large, what / when / who beneath)
 * or a lead line; the publication's name at the foot. Text sizes leave room for the longest
 * heading (21 characters) on two lines; lines are balanced, so none ends with one character alone.
 */
export function cardTree(card: CardContent, fontFamily: string): CardNode {
  const f = card.figure;
  const middle = f
    ? el('div', { display: 'flex', flexDirection: 'column', marginTop: 36 }, [
        el('div', { fontSize: 84, fontWeight: 700, color: ACCENT, lineHeight: 1.1 }, f.value),
        el('div', { fontSize: 32, color: INK, marginTop: 12 }, f.label),
        el(
          'div',
          { fontSize: 28, color: MUTED, marginTop: 6, textWrap: 'balance' },
          f.unitRemark ? `${f.context}；${f.unitRemark}` : f.context,
        ),
      ])
    : el('div', { fontSize: 34, color: MUTED, marginTop: 36, lineHeight: 1.5, textWrap: 'balance' }, card.lead ?? '');
  // satori sizes boxes as content-box: the outer box is the canvas, the inner one carries the padding.
  return el('div', { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', backgroundColor: PAPER, fontFamily, color: INK }, [
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, borderTop: `16px solid ${ACCENT}`, padding: '48px 80px 40px' }, [
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1 }, [
        el('div', { fontSize: 32, color: ACCENT, letterSpacing: 2 }, card.kicker),
        el('div', { fontSize: 68, fontWeight: 700, lineHeight: 1.25, marginTop: 16, textWrap: 'balance' }, card.title),
        middle,
      ]),
      el('div', { display: 'flex', paddingTop: 20, borderTop: `2px solid ${RULE}`, fontSize: 26, color: MUTED }, card.site),
    ]),
  ]);
}

/** og:image:alt: everything the card says, in reading order. */
export function cardAlt(card: CardContent): string {
  const f = card.figure;
  const middle = f ? `${f.value}，${f.label}，${f.context}${f.unitRemark ? `，${f.unitRemark}` : ''}` : card.lead;
  return [card.kicker, card.title, middle, card.site].filter(Boolean).join('｜');
}
