/**
 * The companies the source names: every spelling it uses for each, the URL slug of its page and
 * the names a reader may type instead (English, common short forms). This table is the one source
 * for the "提及的企业" chips, the companies × trends matrix, the search filters and search aliases.
 * A company is listed for a trend exactly when one of its spellings occurs in that trend's
 * paragraph (阿里双十一 names 阿里巴巴 as "阿里").
 */
export const COMPANY_TABLE = {
  阿里巴巴: { slug: 'alibaba', spellings: ['阿里巴巴', '阿里'], aliases: ['Alibaba', 'Ali'] },
  京东: { slug: 'jd', spellings: ['京东'], aliases: ['JD', 'JD.com', 'Jingdong'] },
  百度: { slug: 'baidu', spellings: ['百度'], aliases: ['Baidu'] },
  腾讯: { slug: 'tencent', spellings: ['腾讯'], aliases: ['Tencent'] },
  大众点评: { slug: 'dianping', spellings: ['大众点评'], aliases: ['Dianping'] },
  天猫: { slug: 'tmall', spellings: ['天猫'], aliases: ['Tmall'] },
  唐久: { slug: 'tangjiu', spellings: ['唐久'], aliases: ['Tangjiu'] },
  日日顺: { slug: 'rrs', spellings: ['日日顺'], aliases: ['RRS', 'Ririshun'] },
} as const satisfies Record<string, { slug: string; spellings: readonly string[]; aliases: readonly string[] }>;

export type Company = keyof typeof COMPANY_TABLE;
export const COMPANIES = Object.keys(COMPANY_TABLE) as [Company, ...Company[]];

/** The companies whose spellings occur in `text`, in COMPANIES order. */
export function companiesNamedIn(text: string): Company[] {
  return COMPANIES.filter((company) => COMPANY_TABLE[company].spellings.some((s) => text.includes(s)));
}

/**
 * Products and projects the source names. The site treats a company and its products as one
 * entry only where the source itself ties them (`tie` is the verbatim words that do); a product
 * the source names without an owner (手机淘宝, 支付宝钱包, 来往) stays unattributed, because the
 * source does not say who runs it. 天猫 is the same case, but the source names it as a host of
 * 双十一 beside 京东, so it keeps its own entry in COMPANY_TABLE rather than being folded into
 * 阿里巴巴.
 */
export const PRODUCTS: readonly { name: string; company: Company | null; tie: string }[] = [
  { name: '聚划算', company: '阿里巴巴', tie: '阿里聚划算' },
  { name: '余额宝', company: '阿里巴巴', tie: '阿里巴巴推出余额宝' },
  { name: '菜鸟', company: '阿里巴巴', tie: '阿里的“菜鸟”' },
  { name: '百度理财', company: '百度', tie: '百度推出百度理财' },
  { name: '微信', company: '腾讯', tie: '腾讯微信' },
  { name: '京保贝', company: '京东', tie: '京东独辟蹊径在对公业务方面实现突破，推出3分钟融资到账的“京保贝”' },
  { name: '京品惠', company: '京东', tie: '京东上线“京品惠”' },
  { name: 'JDPhone计划', company: '京东', tie: '京东JDPhone计划' },
  { name: '亚洲一号', company: '京东', tie: '京东的“亚洲一号”' },
  { name: '手机淘宝', company: null, tie: '手机淘宝' },
  { name: '支付宝钱包', company: null, tie: '支付宝钱包' },
  { name: '来往', company: null, tie: '来往正努力补课' },
];

/** A run of a sentence: plain text, or one of a company's spellings as the source writes it. */
export interface SentencePart {
  text: string;
  spelling?: boolean;
}

/** One sentence of the source that names a company, split so the spelling can be marked. */
export interface NamingSentence {
  text: string;
  parts: SentencePart[];
}

/**
 * Sentences of one paragraph: each ends at 。！？ (or the half-width ! ? the source also uses);
 * a trailing fragment without a stop is a sentence too. Semicolons join clauses, not sentences.
 */
export function sentences(paragraph: string): string[] {
  return (paragraph.match(/[^。！？!?]+[。！？!?]*/g) ?? []).filter((s) => s.trim() !== '');
}

/** `text` split around the company's spellings, the longest first (阿里巴巴 before 阿里). */
export function markSpellings(text: string, company: Company): SentencePart[] {
  const spellings = [...COMPANY_TABLE[company].spellings].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(spellings.map(RegExp.escape).join('|'), 'g');
  const parts: SentencePart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[0], spelling: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The paragraphs a company page reads from: where a sentence sits (trend order, or none for the intro). */
export interface ParagraphRef {
  text: string;
  anchor: string;
  trend?: number;
}

/**
 * Every sentence of the given paragraphs that names the company, grouped by paragraph in source
 * order (paragraphs without one are left out), with the spellings marked.
 */
export function sentencesNaming<P extends ParagraphRef>(paragraphs: readonly P[], company: Company) {
  return paragraphs
    .map((paragraph) => ({
      paragraph,
      sentences: sentences(paragraph.text)
        .filter((s) => companiesNamedIn(s).includes(company))
        .map((text): NamingSentence => ({ text, parts: markSpellings(text, company) })),
    }))
    .filter((g) => g.sentences.length > 0);
}

/** The spellings of a company that occur in `text`, in the table's order ("阿里巴巴", "阿里"). */
export function spellingsUsed(text: string, company: Company): string[] {
  const found = new Set(markSpellings(text, company).flatMap((p) => (p.spelling ? [p.text] : [])));
  return COMPANY_TABLE[company].spellings.filter((s) => found.has(s));
}

/** Companies with the number of trend paragraphs naming each, most first (ties in table order). */
export function companyCounts(trendTexts: readonly string[]): { company: Company; trends: number }[] {
  return COMPANIES.map((company) => ({ company, trends: trendTexts.filter((t) => companiesNamedIn(t).includes(company)).length }))
    .filter((c) => c.trends > 0)
    .sort((a, b) => b.trends - a.trends);
}

/** A company's page: /companies/<slug>/ (the path only; src/lib/urls.ts adds the base). */
export const companySlug = (company: Company) => COMPANY_TABLE[company].slug;
