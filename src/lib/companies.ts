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

/** Every spelling the source uses for each company (kept for callers that need only those). */
export const COMPANY_SPELLINGS = Object.fromEntries(COMPANIES.map((c) => [c, COMPANY_TABLE[c].spellings])) as {
  [C in Company]: (typeof COMPANY_TABLE)[C]['spellings'];
};

/** The companies whose spellings occur in `text`, in COMPANIES order. */
export function companiesNamedIn(text: string): Company[] {
  return COMPANIES.filter((company) => COMPANY_SPELLINGS[company].some((s) => text.includes(s)));
}
